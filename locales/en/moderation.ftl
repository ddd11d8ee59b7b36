# The review page's decision, and the key of the statistics page's map.

## The review page: decide first, edit below.

moderation-decision-heading = Decide
moderation-approve-as-is = Approve as it is
moderation-approve-errors = It could not be approved as it is: the form below shows what to correct.
moderation-reject-reason = Reason for rejecting
moderation-reject-reason-hint = The person who sent it sees this reason on the page of their reference.
moderation-edit-link = Or correct it first, in the form below.
moderation-edit-lead = The entry is published as this form says. Change what needs changing, then approve.

## The key of the map of Europe on the statistics page: what each shade stands for.

moderation-map-legend-heading = What the shades mean
moderation-map-legend-none = No organisations
# A shade that stands for one count. $count: the number of organisations.
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
# A shade that stands for a range of counts. $from, $to: its smallest and largest count.
moderation-map-legend-range = { $from } to { $to } organisations
