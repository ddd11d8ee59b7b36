# How current an entry is: checks against the organisation itself, and the health of its links
# (`userled check-links`). Moderators' pages and the quiet notes on an entry's page.

## The entry's page

# The month an entry was last checked, as a month is named on its own. $month: 1–12, $year.
currency-month-year = { $month ->
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
# Beside a link that did not work when last checked. $status: broken (it answered with an
# error, $code) or unreachable (no answer); $date: the day of the check, in words.
currency-link-note = { $status ->
        [broken] This link gave an error ({ $code }) when checked on { $date }.
       *[other] This link did not answer when checked on { $date }.
    }

## Moderators: the links that did not work

currency-links-title = Links that did not work
currency-links-description = Websites and sources whose last check found them broken, unreachable or moved.
currency-links-lead = What the last run of the link checker found. A site that did not answer once may answer tomorrow: look before you change the entry.
currency-links-failing-heading = Broken or unreachable
currency-links-none-failing = Every checked link answered.
currency-links-redirected-heading = Moved
currency-links-redirected-lead = These links still work, but lead to another address. Consider using the new one.
currency-links-none-redirected = No checked link leads elsewhere.
currency-links-organisation = Organisation
currency-links-place = Where
currency-links-address = Link
currency-links-result = What happened
currency-links-checked = Checked
currency-place-website = Website
currency-place-source = Source
currency-place-event = Source of an event
# $code: the HTTP status code, such as 404.
currency-result-broken = Error { $code }
currency-result-dns = Name not found
currency-result-connect = No connection
currency-result-timeout = No answer in time
currency-result-redirects = Too many redirects
currency-result-other = No answer
currency-result-redirected = Now leads to
currency-result-ok = Works

## Moderators: entries due for checking

currency-due-title = Due for checking
currency-due-description = Entries never checked against the organisation itself, or not for a long time.
# $count: the number of days after which an entry is due again.
currency-due-lead = { $count ->
        [one] Entries never checked against the organisation itself, or last checked more than a day ago, oldest first.
       *[other] Entries never checked against the organisation itself, or last checked more than { $count } days ago, oldest first.
    }
currency-due-count = { $count ->
        [0] None is due.
        [one] { $count } entry is due.
       *[other] { $count } entries are due.
    }
currency-due-more = { $count ->
        [one] { $count } more is due and will be listed once these are checked.
       *[other] { $count } more are due and will be listed once these are checked.
    }
currency-due-none = No entry is due for checking.
currency-due-never = never
currency-due-last-checked = Last checked:
currency-due-note = How did you check?
    .hint = For example: phoned them, or their own website was updated this year. Shown in the entry's history.
currency-due-mark = Mark as checked today
currency-check-note-required = Say how you checked the entry.
# $name: the organisation's name.
currency-already-checked-today = { $name } has already been marked as checked today.

## Moderators: editing an entry

currency-edit-reason = Reason for this change
    .hint = Shown in the entry's history. Needed when you change the status: it is recorded, dated, in the entry's timeline.
currency-status-reason-required = You changed the status: say why in "Reason for this change" below the form.
