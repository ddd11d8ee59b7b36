# How to reach an organisation: its contact details in the record, the form, its page and lists.

## How an organisation meets people (vocabulary `meets`).
meeting_mode-in_person = In person
    .definition = Meets people face to face, at a place or on the street.
meeting_mode-online = Online
    .definition = Meets people online only: chat, video calls, forums or social media.
meeting_mode-both = In person and online
    .definition = Meets people face to face and online.

## What a contact link leads to.
contact_link_kind-social = Social media
    .definition = A page or profile on a social network.
contact_link_kind-messaging = Messaging
    .definition = A chat, group or channel on a messaging service.

## Problems with contact details, as the API reports them.
field-telephone-invalid = "{ $value }" is not a telephone number in international form: + and the country code, then the number, 8 to 15 digits in all
field-working-language = "{ $value }" is not one of the registry's languages

## The form's section.
form-section-contact = How to reach it
    .hint = Only details the organisation itself makes public. They are shown on its entry, unless the entry is discreet.
form-contact-email = E-mail address
    .hint = Such as info@example.org.
form-contact-telephone = Telephone
    .hint = In international form, starting with + and the country code, such as +44 20 7946 0000.
form-contact-address = Postal address
    .hint = Only one it gives out: the street (or post box), the town and the country together.
form-contact-street = Street and number, or post box
form-contact-postal_code = Postcode
form-contact-locality = Town or city
form-contact-country = Country
form-contact_links = Social media and messaging
    .hint = Its pages on social networks, and the chats or channels it invites people to join.
# $number: the link's place in the list.
form-row-contact_links = Link { $number }
form-add-contact_links =
    { $count ->
        [0] Add a link
       *[other] Add another link
    }
form-contact_links-kind = Kind
form-contact_links-url = Web address
    .hint = Such as https://t.me/example (you can leave out https://).
form-contact-meets = How it meets people
form-contact-languages = Languages it works in
    .hint = Each language is named in its own words.
form-contact-how_to_get_in_touch = How to get in touch
    .hint = In a few lines: when and where it meets, whom to ask for, what to expect.
form-sources-year = Year
    .hint = When it was published or last updated, if it says.
form-error-telephone = Enter a telephone number that starts with + and the country code, like +44 20 7946 0000, or leave it empty
form-error-address-street-required = Enter the street and number, or the post box, or leave the whole address empty
form-error-address-locality-required = Enter the town or city, or leave the whole address empty
form-error-address-country-required = Choose the country, or leave the whole address empty

## Changes and history: the contact's parts by name.
form-field-contact-email = E-mail address
form-field-contact-telephone = Telephone
form-field-contact-address = Postal address
form-field-contact-links = Social media and messaging
form-field-contact-meets = How it meets people
form-field-contact-languages = Languages it works in
form-field-contact-how_to_get_in_touch = How to get in touch
history-part-street = Street
history-part-postal-code = Postcode
history-part-locality = Town
history-part-country = Country

## The block that leads an organisation's page.
reach-heading = How to get in touch
reach-none = This entry gives no website or contact yet.
reach-suggest = Know one the organisation makes public? Suggest it
reach-email = E-mail
reach-telephone = Telephone
reach-meets = Meets people
reach-languages = Works in
reach-channels = Social media and messaging
reach-address = Postal address
# After "Last verified": the year of the newest source that gives one.
show-source-year = described in a { $year } source

## Result cards.
# $month: a month and year, such as "March 2026".
card-checked = Checked { $month }
card-source-year = Described in a { $year } source
# $how: how it meets people, such as "Online".
card-meets = Meets: { $how }

## Facets and pages that find nothing.
facet-meets = How it meets
lists-elsewhere-online =
    { $count ->
        [one] One organisation that meets online
       *[other] { $count } organisations that meet online
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Social media or messaging link
