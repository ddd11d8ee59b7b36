# Error pages, API problem documents, and every validation and search-parameter message.
#
# Field messages (field-) are shown beside their input on a form, so they name no field; the API's
# problem detail puts the field's path before them ("founded_year: is required"). Parameter
# messages (param-) likewise follow the parameter's name ("page: ..."). Field paths, parameter
# names and slugs (values the API takes, such as "unclear") are the same in every language.
# Years are passed as text, so they are never grouped like amounts.

## The error page

# $title (text): the kind of problem, such as "Not found".
error-page-title = { $title } – userled
# $status (text): the HTTP status code, such as 404.
error-status = Error { $status }
error-search-instead = Search the registry instead
error-link-home = Home
error-link-organisations = All organisations
error-link-about = About the registry

## Kinds of problem: the page's heading and the problem document's title

problem-invalid-parameter = Invalid parameter
problem-not-found = Not found
problem-invalid-record = Invalid record
problem-forbidden = Not allowed
problem-conflict = Conflict
problem-unsupported-media-type = Unsupported media type
problem-too-many-requests = Too many requests
problem-internal-error = Something went wrong on our side

## What went wrong

# $count: seconds to wait.
error-too-many-requests =
    { $count ->
        [one] Please wait { $count } second and try again.
       *[other] Please wait { $count } seconds and try again.
    }
error-internal = The request could not be completed. It has been logged; please try again later.
error-form-expired = This form has expired or did not come from this site. Please reload the page and send it again.
error-json-only = Send the submission as application/json.
# $path: the address asked for.
error-nothing-here = There is nothing at { $path }.
# $file: a file name.
error-no-file = There is no file "{ $file }".
error-no-icon = No icon.
# $slug: the category asked for, as typed in the address.
error-no-category = There is no category "{ $slug }".
# $code: the country code asked for, as typed in the address.
error-no-country = There is no country "{ $code }".
# $slug: an organisation's slug.
error-no-organisation = There is no organisation "{ $slug }" in the registry.
error-no-organisation-short = There is no organisation "{ $slug }".
# $slug: an organisation's slug; $number: a revision number.
error-no-revision = Organisation "{ $slug }" has no revision { $number }.
error-discreet-correction = The entry "{ $slug }" is listed discreetly; corrections to it go to the moderators directly.
# $reference: a submission's reference, such as K7P2-9XQD.
error-no-submission = There is no submission { $reference }.
error-already-decided = Submission { $reference } has already been decided.
error-correction-target-gone = The organisation this correction was for no longer exists.
error-no-free-slug = No free slug for "{ $slug }".

## Search parameters

param-repeated = is given more than once
# $name: the unknown parameter; $known: the parameters there are, comma-separated.
param-unknown = "{ $name }" is not a search parameter; known ones are: { $known }
# $max: the longest search text allowed, in characters.
param-too-long = is longer than { $max } characters
# $value: what was given.
param-not-year = "{ $value }" is not a year
param-not-boolean = "{ $value }" is not true or false
param-page = "{ $value }" is not a page number (1 or more)
# $max: the largest number of results per page.
param-per-page = "{ $value }" is not a number from 1 to { $max }

## Values (in a record's fields and in search parameters)

# $value: what was given; $expected: the values there are, comma-separated.
field-unknown-value = unknown value "{ $value }"; expected one of: { $expected }
field-country-malformed = "{ $value }" is not an ISO 3166-1 alpha-2 code (two capital letters, such as DK)
# A hint follows for two codes people often use by mistake: UK and EL.
field-country-unassigned =
    "{ $value }" is not an assigned ISO 3166-1 country code{ $value ->
        [UK] ; the United Kingdom is GB
        [EL] ; Greece is GR
       *[other] {""}
    }
# $value, $earliest, $latest: years.
field-year-range = { $value } is not a year from { $earliest } to { $latest }
field-not-whole-number = "{ $value }" is not a whole number
field-not-positive = { $value } is not a positive whole number
# $max: the longest slug, in characters.
field-slug-invalid = "{ $value }" is not a slug: use lowercase letters and digits joined by single hyphens, at most { $max } characters
field-url-too-long = a URL is at most { $max } characters
field-url-not-web = "{ $value }" is not a web address: it must start with http:// or https://
# $reason: the technical reason, in English.
field-url-invalid = "{ $value }" is not a valid URL ({ $reason })
field-language-code = "{ $value }" is not an ISO 639 language code (two or three lowercase letters, such as da)
field-date = "{ $value }" is not a date written YYYY-MM-DD
# $value: a date.
field-date-future = { $value } is in the future
field-email-invalid = "{ $value }" is not an email address

## The record's fields

field-required = is required
field-control-characters = must not contain control characters
# $length, $max: numbers of characters.
field-too-long = is { $length } characters long; at most { $max } are allowed
# $max: the most entries a list may have.
field-too-many = at most { $max } entries
field-not-in-record = is not a field of the organisation record
field-incomplete = is incomplete
field-slug-underivable = cannot be derived from the name; give one
field-categories-required = choose at least one category
# $ended, $founded: years.
field-ended-before-founded = { $ended } is before the founding year { $founded }
field-ended-but-active = an organisation with an ended_year cannot be active
field-degree-required = is required (use "unclear" if the sources do not say)
field-sources-required = give at least one source: a link that supports this entry
field-language-required = is required for a name in the original language
field-relation-to-itself = an organisation cannot be related to itself
field-relation-twice = this relation is listed twice
# $slug: the organisation a relation points at.
field-relation-missing = no organisation "{ $slug }" in the registry
# $year: an event's year; $other: founded_year or ended_year; $expected: the year the record gives there.
field-event-year = { $year } disagrees with { $other } { $expected }

## Contributions and moderation

field-note-required = say what changed and how you know
# $max: the longest note, in characters.
field-note-too-long = at most { $max } characters
# $slug: the organisation a correction is for.
field-correction-target = there is no organisation "{ $slug }" to correct
field-reason-required = give a reason for the record
field-honeypot = must stay empty

## A body or form that cannot be read at all

# $reason: the technical reason, in English.
field-json-invalid = is not valid JSON: { $reason }
field-json-object = must be a JSON object
field-json-string = must be a string
field-json-unreadable = { $reason }
field-form-unreadable = cannot be read: { $reason }
