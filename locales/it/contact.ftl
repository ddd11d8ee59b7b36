# Come contattare un'organizzazione: i suoi recapiti nella scheda, nel modulo, nella sua pagina e negli elenchi.

## Come un'organizzazione incontra le persone (vocabolario `meets`).
meeting_mode-in_person = Di persona
    .definition = Incontra le persone faccia a faccia, in una sede o per strada.
meeting_mode-online = Online
    .definition = Incontra le persone solo online: chat, videochiamate, forum o social media.
meeting_mode-both = Di persona e online
    .definition = Incontra le persone faccia a faccia e online.

## Dove porta un link di contatto.
contact_link_kind-social = Social media
    .definition = Una pagina o un profilo su un social network.
contact_link_kind-messaging = Messaggistica
    .definition = Una chat, un gruppo o un canale su un servizio di messaggistica.

## Problemi con i recapiti, come li segnala l'API.
field-telephone-invalid = «{ $value }» non è un numero di telefono in formato internazionale: + e il prefisso del paese, poi il numero, da 8 a 15 cifre in tutto
field-working-language = «{ $value }» non è una delle lingue del registro

## La sezione del modulo.
form-section-contact = Come contattarla
    .hint = Solo i recapiti che l'organizzazione stessa rende pubblici. Compaiono nella sua scheda, a meno che la scheda non sia riservata.
form-contact-email = Indirizzo email
    .hint = Ad esempio info@example.org.
form-contact-telephone = Telefono
    .hint = In formato internazionale, con + e il prefisso del paese, ad esempio +39 06 1234 5678.
form-contact-address = Indirizzo postale
    .hint = Solo uno che l'organizzazione comunica: via (o casella postale), città e paese insieme.
form-contact-street = Via e numero civico, o casella postale
form-contact-postal_code = CAP
form-contact-locality = Città
form-contact-country = Paese
form-contact_links = Social media e messaggistica
    .hint = Le sue pagine sui social network e le chat o i canali a cui invita a unirsi.
# $number: la posizione del link nell'elenco.
form-row-contact_links = Link { $number }
form-add-contact_links =
    { $count ->
        [0] Aggiungi un link
       *[other] Aggiungi un altro link
    }
form-contact_links-kind = Tipo
form-contact_links-url = Indirizzo web
    .hint = Ad esempio https://t.me/esempio (puoi omettere https://).
form-contact-meets = Come incontra le persone
form-contact-languages = Lingue in cui lavora
    .hint = Ogni lingua è indicata con il suo nome nella lingua stessa.
form-contact-how_to_get_in_touch = Come mettersi in contatto
    .hint = In poche righe: quando e dove si incontra, a chi chiedere, cosa aspettarsi.
form-sources-year = Anno
    .hint = Quando è stata pubblicata o aggiornata l'ultima volta, se lo indica.
form-error-telephone = Inserisci un numero di telefono che inizi con + e il prefisso del paese, come +39 06 1234 5678, oppure lascia il campo vuoto
form-error-address-street-required = Inserisci via e numero civico, o la casella postale, oppure lascia vuoto l'intero indirizzo
form-error-address-locality-required = Inserisci la città, oppure lascia vuoto l'intero indirizzo
form-error-address-country-required = Scegli il paese, oppure lascia vuoto l'intero indirizzo

## Modifiche e cronologia: le parti del contatto.
form-field-contact-email = Indirizzo email
form-field-contact-telephone = Telefono
form-field-contact-address = Indirizzo postale
form-field-contact-links = Social media e messaggistica
form-field-contact-meets = Come incontra le persone
form-field-contact-languages = Lingue in cui lavora
form-field-contact-how_to_get_in_touch = Come mettersi in contatto
history-part-street = Via
history-part-postal-code = CAP
history-part-locality = Città
history-part-country = Paese

## Il blocco con cui inizia la pagina di un'organizzazione.
reach-heading = Come mettersi in contatto
reach-none = Questa scheda non indica ancora né un sito web né un contatto.
reach-suggest = Ne conosci uno che l'organizzazione rende pubblico? Proponilo
reach-email = Email
reach-telephone = Telefono
reach-meets = Incontra le persone
reach-languages = Lavora in
reach-channels = Social media e messaggistica
reach-address = Indirizzo postale
# Dopo «Ultima verifica»: l'anno della fonte più recente che ne indica uno.
show-source-year = descritta in una fonte del { $year }

## Schede dei risultati.
# $month: un mese e un anno, come «marzo 2026».
card-checked = Verificata: { $month }
card-source-year = Descritta in una fonte del { $year }
# $how: come incontra le persone, come «Online».
card-meets = Incontri: { $how }

## Filtri e pagine senza risultati.
facet-meets = Come incontra le persone
lists-elsewhere-online =
    { $count ->
        [one] Un'organizzazione che si incontra online
       *[other] { $count } organizzazioni che si incontrano online
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Link a social media o messaggistica
