# Wie man eine Organisation erreicht: ihre Kontaktangaben im Eintrag, im Formular, auf ihrer Seite und in Listen.

## Wie eine Organisation Menschen trifft (Vokabular `meets`).
meeting_mode-in_person = Vor Ort
    .definition = Trifft Menschen persönlich, an einem Ort oder auf der Straße.
meeting_mode-online = Online
    .definition = Trifft Menschen nur online: Chat, Videoanrufe, Foren oder soziale Medien.
meeting_mode-both = Vor Ort und online
    .definition = Trifft Menschen persönlich und online.

## Wohin ein Kontaktlink führt.
contact_link_kind-social = Soziale Medien
    .definition = Eine Seite oder ein Profil in einem sozialen Netzwerk.
contact_link_kind-messaging = Messenger
    .definition = Ein Chat, eine Gruppe oder ein Kanal in einem Messenger-Dienst.

## Probleme mit Kontaktangaben, wie die API sie meldet.
field-telephone-invalid = „{ $value }“ ist keine Telefonnummer in internationaler Form: + und die Ländervorwahl, dann die Nummer, insgesamt 8 bis 15 Ziffern
field-working-language = „{ $value }“ ist keine der Sprachen des Verzeichnisses

## Der Abschnitt des Formulars.
form-section-contact = So erreicht man sie
    .hint = Nur Angaben, die die Organisation selbst öffentlich macht. Sie stehen in ihrem Eintrag, außer der Eintrag ist diskret.
form-contact-email = E-Mail-Adresse
    .hint = Zum Beispiel info@example.org.
form-contact-telephone = Telefon
    .hint = In internationaler Form, mit + und der Ländervorwahl, zum Beispiel +49 30 1234567.
form-contact-address = Postanschrift
    .hint = Nur eine, die sie selbst angibt: Straße (oder Postfach), Ort und Land zusammen.
form-contact-street = Straße und Hausnummer oder Postfach
form-contact-postal_code = Postleitzahl
form-contact-locality = Ort
form-contact-country = Land
form-contact_links = Soziale Medien und Messenger
    .hint = Ihre Seiten in sozialen Netzwerken und die Chats oder Kanäle, zu denen sie Menschen einlädt.
# $number: die Stelle des Links in der Liste.
form-row-contact_links = Link { $number }
form-add-contact_links =
    { $count ->
        [0] Link hinzufügen
       *[other] Weiteren Link hinzufügen
    }
form-contact_links-kind = Art
form-contact_links-url = Webadresse
    .hint = Zum Beispiel https://t.me/beispiel (https:// können Sie weglassen).
form-contact-meets = Wie sie Menschen trifft
form-contact-languages = Sprachen, in denen sie arbeitet
    .hint = Jede Sprache steht in ihrer eigenen Schreibweise.
form-contact-how_to_get_in_touch = So nimmt man Kontakt auf
    .hint = In wenigen Zeilen: wann und wo sie sich trifft, nach wem man fragt, was einen erwartet.
form-sources-year = Jahr
    .hint = Wann sie veröffentlicht oder zuletzt aktualisiert wurde, falls sie es angibt.
form-error-telephone = Geben Sie eine Telefonnummer ein, die mit + und der Ländervorwahl beginnt, etwa +49 30 1234567, oder lassen Sie das Feld leer
form-error-address-street-required = Geben Sie Straße und Hausnummer oder das Postfach ein, oder lassen Sie die ganze Anschrift leer
form-error-address-locality-required = Geben Sie den Ort ein, oder lassen Sie die ganze Anschrift leer
form-error-address-country-required = Wählen Sie das Land, oder lassen Sie die ganze Anschrift leer

## Änderungen und Verlauf: die Teile des Kontakts.
form-field-contact-email = E-Mail-Adresse
form-field-contact-telephone = Telefon
form-field-contact-address = Postanschrift
form-field-contact-links = Soziale Medien und Messenger
form-field-contact-meets = Wie sie Menschen trifft
form-field-contact-languages = Sprachen, in denen sie arbeitet
form-field-contact-how_to_get_in_touch = So nimmt man Kontakt auf
history-part-street = Straße
history-part-postal-code = Postleitzahl
history-part-locality = Ort
history-part-country = Land

## Der Block, mit dem die Seite einer Organisation beginnt.
reach-heading = So nehmen Sie Kontakt auf
reach-none = Dieser Eintrag nennt noch keine Website und keinen Kontakt.
reach-suggest = Kennen Sie einen, den die Organisation öffentlich macht? Schlagen Sie ihn vor
reach-email = E-Mail
reach-telephone = Telefon
reach-meets = Trifft Menschen
reach-languages = Arbeitet auf
reach-channels = Soziale Medien und Messenger
reach-address = Postanschrift
# Nach „Zuletzt geprüft“: das Jahr der neuesten Quelle, die eines nennt.
show-source-year = beschrieben in einer Quelle von { $year }

## Ergebniskarten.
# $month: Monat und Jahr, etwa „März 2026“.
card-checked = Geprüft { $month }
card-source-year = Beschrieben in einer Quelle von { $year }
# $how: wie sie Menschen trifft, etwa „Online“.
card-meets = Trifft Menschen: { $how }

## Facetten und Seiten ohne Treffer.
facet-meets = Wie sie Menschen trifft
lists-elsewhere-online =
    { $count ->
        [one] Eine Organisation, die sich online trifft
       *[other] { $count } Organisationen, die sich online treffen
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Link zu sozialen Medien oder Messenger
