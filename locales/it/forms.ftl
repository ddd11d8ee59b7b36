# Il modulo delle organizzazioni (nuove schede, correzioni, modifiche della moderazione)
# e le pagine di chi contribuisce.

## Il riepilogo degli errori in cima al modulo

form-summary-title =
    { $count ->
        [one] C’è una cosa da correggere
       *[other] Ci sono { $count } cose da correggere
    }
form-summary-item = { $field } – { $message }
form-summary-row = { $row }: { $column }

## Parti di ogni campo

form-required = (obbligatorio)
form-error-prefix = Errore:
form-not-known = Non noto

## Le sezioni del modulo

form-section-organisation = L’organizzazione
form-section-work = Che cosa fa
form-section-place = Dove e da quando
form-section-leadership = Chi la guida
form-section-sources = Fonti
form-section-more = Altro: valutazioni, cifre, organizzazioni collegate, cronologia
form-section-visibility = Visibilità

## I campi e le loro indicazioni

form-name = Nome
    .hint = Il nome che usa l’organizzazione.
form-aliases = Altri nomi
    .hint = Sigle, il nome nella sua lingua (con il codice della lingua, per esempio da), nomi precedenti.
form-aliases-name = Nome
form-aliases-language = Codice della lingua
form-aliases-kind = Tipo
form-description = Descrizione
    .hint = Qualche frase: chi sono e che cosa fanno.
form-website = Sito web
    .hint = Per esempio https://www.example.org (puoi omettere https://).
form-categories = Categorie
    .hint = Scegline almeno una.
form-activities = Attività
form-user_profiles = A chi si rivolge
form-countries = Paesi
    .hint = Dove ha sede o dove opera. Lascia vuoto per un’organizzazione mondiale senza una sede.
form-country = Paese { $number }
form-city = Città o zona
form-scope = Ambito di attività
form-founded_year = Anno di fondazione
form-status = Stato
form-ended_year = Anno di chiusura
    .hint = Solo se ha smesso di operare.
form-user_led_degree = In che misura è guidata da persone che usano o hanno usato sostanze?
form-degree_note = Come lo sai?
    .hint = Una frase come prova, per esempio «il suo direttivo è eletto da soci che usano sostanze».
form-sources = Fonti
    .hint = Almeno un link che sostenga questa scheda: le pagine dell’organizzazione stessa, un rapporto, un articolo.
form-sources-url = Indirizzo web
    .hint = Della pagina o del documento, per esempio https://www.example.org/rapporto.
form-sources-title = Titolo
    .hint = Il titolo come compare lì, su una riga, al massimo 200 caratteri.
form-sources-note = Nota
form-evaluations = Valutazioni
    .hint = Studi sul lavoro dell’organizzazione: chi li ha scritti, quando, con quale metodo e che cosa hanno rilevato.
form-evaluations-citation = Citazione, per esempio «Castrignano 2005»
form-evaluations-year = Anno
form-evaluations-design = Disegno dello studio
form-evaluations-sample_size = Dimensione del campione
form-evaluations-finding = Risultato
form-facts = Cifre
    .hint = Numeri sull’organizzazione, con l’anno a cui si riferiscono se lo conosci.
form-facts-label = Che cosa si conta
form-facts-value = Numero
form-facts-year = Anno
form-facts-note = Nota
form-relations = Organizzazioni collegate
    .hint = Altre organizzazioni del registro, indicate con l’ultima parte del loro indirizzo (per esempio jes-network).
form-relations-kind = Relazione
form-relations-target = Organizzazione (parte finale del suo indirizzo)
form-events = Cronologia
    .hint = Eventi datati: quando si è formalizzata, ha cambiato nome, si è fusa o ha chiuso.
form-events-year = Anno
form-events-kind = Che cosa è successo
form-events-note = Descrizione
form-events-source_url = Link alla fonte
form-last_verified = Ultima verifica
    .hint = Quando questa scheda è stata verificata l’ultima volta con l’organizzazione stessa.
form-visibility = Quanto deve essere visibile?
    .hint = Alcune organizzazioni hanno buone ragioni per non farsi vedere.

## I campi di una scheda con il loro nome breve, per il riepilogo degli errori e le tabelle delle modifiche

form-field-slug = Indirizzo (slug)
form-field-name = Nome
form-field-aliases = Altri nomi
form-field-description = Descrizione
form-field-categories = Categorie
form-field-countries = Paesi
form-field-city = Città o zona
form-field-scope = Ambito di attività
form-field-founded_year = Anno di fondazione
form-field-status = Stato
form-field-ended_year = Anno di chiusura
form-field-user_led_degree = Grado di guida da parte di persone che usano sostanze
form-field-degree_note = Prova della guida da parte di persone che usano sostanze
form-field-user_profiles = A chi si rivolge
form-field-activities = Attività
form-field-website = Sito web
form-field-visibility = Visibilità
form-field-last_verified = Ultima verifica
form-field-sources = Fonti
form-field-evaluations = Valutazioni
form-field-facts = Cifre
form-field-relations = Organizzazioni collegate
form-field-events = Cronologia
form-field-note = Nota per la moderazione
form-field-contact_email = La tua email
form-field-form = Il modulo
form-field-record = La scheda
form-field-leave_this_empty = Campo da lasciare vuoto

## La pagina per contribuire: una nuova organizzazione o una correzione

submit-title = Aggiungi un’organizzazione
submit-correction-title = Proponi una correzione a { $name }
submit-description = Contribuisci al registro delle organizzazioni guidate da persone che usano sostanze. Ogni contributo viene verificato prima della pubblicazione.
submit-lead = Raccontaci di un gruppo ideato e gestito da persone che usano o hanno usato sostanze. La moderazione verifica ogni scheda prima di pubblicarla. Non serve un account.
submit-correction-lead = Cambia ciò che è sbagliato o manca, e dicci come lo sai. La moderazione verifica ogni correzione prima di pubblicarla, e la cronologia delle versioni della scheda conserva ciò che diceva prima.
submit-duplicates-title = È una di queste?
submit-duplicates-intro = Il registro contiene già organizzazioni con nomi simili:
submit-duplicates-suggest = proponi invece una correzione a questa
submit-duplicates-outro = Se la tua è un’altra organizzazione, confermalo qui sotto e invia di nuovo il modulo.
submit-confirm-new = È un’organizzazione diversa da quelle elencate sopra
submit-moderators = Per la moderazione
submit-note-correction = Che cosa è cambiato, e come lo sai?
submit-note = Quello che la moderazione dovrebbe sapere
submit-contact = La tua email
    .hint = La vede solo la moderazione, per poterti fare una domanda. Viene cancellata appena si decide sul tuo contributo.
submit-honeypot = Lascia vuoto questo campo
submit-send = Invia per la verifica
submit-send-correction = Invia la correzione

## La pagina a cui torna chi contribuisce con il suo riferimento

received-title = Contributo { $reference }
received-description = Il tuo contributo è in attesa di verifica.
received-pending-title = Grazie: il tuo contributo è in attesa di verifica
received-pending-lead = La moderazione lo verificherà prima della pubblicazione.
received-approved-title = Il tuo contributo è stato pubblicato
received-see-entry = Vedi la scheda
received-rejected-title = Il tuo contributo non è stato pubblicato
received-rejected-lead = La moderazione ha deciso di non pubblicarlo.
received-reference-before = Il tuo riferimento è
received-reference-after = . Conservalo per chiedere notizie del tuo contributo, o torna su questa pagina per vedere se è stata presa una decisione.
received-back = Torna al registro
received-add-another = Aggiungi un’altra organizzazione
