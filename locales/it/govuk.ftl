# Il modulo delle organizzazioni secondo i modelli del GOV.UK Design System.

## Indicazioni e regole

form-optional-mark = (facoltativo)
form-optional-rule = Rispondi a ogni domanda non indicata come (facoltativo).

## Elenchi ripetibili

form-row-aliases = Altro nome { $number }
form-row-sources = Fonte { $number }
form-row-evaluations = Valutazione { $number }
form-row-facts = Dato { $number }
form-row-relations = Organizzazione collegata { $number }
form-row-events = Evento { $number }
form-remove = Rimuovi
form-add-aliases =
    { $count ->
        [0] Aggiungi un nome
       *[other] Aggiungi un altro nome
    }
form-add-countries = Aggiungi un altro paese
form-add-sources = Aggiungi un’altra fonte
form-add-evaluations =
    { $count ->
        [0] Aggiungi una valutazione
       *[other] Aggiungi un’altra valutazione
    }
form-add-facts =
    { $count ->
        [0] Aggiungi un dato
       *[other] Aggiungi un altro dato
    }
form-add-relations =
    { $count ->
        [0] Aggiungi un’organizzazione collegata
       *[other] Aggiungi un’altra organizzazione collegata
    }
form-add-events =
    { $count ->
        [0] Aggiungi un evento
       *[other] Aggiungi un altro evento
    }
submit-confirm-send = Conferma e invia

## Messaggi di errore

form-error-name-required = Inserisci il nome dell’organizzazione
form-error-description-required = Inserisci una descrizione dell’organizzazione
form-error-degree_note-required = Di’ in una frase come sai quanto è guidata da persone che usano sostanze
form-error-aliases-name-required = Inserisci l’altro nome, oppure rimuovi questa riga
form-error-sources-title-required = Inserisci il titolo della fonte, come compare lì
form-error-evaluations-citation-required = Inserisci la citazione della valutazione, oppure rimuovi questa riga
form-error-evaluations-finding-required = Inserisci che cosa ha rilevato la valutazione
form-error-facts-label-required = Inserisci che cosa conta il dato, oppure rimuovi questa riga
form-error-facts-value-required = Inserisci il dato come numero
form-error-events-year-required = Inserisci l’anno dell’evento
form-error-events-note-required = Descrivi l’evento in poche parole
form-error-required = Compila questo campo, oppure rimuovi la sua riga
form-error-url = Inserisci un indirizzo web che inizi con https://
form-error-url-too-long = Inserisci un indirizzo web di al massimo { $max } caratteri
form-error-year-number = Inserisci l’anno in cifre, per esempio 1994
form-error-number = Inserisci un numero intero, per esempio 120
form-error-year-range = Inserisci un anno tra il { $earliest } e il { $latest }
form-error-not-positive = Inserisci un numero maggiore di 0
form-error-choose = Scegli una delle opzioni elencate
form-error-relation-target = Inserisci l’ultima parte dell’indirizzo dell’organizzazione nel registro, per esempio jes-network
form-error-language-code = Inserisci la lingua con il suo codice di due o tre lettere minuscole, per esempio da per il danese
form-error-language-required = Inserisci il codice della lingua di questo nome, per esempio da per il danese
form-error-date = Inserisci la data come anno, mese e giorno, per esempio 2026-03-14
form-error-date-future = Inserisci una data di oggi o del passato
form-error-email = Inserisci un indirizzo email come nome@example.org, oppure lascia il campo vuoto
form-error-control-characters = Rimuovi i caratteri di controllo invisibili copiati con il testo
form-error-too-long = Accorcia il testo a non più di { $max } caratteri
form-error-too-many = Indicane non più di { $max }
form-error-name-letters = Inserisci un nome che contenga lettere o cifre
form-error-categories-required = Scegli almeno una categoria
form-error-ended-before-founded = Inserisci un anno di chiusura non precedente all’anno di fondazione ({ $founded })
form-error-ended-but-active = Scegli uno stato diverso da attiva, oppure lascia vuoto l’anno di chiusura
form-error-degree-required = Scegli quanto è guidata da persone che usano sostanze (Non chiaro se le fonti non lo dicono)
form-error-sources-required = Indica almeno una fonte: l’indirizzo web e il titolo di una pagina che sostiene questa scheda
form-error-relation-to-itself = Inserisci un’altra organizzazione: un’organizzazione non può essere collegata a sé stessa
form-error-relation-twice = Rimuovi questa riga: lo stesso collegamento è già indicato sopra
form-error-relation-missing = Inserisci l’indirizzo di un’organizzazione del registro: a { $slug } non ce n’è nessuna
form-error-event-year =
    { $other ->
        [founded_year] Inserisci { $expected }, l’anno di fondazione, oppure cambia quell’anno
       *[other] Inserisci { $expected }, l’anno di chiusura, oppure cambia quell’anno
    }
form-error-note-required = Di’ che cosa è cambiato e come lo sai
form-error-correction-target = L’organizzazione { $slug } non è più nel registro: aggiungila invece come nuova
form-error-reason-required = Di’ perché fai questa modifica
form-error-honeypot = Lascia vuoto questo campo
form-error-unreadable = Non è stato possibile leggere una parte del modulo: controlla che cosa hai inserito e invialo di nuovo
