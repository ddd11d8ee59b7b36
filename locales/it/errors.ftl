# Pagine di errore, documenti di problema dell’API, messaggi di convalida e dei parametri di ricerca.
# I messaggi di un campo compaiono accanto al campo e quindi non lo nominano.

## La pagina di errore

error-page-title = { $title } – userled
error-status = Errore { $status }
error-search-instead = Cerca invece nel registro
error-link-home = Pagina iniziale
error-link-organisations = Tutte le organizzazioni
error-link-about = Informazioni sul registro

## Tipi di problema

problem-invalid-parameter = Parametro non valido
problem-not-found = Non trovato
problem-invalid-record = Scheda non valida
problem-forbidden = Non consentito
problem-conflict = Conflitto
problem-unsupported-media-type = Formato non supportato
problem-too-many-requests = Troppe richieste
problem-internal-error = Qualcosa è andato storto da parte nostra

## Che cosa è andato storto

error-too-many-requests =
    { $count ->
        [one] Attendi { $count } secondo e riprova.
       *[other] Attendi { $count } secondi e riprova.
    }
error-internal = Non è stato possibile completare la richiesta. L’errore è stato registrato; riprova più tardi.
error-form-expired = Questo modulo è scaduto o non proviene da questo sito. Ricarica la pagina e invialo di nuovo.
error-json-only = Invia il contributo come application/json.
error-nothing-here = All’indirizzo { $path } non c’è nulla.
error-no-file = Non esiste il file «{ $file }».
error-no-icon = Nessuna icona.
error-no-category = Non esiste la categoria «{ $slug }».
error-no-country = Non esiste il paese «{ $code }».
error-no-organisation = Nel registro non c’è nessuna organizzazione «{ $slug }».
error-no-organisation-short = Non esiste l’organizzazione «{ $slug }».
error-no-revision = L’organizzazione «{ $slug }» non ha una versione { $number }.
error-discreet-correction = La scheda «{ $slug }» è pubblicata in forma riservata; le correzioni vanno inviate direttamente a chi modera il registro.
error-no-submission = Non esiste il contributo { $reference }.
error-already-decided = Sul contributo { $reference } è già stata presa una decisione.
error-correction-target-gone = L’organizzazione a cui si riferiva questa correzione non esiste più.
error-no-free-slug = Nessun identificativo (slug) libero per «{ $slug }».

## Parametri di ricerca

param-repeated = è indicato più di una volta
param-unknown = «{ $name }» non è un parametro di ricerca; quelli possibili sono: { $known }
param-too-long = supera i { $max } caratteri
param-not-year = «{ $value }» non è un anno
param-not-boolean = «{ $value }» non è né true né false
param-page = «{ $value }» non è un numero di pagina (1 o più)
param-per-page = «{ $value }» non è un numero da 1 a { $max }

## Valori

field-unknown-value = valore sconosciuto «{ $value }»; valori possibili: { $expected }
field-country-malformed = «{ $value }» non è un codice ISO 3166-1 alpha-2 (due lettere maiuscole, per esempio DK)
field-country-unassigned =
    «{ $value }» non è un codice paese ISO 3166-1 assegnato{ $value ->
        [UK] ; il codice del Regno Unito è GB
        [EL] ; il codice della Grecia è GR
       *[other] {""}
    }
field-year-range = { $value } non è un anno compreso tra { $earliest } e { $latest }
field-not-whole-number = «{ $value }» non è un numero intero
field-not-positive = { $value } non è un numero intero positivo
field-slug-invalid = «{ $value }» non è un identificativo (slug) valido: usa lettere minuscole e cifre unite da singoli trattini, al massimo { $max } caratteri
field-url-too-long = un indirizzo web può avere al massimo { $max } caratteri
field-url-not-web = «{ $value }» non è un indirizzo web: deve iniziare con http:// o https://
field-url-invalid = «{ $value }» non è un indirizzo web valido ({ $reason })
field-language-code = «{ $value }» non è un codice lingua ISO 639 (due o tre lettere minuscole, per esempio da)
field-date = «{ $value }» non è una data nel formato AAAA-MM-GG
field-date-future = { $value } è una data futura
field-email-invalid = «{ $value }» non è un indirizzo email

## I campi della scheda

field-required = è obbligatorio
field-control-characters = non deve contenere caratteri di controllo
field-too-long = è lungo { $length } caratteri; ne sono ammessi al massimo { $max }
field-too-many = al massimo { $max } voci
field-not-in-record = non è un campo della scheda di un’organizzazione
field-incomplete = è incompleta
field-slug-underivable = non si può ricavare dal nome; indicane uno
field-categories-required = scegli almeno una categoria
field-ended-before-founded = { $ended } è precedente all’anno di fondazione { $founded }
field-ended-but-active = un’organizzazione con un anno di chiusura non può essere attiva
field-degree-required = è obbligatorio (scegli «{ degree-unclear }» se le fonti non lo dicono)
field-sources-required = indica almeno una fonte: un link che confermi questa scheda
field-language-required = è obbligatoria per un nome nella lingua originale
field-relation-to-itself = un’organizzazione non può essere collegata a sé stessa
field-relation-twice = questo collegamento compare due volte
field-relation-missing = nel registro non c’è nessuna organizzazione «{ $slug }»
field-event-year =
    { $year } non corrisponde all’{ $other ->
        [founded_year] anno di fondazione
       *[other] anno di chiusura
    } { $expected }

## Contributi e moderazione

field-note-required = spiega che cosa è cambiato e come lo sai
field-note-too-long = al massimo { $max } caratteri
field-correction-target = non c’è nessuna organizzazione «{ $slug }» da correggere
field-reason-required = indica un motivo; verrà registrato
field-honeypot = deve restare vuoto

## Un contenuto o un modulo illeggibile

field-json-invalid = non è JSON valido: { $reason }
field-json-object = deve essere un oggetto JSON
field-json-string = deve essere una stringa di testo
field-json-unreadable = non si può leggere: { $reason }
field-form-unreadable = non si può leggere: { $reason }
