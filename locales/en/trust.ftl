# The pages that say who runs the register and how it treats people (contact, privacy,
# accessibility), the request to change, make discreet or remove an entry, and the links to them.

## The footer of every page.

trust-footer-contact = Contact
trust-footer-privacy = Privacy
trust-footer-accessibility = Accessibility

## On the reference pages of contributions and requests.

# $link: the words of the link to the contact page (trust-reach-link).
trust-reach = To reach the moderators, see the { $link }.
trust-reach-link = contact page
# Heading above a moderator's reason for not publishing a contribution.
trust-received-reason = The moderator's reason

## /contact

contact-title = Contact
contact-description = Who runs this register and how to reach its moderators.
contact-lead = userled is run by an operator, who hosts it and appoints its moderators. The moderators read every contribution and every request before anything on the register changes.
contact-operator-heading = Who runs this register
contact-operator-name = Run by
contact-operator-email = E-mail
contact-operator-address = Postal address
# Shown until the operator has given their name and e-mail address in the configuration.
contact-operator-missing = The operator of this site has not yet given their name and contact details. Until they do, the forms below still reach the moderators.
contact-moderators-heading = How to reach the moderators
# $email: the operator's e-mail address, shown as a link.
contact-moderators-email = Write to { $email }. The moderators read these messages; if you have the reference of a contribution or a request, please give it.
contact-moderators-no-email = There is no e-mail address for the moderators yet: use the forms, which go straight into their queue.
# $link: the text of the link on every entry's page (request-link).
contact-entry = About an entry: open its page and follow “{ $link }”. Your request goes straight into the moderators' queue, whether or not you speak for the organisation.
# $link: the words of the link to the form (contact-new-link).
contact-new = To add an organisation, { $link }: nothing is published until a moderator approves it.
contact-new-link = use the form
contact-reference = About something you have sent: its reference (such as UL-ABCD-1234) lets the moderators find it, and its page shows whether it has been decided.
contact-more-heading = See also
contact-privacy-link = What we collect and how long we keep it (privacy)
contact-accessibility-link = Accessibility statement

## /privacy

privacy-title = Privacy
privacy-description = What the forms of this register collect, why, and for how long.
privacy-lead = userled asks for as little as it can. You can read every page without an account, and nothing tracks you.
privacy-forms-heading = What the forms collect
privacy-submission-heading = Adding an organisation or proposing a correction
privacy-submission-record = The organisation's details you enter. They are published, under CC BY 4.0, once a moderator approves them; until then only moderators see them.
privacy-submission-note = Your note to the moderators. Only moderators read it. It stays with the submission in their records after the decision, so that the decision can be understood later.
privacy-submission-email = Your e-mail address, if you give one (it is optional). It is only for the moderators' questions about your contribution: shown to moderators only, never published, never logged, and erased when the contribution is approved or declined.
privacy-submission-reason = When a contribution is declined, the moderator's reason is shown on its reference page, which anyone who has the reference can open.
privacy-request-heading = Asking for an entry to be changed, made discreet or removed
privacy-request-content = What you ask for and your reason. Only moderators read the reason. It stays with the request in their records after the request is closed.
privacy-request-email = Your e-mail address, if you give one: as for contributions, for the moderators' questions only, and erased when the request is closed.
privacy-request-note = The moderator's note on closing the request is shown on its reference page.
privacy-address-heading = Your internet address
privacy-address = To limit how many contributions and requests one internet address can send in an hour, and how many sign-in attempts in a quarter of an hour, the server counts them by address in its memory. The address is never written to the database or to the logs, and it is forgotten when the server restarts.
privacy-logs-heading = Logs
privacy-logs = The server logs each request by its method, the page's path and the answer's status only: not the query string (so not what you searched for), not your internet address, not your headers or cookies. The logs hold no personal data.
# $link: the words of the link to the contact page (privacy-contact-link).
privacy-proxy = If the operator runs the site behind a web server of their own, that server may keep access logs of its own; the operator can tell you what it keeps: see the { $link }.
privacy-contact-link = contact page
privacy-cookies-heading = Cookies
privacy-cookies-lead = userled sets no advertising, analytics or tracking cookies and loads nothing from other sites. It uses three cookies, each for one purpose:
privacy-cookie-csrf = A random token that shows a form was sent from this site, which protects the forms against cross-site request forgery. It is set when you open a form and deleted when you close your browser.
privacy-cookie-language = Remembers, for a year, that this site offered you a page in your browser's language, so that the offer is not repeated. It holds only the value 1.
privacy-cookie-session = For moderators only: keeps them signed in for 8 hours. The server stores only a hash of it.
privacy-moderators-heading = Moderators and copies
privacy-moderators = Moderators have a username and a password, which is stored only as an argon2id hash. A moderator's username appears in the public history of each entry they changed.
privacy-backups = Copies of the database that the operator makes (backups) hold what the database held at that moment: an e-mail address erased later remains in an older copy until that copy is deleted.
privacy-rights-heading = Your rights
privacy-rights = You may ask the operator what the register holds about you, and ask for it to be corrected or erased. An organisation may also ask, from its entry's page, for the entry to be changed, made discreet or removed.
# $link: the words of the link to the contact page (privacy-contact-link).
privacy-rights-ask = To ask, see the { $link }.

## /accessibility

accessibility-title = Accessibility statement
accessibility-description = How accessible this register is, how that is checked, what is known not to work well, and how to report a problem.
accessibility-lead = userled should work for everyone, including people who use a screen reader, only a keyboard, magnification or voice control, on a phone or a computer.
accessibility-standard-heading = The standard
accessibility-standard = We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
accessibility-how-heading = How it is checked
accessibility-how-axe = Every change is tested in a real browser: axe-core, an automated accessibility checker, runs on every type of page (home, search results, an entry, the forms with and without errors, the moderators' pages, statistics, an error page), in English at 390 and 1280 pixels wide and in the seven other languages at 390 pixels. A single problem found fails the test.
accessibility-how-languages = Automated tests also check that every page declares its language, and that pages in the seven other languages keep no English sentence of the interface.
accessibility-how-design = The site needs no JavaScript, keeps the keyboard focus visible, offers a link to skip to the content, and shows every form error next to its field.
accessibility-limits-heading = Known limits
accessibility-limit-manual = Automated checks find only some problems. The site has not yet been tested by people who use screen readers, magnification or voice control; we would welcome their reports.
accessibility-limit-language = The text of entries (descriptions, notes, sources) is in the language it was written in, mostly English, and is not yet marked with that language. On pages in other languages a screen reader may therefore read it with the wrong pronunciation.
accessibility-limit-charts = The charts on the statistics page are pictures for sighted readers. Each has a table with the same numbers below it, and each country of the map of Europe is a link.
accessibility-limit-translations = The translations of the interface have not yet been reviewed by native speakers who work in the field, so some wording may be unclear.
accessibility-limit-external = The websites of organisations and the sources that entries cite are other sites, whose accessibility we cannot answer for.
accessibility-report-heading = Report a problem
accessibility-report = If something on this site is hard or impossible for you to use, please tell us. It helps to give the page's address, what you were trying to do, and what you use (browser, device, assistive technology).
# $email: the operator's e-mail address, shown as a link.
accessibility-report-email = Write to { $email }.
accessibility-report-missing = The operator of this site has not yet given an e-mail address for such reports.
# $link: the words of the link to the contact page (privacy-contact-link).
accessibility-report-contact = Other ways to reach the moderators are on the { $link }.

## The request to change, make discreet or remove an entry.

# The link on every entry's page.
request-link = Ask for this entry to be changed, made discreet or removed
# $name: the organisation's name.
request-title = Ask about { $name }
request-description = Ask the moderators to change an entry, make it discreet or remove it.
request-lead = Your request goes to the moderators, who check it before anything changes. You do not need to speak for the organisation, but say so if you do.
request-kind-legend = What are you asking for?
request-kind-change = Change it
request-kind-change-hint = Something in the entry is wrong or out of date.
request-kind-discreet = Make it discreet
request-kind-discreet-hint = Show only the organisation's name, categories and countries, and none of its other details.
request-kind-remove = Remove it
request-kind-remove-hint = Take the entry off the register.
request-reason = Why, and what should change?
request-reason-hint = Only the moderators read this; it is not published. If you speak for the organisation, say so.
request-contact = Your e-mail address (optional)
request-contact-hint = Only if the moderators may need to ask you something. It is erased when your request is closed.
# $link: the words of the link to the privacy page (request-privacy-link).
request-privacy = What happens to what you send: see { $link }.
request-privacy-link = privacy
request-send = Send the request
request-kind-required = Choose what you are asking for: to change the entry, make it discreet or remove it.
request-reason-required = Say why, and what should change.
# $max: the most characters allowed.
request-reason-too-long = Write { $max } characters or fewer.
request-outcome-required = Choose whether the request is done or declined.
request-note-required = Say why the request is declined: the person who asked reads this note.
# $reference: the reference looked for.
request-not-found = There is no request with the reference { $reference }.
# $reference: the request's reference.
request-already-closed = Request { $reference } has already been closed by another moderator.

## The requester's page.

# $reference: the request's reference.
request-received-title = Request { $reference }
request-received-description = Your request about an entry, and what the moderators decided.
request-open-heading = Thank you: your request waits for the moderators
request-open-lead = A moderator will read it and decide what to do.
request-done-heading = Your request has been dealt with
request-declined-heading = Your request was declined
request-note-label = The moderator's note
request-asked = Asked
request-entry = Entry
# $reference: the request's reference, shown in bold.
request-reference = Your reference is { $reference }. Keep it to ask about your request, or come back to this page to see whether it has been closed.

## The moderators' pages.

request-queue-heading = Requests about entries
request-queue-empty = No request about an entry is open.
# $count: how many requests are open.
request-queue-waiting =
    { $count ->
        [one] One request is open, oldest first.
       *[other] { $count } requests are open, oldest first.
    }
request-queue-closed = Recently closed requests
request-status-open = open
request-status-done = done
request-status-declined = declined
# $reference: the request's reference.
request-review-title = Request { $reference }
request-review-description = A request about an entry, to close as done or declined.
# $name: the organisation's name.
request-review-heading = Request about { $name }
request-review-reason = Reason
request-review-edit = Edit the entry
request-close-heading = Close the request
request-close-legend = Outcome
request-close-done = Done: what was asked has been done
request-close-declined = Declined
request-close-note = Note to the person who asked
request-close-note-hint = Shown on the request's reference page. Required when the request is declined.
request-close = Close the request
