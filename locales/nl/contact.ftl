# Hoe je een organisatie bereikt: haar contactgegevens in de vermelding, het formulier, haar pagina en lijsten.

## Hoe een organisatie mensen ontmoet (vocabulaire `meets`).
meeting_mode-in_person = Persoonlijk
    .definition = Ontmoet mensen van aangezicht tot aangezicht, op een plek of op straat.
meeting_mode-online = Online
    .definition = Ontmoet mensen alleen online: chat, videogesprekken, fora of sociale media.
meeting_mode-both = Persoonlijk en online
    .definition = Ontmoet mensen van aangezicht tot aangezicht en online.

## Waar een contactlink naartoe leidt.
contact_link_kind-social = Sociale media
    .definition = Een pagina of profiel op een sociaal netwerk.
contact_link_kind-messaging = Berichtendienst
    .definition = Een chat, groep of kanaal op een berichtendienst.

## Problemen met contactgegevens, zoals de API ze meldt.
field-telephone-invalid = ‘{ $value }’ is geen telefoonnummer in internationale vorm: + en de landcode, dan het nummer, in totaal 8 tot 15 cijfers
field-working-language = ‘{ $value }’ is geen van de talen van het register

## Het onderdeel van het formulier.
form-section-contact = Zo bereik je haar
    .hint = Alleen gegevens die de organisatie zelf openbaar maakt. Ze staan in haar vermelding, tenzij de vermelding discreet is.
form-contact-email = E-mailadres
    .hint = Bijvoorbeeld info@example.org.
form-contact-telephone = Telefoon
    .hint = In internationale vorm, met + en de landcode, bijvoorbeeld +31 20 123 4567.
form-contact-address = Postadres
    .hint = Alleen een adres dat ze zelf opgeeft: straat (of postbus), plaats en land samen.
form-contact-street = Straat en huisnummer, of postbus
form-contact-postal_code = Postcode
form-contact-locality = Plaats
form-contact-country = Land
form-contact_links = Sociale media en berichtendiensten
    .hint = Haar pagina's op sociale netwerken, en de chats of kanalen waarvoor ze mensen uitnodigt.
# $number: de plaats van de link in de lijst.
form-row-contact_links = Link { $number }
form-add-contact_links =
    { $count ->
        [0] Een link toevoegen
       *[other] Nog een link toevoegen
    }
form-contact_links-kind = Soort
form-contact_links-url = Webadres
    .hint = Bijvoorbeeld https://t.me/voorbeeld (https:// mag je weglaten).
form-contact-meets = Hoe ze mensen ontmoet
form-contact-languages = Talen waarin ze werkt
    .hint = Elke taal staat er in haar eigen naam.
form-contact-how_to_get_in_touch = Zo neem je contact op
    .hint = In een paar regels: wanneer en waar ze bijeenkomt, naar wie je vraagt, wat je kunt verwachten.
form-sources-year = Jaar
    .hint = Wanneer ze is gepubliceerd of voor het laatst bijgewerkt, als ze dat vermeldt.
form-error-telephone = Vul een telefoonnummer in dat begint met + en de landcode, zoals +31 20 123 4567, of laat het leeg
form-error-address-street-required = Vul straat en huisnummer of de postbus in, of laat het hele adres leeg
form-error-address-locality-required = Vul de plaats in, of laat het hele adres leeg
form-error-address-country-required = Kies het land, of laat het hele adres leeg

## Wijzigingen en geschiedenis: de onderdelen van het contact.
form-field-contact-email = E-mailadres
form-field-contact-telephone = Telefoon
form-field-contact-address = Postadres
form-field-contact-links = Sociale media en berichtendiensten
form-field-contact-meets = Hoe ze mensen ontmoet
form-field-contact-languages = Talen waarin ze werkt
form-field-contact-how_to_get_in_touch = Zo neem je contact op
history-part-street = Straat
history-part-postal-code = Postcode
history-part-locality = Plaats
history-part-country = Land

## Het blok waarmee de pagina van een organisatie begint.
reach-heading = Zo neem je contact op
reach-none = Deze vermelding noemt nog geen website en geen contact.
reach-suggest = Ken je er een die de organisatie openbaar maakt? Stel het voor
reach-email = E-mail
reach-telephone = Telefoon
reach-meets = Ontmoet mensen
reach-languages = Werkt in
reach-channels = Sociale media en berichtendiensten
reach-address = Postadres
# Na ‘Laatst gecontroleerd’: het jaar van de nieuwste bron die er een noemt.
show-source-year = beschreven in een bron uit { $year }

## Resultaatkaarten.
# $month: een maand en jaar, zoals ‘maart 2026’.
card-checked = Gecontroleerd: { $month }
card-source-year = Beschreven in een bron uit { $year }
# $how: hoe ze mensen ontmoet, zoals ‘Online’.
card-meets = Ontmoet: { $how }

## Facetten en pagina's zonder resultaten.
facet-meets = Hoe ze mensen ontmoet
lists-elsewhere-online =
    { $count ->
        [one] Eén organisatie die online bijeenkomt
       *[other] { $count } organisaties die online bijeenkomen
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Link naar sociale media of berichtendienst
