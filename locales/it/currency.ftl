# Quanto è aggiornata una scheda: verifiche presso l’organizzazione stessa e stato dei suoi link
# (`userled check-links`). Pagine della moderazione e note discrete nella pagina di una scheda.

## La pagina di una scheda

currency-month-year = { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[other] dicembre
    } { $year }
currency-link-note = { $status ->
        [broken] Questo link ha dato un errore ({ $code }) alla verifica in data { $date }.
       *[other] Questo link non ha risposto alla verifica in data { $date }.
    }

## Moderazione: i link che non hanno funzionato

currency-links-title = Link che non hanno funzionato
currency-links-description = Siti web e fonti che l’ultima verifica ha trovato non funzionanti, irraggiungibili o spostati.
currency-links-lead = Che cosa ha trovato l’ultimo passaggio del controllo dei link. Un sito che una volta non ha risposto potrebbe rispondere domani: controlla prima di modificare la scheda.
currency-links-failing-heading = Non funzionanti o irraggiungibili
currency-links-none-failing = Tutti i link verificati hanno risposto.
currency-links-redirected-heading = Spostati
currency-links-redirected-lead = Questi link funzionano ancora, ma portano a un altro indirizzo. Valuta di usare quello nuovo.
currency-links-none-redirected = Nessun link verificato porta altrove.
currency-links-organisation = Organizzazione
currency-links-place = Dove
currency-links-address = Link
currency-links-result = Esito
currency-links-checked = Verificato
currency-place-website = Sito web
currency-place-source = Fonte
currency-place-event = Fonte nella cronologia
currency-result-broken = Errore { $code }
currency-result-dns = Nome non trovato
currency-result-connect = Nessuna connessione
currency-result-timeout = Nessuna risposta in tempo
currency-result-redirects = Troppi reindirizzamenti
currency-result-other = Nessuna risposta
currency-result-redirected = Ora porta a
currency-result-ok = Funziona

## Moderazione: schede da verificare

currency-due-title = Da verificare
currency-due-description = Schede mai verificate presso l’organizzazione stessa, o non da molto tempo.
currency-due-lead = { $count ->
        [one] Schede mai verificate presso l’organizzazione stessa, o verificate l’ultima volta più di un giorno fa, dalla meno recente.
       *[other] Schede mai verificate presso l’organizzazione stessa, o verificate l’ultima volta più di { $count } giorni fa, dalla meno recente.
    }
currency-due-count = { $count ->
        [0] Nessuna è da verificare.
        [one] { $count } scheda è da verificare.
       *[other] { $count } schede sono da verificare.
    }
currency-due-more = { $count ->
        [one] Un’altra è da verificare e comparirà quando queste saranno verificate.
       *[other] Altre { $count } sono da verificare e compariranno quando queste saranno verificate.
    }
currency-due-none = Nessuna scheda è da verificare.
currency-due-never = mai
currency-due-last-checked = Ultima verifica:
currency-due-note = Come hai verificato?
    .hint = Per esempio: per telefono, oppure il loro sito è stato aggiornato quest’anno. Compare nella cronologia delle versioni della scheda.
currency-due-mark = Segna come verificata oggi
currency-check-note-required = Indica come hai verificato la scheda.
currency-already-checked-today = { $name } è già stata segnata come verificata oggi.

## Moderazione: modificare una scheda

currency-edit-reason = Motivo di questa modifica
    .hint = Compare nella cronologia delle versioni della scheda. Necessario se cambi lo stato: viene registrato, con la data, nella cronologia della scheda.
currency-status-reason-required = Hai cambiato lo stato: indica perché in «Motivo di questa modifica», in fondo al modulo.
