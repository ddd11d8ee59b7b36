# The organisation form, to the GOV.UK Design System's patterns: optional fields marked, lists
# that grow and shrink with buttons, and errors that say what to do.

## Marks and rules

# After the label of a field that may be left empty.
form-optional-mark = (optional)
form-optional-rule = Answer every question that is not marked (optional).

## Repeating lists: a legend per row, "Remove" on each, "Add another" below.

# $number: the row's number, 1, 2, 3...
form-row-aliases = Other name { $number }
form-row-sources = Source { $number }
form-row-evaluations = Evaluation { $number }
form-row-facts = Figure { $number }
form-row-relations = Related organisation { $number }
form-row-events = Event { $number }
# Followed, for screen readers only, by the row's legend ("Source 2").
form-remove = Remove
# $count: how many rows the list has now.
form-add-aliases =
    { $count ->
        [0] Add a name
       *[other] Add another name
    }
form-add-countries = Add another country
form-add-sources = Add another source
form-add-evaluations =
    { $count ->
        [0] Add an evaluation
       *[other] Add another evaluation
    }
form-add-facts =
    { $count ->
        [0] Add a figure
       *[other] Add another figure
    }
form-add-relations =
    { $count ->
        [0] Add a related organisation
       *[other] Add another related organisation
    }
form-add-events =
    { $count ->
        [0] Add an event
       *[other] Add another event
    }
# The button beside the notice of similar names, which sends the form with the box ticked.
submit-confirm-send = Confirm and send

## Errors, beside the field and in the summary: what to do, in plain words.

form-error-name-required = Enter the name of the organisation
form-error-description-required = Enter a description of the organisation
form-error-degree_note-required = Say in one sentence how you know how far it is led by people who use drugs
form-error-aliases-name-required = Enter the other name, or remove this row
form-error-sources-title-required = Enter the title of the source, as written there
form-error-evaluations-citation-required = Enter the citation of the evaluation, or remove this row
form-error-evaluations-finding-required = Enter what the evaluation found
form-error-facts-label-required = Enter what the figure counts, or remove this row
form-error-facts-value-required = Enter the figure as a number
form-error-events-year-required = Enter the year of the event
form-error-events-note-required = Describe the event in a few words
form-error-required = Fill in this field, or remove its row
form-error-url = Enter a web address that starts with https://
# $max: the most characters an address may have.
form-error-url-too-long = Enter a web address of at most { $max } characters
form-error-year-number = Enter the year as a number, such as 1994
form-error-number = Enter a whole number, such as 120
# $earliest, $latest: years.
form-error-year-range = Enter a year from { $earliest } to { $latest }
form-error-not-positive = Enter a number greater than 0
form-error-choose = Choose one of the options listed
form-error-relation-target = Enter the last part of the organisation's address in the registry, such as jes-network
form-error-language-code = Enter the language as its code of two or three lowercase letters, such as da for Danish
form-error-language-required = Enter the code of the language this name is in, such as da for Danish
form-error-date = Enter the date as year, month and day, such as 2026-03-14
form-error-date-future = Enter a date that is today or in the past
form-error-email = Enter an email address like name@example.org, or leave it empty
form-error-control-characters = Remove the invisible control characters copied with the text
# $max: the most characters allowed.
form-error-too-long = Shorten this to { $max } characters or fewer
# $max: the most rows a list may have.
form-error-too-many = Give no more than { $max }
form-error-name-letters = Enter a name that contains letters or digits
form-error-categories-required = Choose at least one category
# $ended, $founded: years.
form-error-ended-before-founded = Enter a year it ended that is not before the year it was founded ({ $founded })
form-error-ended-but-active = Choose a status other than active, or leave the year it ended empty
form-error-degree-required = Choose how far it is led by people who use drugs (choose Unclear if the sources do not say)
form-error-sources-required = Enter at least one source: the web address and title of a page that supports this entry
form-error-relation-to-itself = Enter another organisation: an organisation cannot be related to itself
form-error-relation-twice = Remove this row: the same relation is listed above
# $slug: what was entered.
form-error-relation-missing = Enter the address of an organisation in the registry: there is none at { $slug }
# $year: the event's year; $other: founded_year or ended_year; $expected: the year given there.
form-error-event-year =
    { $other ->
        [founded_year] Enter { $expected }, the year it was founded, or change that year
       *[other] Enter { $expected }, the year it ended, or change that year
    }
form-error-note-required = Say what changed and how you know
# $slug: the organisation a correction is for.
form-error-correction-target = The organisation { $slug } is no longer in the registry: add it as a new one instead
form-error-reason-required = Say why you are making this change
form-error-honeypot = Leave this field empty
form-error-unreadable = Part of the form could not be read: check what you entered and send it again
