# Result lists, facets, the entry page, its history, the feed.
# Years are passed as text, so they are never written with a thousands separator.

## Dates

# A day in words. $day: 1–31, $month: 1–12, $year: the year.
show-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[other] December
    } { $year }

## The organisation list, category and country pages

list-heading = Organisations
list-description = Search the registry of user-led drug organisations.
# $count: how many organisations match.
list-count = { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
# $count: how many organisations match; $query: the words searched for.
list-count-query = { $count ->
        [one] { $count } organisation matching “{ $query }”
       *[other] { $count } organisations matching “{ $query }”
    }
# After a category's definition or a country page's intro. $count: how many organisations.
list-counted = { $count ->
        [0] The registry lists none yet.
        [one] The registry lists one.
       *[other] The registry lists { $count }.
    }
# $country: the country's name.
list-country-intro = User-led organisations based or working in { $country }.
# $slug: what was asked for.
# $code: what was asked for.
list-search-label = Search by name, city, activity or source
list-search-button = Search
list-sort-label = Sort by
list-sort-apply = Apply
list-results-heading = Results
list-jump-to-facets = Narrow or widen the results
list-facets-heading = Narrow or widen
# Read by screen readers after a selected facet value.
list-facet-selected = selected; select again to remove
list-filters-label = Filters in use
# A filter in use. $name: the filter (Country); $value: its value (Germany).
list-filter = { $name }: { $value }
# The title of a filter that words of the search became. $words: those words as typed.
list-filter-from-words = From the words “{ $words }” of your search
# Read by screen readers after each filter in use.
list-filter-remove = remove this filter
list-clear-filters = Clear all
# Founding years. $from, $to: years.
list-founded-between = { $from } to { $to }
list-founded-from = { $from } or later
list-founded-to = { $to } or earlier
list-filter-evaluated = With an evaluation
list-filter-not-evaluated = Without an evaluation
list-empty-heading = No organisation matches this search
# Around the suggested words, which are a link: “Did you mean naloxone?”
list-suggestion-before = Did you mean
list-suggestion-after = ?
list-empty-spelling = Check the spelling, or search for fewer or shorter words: the last word matches its beginning, so “narco” finds “Narcotics Anonymous”.
# Around the link “search without filters”.
list-empty-filters-before = Remove a filter above, or
list-empty-filters-link = search without filters
list-empty-filters-after = .
# “Browse every organisation, or read what the registry covers.”, both parts links.
list-empty-browse = Browse every organisation
list-empty-browse-or = , or
list-empty-about = read what the registry covers
list-empty-about-after = .
list-pages-label = Pages
list-previous = ← Previous
list-next = Next →
# $page: this page's number; $count: how many pages.
list-page-of = Page { $page } of { $count }
# Before the links CSV and JSON.
list-downloads = Download this search:
# Read by screen readers before the degree on a result card or an entry.
list-card-degree = User-led degree:
# $year: the founding year.
list-card-founded = Founded { $year }
list-card-discreet = Listed discreetly

## Facets and filters: their names

facet-category = Category
facet-country = Country
facet-degree = User-led degree
facet-status = Status
facet-activity = Activity
facet-decade = Founded
facet-scope = Scope
# A decade of founding. $decade: its first year (1990); $end: its last (1999).
facet-decade-value = { $decade }s

## Sort orders

sort-relevance = Best match
sort-name = Name
sort-founded = Oldest first
sort-founded-desc = Newest first
sort-updated = Recently updated

## An organisation's page

# $name: the organisation's name.
show-title = { $name } – userled
# The description of a discreet entry's page. $name: the organisation's name.
show-description-discreet = { $name } in the registry of user-led drug organisations.
# $name: the organisation; $url: its page; $date: the day it last changed (2026-03-01).
show-citation = “{ $name }”. In: userled, the registry of user-led drug organisations. { $url } (entry updated { $date }). Licence: CC BY 4.0.
show-breadcrumb-label = Breadcrumb
show-aliases = Also known as:
show-countries = Countries
show-countries-inline = Countries:
show-city = City or area
show-scope = Works
show-founded = Founded
show-not-known = not known
show-ended = Ended
show-status = Status
show-degree = User-led degree
# Between the degree and the reason for it: “User-led: run by its members.”
show-degree-note-separator = :
show-profiles = Serves
show-website = Website
show-verified = Last verified
show-not-verified = not yet checked against the organisation itself
show-activities-heading = What it does
show-related-heading = Related organisations
# Before the name of a related organisation.
show-related-member-of = Member of
show-related-has-member = Has member
show-related-partner-of = Partner of
show-related-founded-by = Founded by
show-related-founded = Founded
show-related-succeeded-by = Succeeded by
show-related-succeeded = Succeeded
show-evaluations-heading = Evaluations
# $count: how many people took part in an evaluation.
show-evaluation-participants = { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
show-figures-heading = In figures
show-timeline-heading = Timeline
show-timeline-founded = Founded
# $name: the organisation's name.
show-timeline-founded-text = { $name } was founded.
show-timeline-figure = Figure
# $label: what was counted; $value: the number.
show-timeline-figure-text = { $label }: { $value }
show-timeline-evaluation = Evaluation
# $citation: the study; $finding: what it found.
show-timeline-evaluation-text = { $citation }: { $finding }
show-timeline-ended = Ended
# $name: the organisation's name.
show-timeline-ended-text = { $name } stopped working.
# The link to an event's source.
show-timeline-source = source
show-sources-heading = Sources
show-discreet-notice = This organisation asked to be listed discreetly. The registry shows only its name, its categories and its countries.
show-cite-heading = Cite this entry
# $date: the day the entry last changed, in words.
show-updated = Last updated { $date }.
# Around the link JSON: “Also as JSON.”
show-json-before = Also as
show-json-after = .
show-improve-heading = Keep this entry true
show-suggest-correction = Suggest a correction
show-history-link = See its history

## An organisation's history

# $name: the organisation's name.
history-title = History of { $name } – userled
history-description = Every change to the entry for { $name }.
history-heading = History of { $name }
history-breadcrumb = History
# Before a moderator's name.
history-signed-in = Signed in as
history-queue = Queue
history-edit-entry = Edit this entry
history-discreet-notice = This organisation is listed discreetly: its history shows when it changed, not what.
history-empty = No change has been recorded since this entry was first published.
# $number: the revision's number.
history-revision = Revision { $number }
history-current = current
# $date: the day in words; $time: hours and minutes (14:05).
history-when = { $date }, { $time } UTC
# $when: date and time; $action: what kind of change; $actor: who made it; $summary: why.
history-revision-meta = { $when } · { $action } · by { $actor } · { $summary }
# $count: how many fields changed.
history-fields-changed = { $count ->
        [one] { $count } field changed
       *[other] { $count } fields changed
    }
history-column-field = Field
history-column-before = Before
history-column-after = After
# $number: the revision's number.
history-restore = Restore revision { $number }
history-action-baseline = Earliest recorded state
history-action-import = Imported
history-action-approval = Approved contribution
history-action-edit = Edited by a moderator
history-action-restore = Restored
# $reference: the contribution's reference.
history-summary-approved = Approved contribution { $reference }
# $number: the revision brought back.
history-summary-restored = Restored revision { $number }
history-summary-edited = Edited
history-summary-seed = Loaded from the seed
history-summary-import = Imported from a registry file
history-summary-baseline = The record as it stood before its history was kept
history-field-slug = Address name
history-field-name = Name
history-field-aliases = Other names
history-field-description = Description
history-field-categories = Categories
history-field-countries = Countries
history-field-city = City or area
history-field-scope = Scope
history-field-founded-year = Founded
history-field-status = Status
history-field-ended-year = Ended
history-field-user-led-degree = User-led degree
history-field-degree-note = Why this degree
history-field-user-profiles = User profiles
history-field-activities = Activities
history-field-website = Website
history-field-visibility = Visibility
history-field-last-verified = Last verified
history-field-sources = Sources
history-field-evaluations = Evaluations
history-field-facts = Figures
history-field-relations = Related organisations
history-field-events = Events
# One part of a list item: “Title: Annual report”. $part: its name; $value: its value.
history-part = { $part }: { $value }
history-part-name = Name
history-part-language = Language
history-part-kind = Kind
history-part-url = Address
history-part-title = Title
history-part-note = Note
history-part-citation = Citation
history-part-year = Year
history-part-design = Design
history-part-sample-size = Sample size
history-part-finding = Finding
history-part-label = Label
history-part-value = Value
history-part-target = Organisation
history-part-source-url = Source

## The Atom feed

feed-heading = userled: new and changed organisations
feed-subtitle = The registry of user-led drug organisations
# An entry's summary. $categories: its categories; $countries: its countries.
feed-entry-summary = { $categories } · { $countries }
