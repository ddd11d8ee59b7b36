# The organisation form (new entries, corrections, moderators' edits) and the submitter's pages.

## The error summary at the top of the form.

# $count: how many errors the form has.
form-summary-title =
    { $count ->
        [one] One thing needs correcting
       *[other] { $count } things need correcting
    }
# One error in the summary. $field: the label of its input, as the form shows it; $message: what to do.
form-summary-item = { $field } – { $message }
# A field in a row of a list, in the summary. $row: the row's legend ("Source 2"); $column: the
# field's label ("Web address").
form-summary-row = { $row }: { $column }

## Parts of every field.

form-required = (required)
# Read by screen readers before an error message.
form-error-prefix = Error:
# The blank choice of a select whose value may be unknown.
form-not-known = Not known

## The form's sections.

form-section-organisation = The organisation
form-section-work = What it does
form-section-place = Where and when
form-section-leadership = Who leads it
form-section-sources = Sources
form-section-more = More: evaluations, figures, related organisations, history
form-section-visibility = Visibility

## The fields, with their hints.

form-name = Name
    .hint = The name the organisation uses.
form-aliases = Other names
    .hint = Abbreviations, the name in its own language (with the language code, such as da), former names.
form-aliases-name = Name
form-aliases-language = Language code
form-aliases-kind = Kind
form-description = Description
    .hint = A few sentences: who they are and what they do.
form-website = Website
    .hint = Such as https://www.example.org (you can leave out https://).
form-categories = Categories
    .hint = Choose at least one.
form-activities = Activities
form-user_profiles = Who it serves
form-countries = Countries
    .hint = Where it is based or works. Leave empty for a worldwide organisation without a base.
# One of the country selects. $number: 1, 2, 3...
form-country = Country { $number }
form-city = City or area
form-scope = Works
form-founded_year = Year founded
form-status = Status
form-ended_year = Year it ended
    .hint = Only if it has stopped.
form-user_led_degree = How far is it led by people who use or used drugs?
form-degree_note = How do you know?
    .hint = One sentence of evidence, such as “its board is elected by members who use drugs”.
form-sources = Sources
    .hint = At least one link that supports this entry: the organisation's own pages, a report, an article.
form-sources-url = Web address
    .hint = Of the page or document, such as https://www.example.org/report.
form-sources-title = Title
    .hint = Its title as written there, on one line, at most 200 characters.
form-sources-note = Note
form-evaluations = Evaluations
    .hint = Studies of the organisation's work: who wrote them, when, how, and what they found.
form-evaluations-citation = Citation, such as “Castrignano 2005”
form-evaluations-year = Year
form-evaluations-design = Design
form-evaluations-sample_size = Sample size
form-evaluations-finding = Finding
form-facts = Figures
    .hint = Numbers about the organisation, with the year they refer to if you know it.
form-facts-label = What is counted
form-facts-value = Number
form-facts-year = Year
form-facts-note = Note
form-relations = Related organisations
    .hint = Other organisations in the registry, by the last part of their address (such as jes-network).
form-relations-kind = Relation
form-relations-target = Organisation (its slug)
form-events = History
    .hint = Dated events: when it was formalised, renamed, merged or ended.
form-events-year = Year
form-events-kind = What happened
form-events-note = Description
form-events-source_url = Source link
form-last_verified = Last verified
    .hint = When someone last checked this entry against the organisation itself.
form-visibility = How visible should it be?
    .hint = Some organisations have good reasons not to be seen.

## A record's fields by their short names, for the error summary and the tables of changes.

form-field-slug = Address (slug)
form-field-name = Name
form-field-aliases = Other names
form-field-description = Description
form-field-categories = Categories
form-field-countries = Countries
form-field-city = City or area
form-field-scope = Works
form-field-founded_year = Year founded
form-field-status = Status
form-field-ended_year = Year it ended
form-field-user_led_degree = User-led degree
form-field-degree_note = Evidence of the user-led degree
form-field-user_profiles = Who it serves
form-field-activities = Activities
form-field-website = Website
form-field-visibility = Visibility
form-field-last_verified = Last verified
form-field-sources = Sources
form-field-evaluations = Evaluations
form-field-facts = Figures
form-field-relations = Related organisations
form-field-events = History
form-field-note = Note for the moderators
form-field-contact_email = Your email
form-field-form = The form
form-field-record = The entry
form-field-leave_this_empty = Field to leave empty

## The contribution page: a new organisation or a correction.

submit-title = Add an organisation
# $name: the organisation's name.
submit-correction-title = Suggest a correction to { $name }
submit-description = Contribute to the registry of user-led drug organisations. Every contribution is reviewed before it is published.
submit-lead = Tell us about a group designed and delivered by people who use or used drugs. A moderator reviews every entry before it is published. No account is needed.
submit-correction-lead = Change what is wrong or missing, and tell us how you know. A moderator reviews every correction before it is published, and the entry's history keeps what it said before.
submit-duplicates-title = Is it one of these?
submit-duplicates-intro = The registry already lists organisations with similar names:
submit-duplicates-suggest = suggest a correction to it instead
submit-duplicates-outro = If yours is a different organisation, confirm it below and send the form again.
submit-confirm-new = This is a different organisation from those listed above
submit-moderators = For the moderators
submit-note-correction = What changed, and how do you know?
submit-note = Anything the moderators should know
submit-contact = Your email
    .hint = Only the moderators see it, to ask you a question. It is deleted once your contribution is decided.
# A field hidden from people, which only automated spam fills in.
submit-honeypot = Leave this field empty
submit-send = Send for review
submit-send-correction = Send the correction

## The page a submitter comes back to with their reference.

# $reference: the submission's reference.
received-title = Submission { $reference }
received-description = Your contribution awaits review.
received-pending-title = Thank you: your contribution awaits review
received-pending-lead = A moderator will review it before it is published.
received-approved-title = Your contribution has been published
received-see-entry = See the entry
received-rejected-title = Your contribution was not published
received-rejected-lead = A moderator decided not to publish it.
received-reference-before = Your reference is
received-reference-after = . Keep it to ask about your contribution, or come back to this page to see whether it has been decided.
received-back = Back to the registry
received-add-another = Add another organisation
