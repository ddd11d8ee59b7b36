# Elenchi dei risultati, filtri, la scheda di un'organizzazione, la sua cronologia, il feed.

## Date

show-date = { $day } { $month ->
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

## L'elenco delle organizzazioni, le pagine di categoria e di paese

list-heading = Organizzazioni
list-description = Cerca nel registro delle organizzazioni guidate da persone che usano sostanze.
list-count = { $count ->
        [one] { $count } organizzazione
       *[other] { $count } organizzazioni
    }
list-count-query = { $count ->
        [one] { $count } organizzazione corrispondente a «{ $query }»
       *[other] { $count } organizzazioni corrispondenti a «{ $query }»
    }
list-counted = { $count ->
        [0] Il registro non ne elenca ancora nessuna.
        [one] Il registro ne elenca una.
       *[other] Il registro ne elenca { $count }.
    }
list-country-intro = { $country }: organizzazioni guidate da persone che usano sostanze, con sede o attività in questo paese.
list-search-label = Cerca per nome, città, attività o fonte
list-search-button = Cerca
list-sort-label = Ordina per
list-sort-apply = Applica
list-results-heading = Risultati
list-jump-to-facets = Restringi o allarga i risultati
list-facets-heading = Restringi o allarga
list-facet-selected = selezionato; selezionalo di nuovo per toglierlo
list-filters-label = Filtri attivi
list-filter = { $name }: { $value }
list-filter-from-words = Dalle parole «{ $words }» della tua ricerca
list-filter-remove = togli questo filtro
list-clear-filters = Togli tutti
list-founded-between = dal { $from } al { $to }
list-founded-from = dal { $from } in poi
list-founded-to = fino al { $to }
list-filter-evaluated = Con una valutazione
list-filter-not-evaluated = Senza valutazione
list-empty-heading = Nessuna organizzazione corrisponde a questa ricerca
list-suggestion-before = Forse cercavi
list-suggestion-after = ?
list-empty-spelling = Controlla l'ortografia, oppure cerca con meno parole o con parole più brevi: l'ultima parola viene cercata dal suo inizio, quindi «narco» trova «Narcotics Anonymous».
list-empty-filters-before = Togli uno dei filtri qui sopra, oppure
list-empty-filters-link = cerca senza filtri
list-empty-filters-after = .
list-empty-browse = Sfoglia tutte le organizzazioni
list-empty-browse-or = { " " }oppure
list-empty-about = leggi che cosa copre il registro
list-empty-about-after = .
list-pages-label = Pagine
list-previous = ← Precedente
list-next = Successiva →
list-page-of = Pagina { $page } di { $count }
list-downloads = Scarica questa ricerca:
list-card-degree = Livello di guida delle persone che usano sostanze:
list-card-founded = Fondata nel { $year }
list-card-discreet = Elencata in modo riservato

## Filtri: i loro nomi

facet-category = Categoria
facet-country = Paese
facet-degree = Livello di guida delle persone che usano sostanze
facet-status = Stato
facet-activity = Attività
facet-decade = Fondazione
facet-scope = Ambito
facet-decade-value = anni { $decade }

## Ordinamenti

sort-relevance = Più pertinenti
sort-name = Nome
sort-founded = Prima le più vecchie
sort-founded-desc = Prima le più recenti
sort-updated = Aggiornate di recente

## La scheda di un'organizzazione

show-title = { $name } – userled
show-description-discreet = { $name } nel registro delle organizzazioni guidate da persone che usano sostanze.
show-citation = «{ $name }». In: userled, il registro delle organizzazioni guidate da persone che usano sostanze. { $url } (scheda aggiornata il { $date }). Licenza: CC BY 4.0.
show-breadcrumb-label = Percorso di navigazione
show-aliases = Conosciuta anche come:
show-countries = Paesi
show-countries-inline = Paesi:
show-city = Città o zona
show-scope = Ambito
show-founded = Fondazione
show-not-known = non nota
show-ended = Chiusura
show-status = Stato
show-degree = Livello di guida delle persone che usano sostanze
show-degree-note-separator = :
show-profiles = Profilo d'uso
show-website = Sito web
show-verified = Ultima verifica
show-not-verified = non ancora verificata presso l'organizzazione stessa
show-activities-heading = Che cosa fa
show-related-heading = Organizzazioni collegate
show-related-member-of = Membro di
show-related-has-member = Ha come membro
show-related-partner-of = Partner di
show-related-founded-by = Fondata da
show-related-founded = Ha fondato
show-related-succeeded-by = Sostituita da
show-related-succeeded = Ha sostituito
show-evaluations-heading = Valutazioni
show-evaluation-participants = { $count ->
        [one] { $count } partecipante
       *[other] { $count } partecipanti
    }
show-figures-heading = In cifre
show-timeline-heading = Cronologia
show-timeline-founded = Fondazione
show-timeline-founded-text = Nasce { $name }.
show-timeline-figure = Dato
show-timeline-figure-text = { $label }: { $value }
show-timeline-evaluation = Valutazione
show-timeline-evaluation-text = { $citation }: { $finding }
show-timeline-ended = Chiusura
show-timeline-ended-text = { $name } cessa le attività.
show-timeline-source = fonte
show-sources-heading = Fonti
show-discreet-notice = Questa organizzazione ha chiesto di essere elencata in modo riservato. Il registro mostra solo il suo nome, le sue categorie e i suoi paesi.
show-cite-heading = Cita questa scheda
show-updated = Ultimo aggiornamento: { $date }.
show-json-before = Disponibile anche in
show-json-after = .
show-improve-heading = Mantieni esatta questa scheda
show-suggest-correction = Proponi una correzione
show-history-link = Vedi la cronologia delle modifiche

## La cronologia delle modifiche di un'organizzazione

history-title = Modifiche a { $name } – userled
history-description = Tutte le modifiche alla scheda di { $name }.
history-heading = Modifiche a { $name }
history-breadcrumb = Cronologia delle modifiche
history-signed-in = Accesso eseguito come
history-queue = Coda
history-edit-entry = Modifica questa scheda
history-discreet-notice = Questa organizzazione è elencata in modo riservato: la cronologia mostra quando la scheda è cambiata, non che cosa è cambiato.
history-empty = Nessuna modifica è stata registrata da quando questa scheda è stata pubblicata.
history-revision = Versione { $number }
history-current = attuale
history-when = { $date }, { $time } UTC
history-revision-meta = { $when } · { $action } · da { $actor } · { $summary }
history-fields-changed = { $count ->
        [one] { $count } campo modificato
       *[other] { $count } campi modificati
    }
history-column-field = Campo
history-column-before = Prima
history-column-after = Dopo
history-restore = Ripristina la versione { $number }
history-action-baseline = Primo stato registrato
history-action-import = Importata
history-action-approval = Contributo approvato
history-action-edit = Modificata dalla moderazione
history-action-restore = Ripristinata
history-summary-approved = Contributo { $reference } approvato
history-summary-restored = Versione { $number } ripristinata
history-summary-edited = Modificata
history-summary-seed = Caricata dai dati iniziali
history-summary-import = Importata da un file del registro
history-summary-baseline = La scheda com'era prima che se ne tenesse la cronologia
history-field-slug = Nome nell'indirizzo
history-field-name = Nome
history-field-aliases = Altri nomi
history-field-description = Descrizione
history-field-categories = Categorie
history-field-countries = Paesi
history-field-city = Città o zona
history-field-scope = Ambito
history-field-founded-year = Fondazione
history-field-status = Stato
history-field-ended-year = Chiusura
history-field-user-led-degree = Livello di guida delle persone che usano sostanze
history-field-degree-note = Motivazione del livello
history-field-user-profiles = Profili d'uso
history-field-activities = Attività
history-field-website = Sito web
history-field-visibility = Visibilità
history-field-last-verified = Ultima verifica
history-field-sources = Fonti
history-field-evaluations = Valutazioni
history-field-facts = Dati
history-field-relations = Organizzazioni collegate
history-field-events = Eventi
history-part = { $part }: { $value }
history-part-name = Nome
history-part-language = Lingua
history-part-kind = Tipo
history-part-url = Indirizzo
history-part-title = Titolo
history-part-note = Nota
history-part-citation = Riferimento
history-part-year = Anno
history-part-design = Disegno dello studio
history-part-sample-size = Dimensione del campione
history-part-finding = Risultato
history-part-label = Etichetta
history-part-value = Valore
history-part-target = Organizzazione
history-part-source-url = Fonte

## Il feed Atom

feed-heading = userled: organizzazioni nuove e modificate
feed-subtitle = Il registro delle organizzazioni guidate da persone che usano sostanze
feed-entry-summary = { $categories } · { $countries }
