# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

lists-title = { $subject } – userled
lists-title-page = { $subject }, pagina { $page } – userled
lists-subject-category = { $category }
lists-subject-place = Organizzazioni { $place }
lists-subject-category-place = { $category } { $place }
lists-subject-matching = { $subject }: risultati per «{ $query }»
lists-in-country = { $code ->
        [NL] nei Paesi Bassi
        [GB] nel Regno Unito
        [US] negli Stati Uniti
        [LI] nel Liechtenstein
        [CY] a Cipro
        [MT] a Malta
        [MC] a Monaco
        [SM] a San Marino
        [GI] a Gibilterra
        [JE] a Jersey
        [GG] a Guernsey
        [VA] nella Città del Vaticano
        [FO] nelle Isole Fær Øer
        [IM] sull’Isola di Man
       *[other] in { $country }
    }

## Facets

lists-facet-profile = A chi si rivolge
lists-facet-show-all = Mostra tutte le { $count } voci
lists-facet-show-fewer = Mostra meno

## A page number past the last page (404)

lists-past-end-heading = Questa ricerca non ha una pagina { $page }
lists-past-end-pages = { $count ->
        [one] Questa ricerca ha una sola pagina.
       *[other] Questa ricerca ha { $count } pagine.
    }
lists-past-end-link = { $page ->
        [1] Vai alla prima pagina
       *[other] Vai all’ultima pagina, la { $page }
    }

## A country or category page that finds nothing

lists-elsewhere-intro-place = Le organizzazioni che operano in tutta Europa o a livello internazionale, o che si incontrano online, potrebbero essere aperte anche alle persone { $place }:
lists-elsewhere-intro = Le organizzazioni che operano in tutta Europa o a livello internazionale, o che si incontrano online, potrebbero essere aperte a te:
lists-elsewhere-link = { $count ->
        [one] Un’organizzazione europea o internazionale
       *[other] { $count } organizzazioni europee e internazionali
    }
lists-elsewhere-add-before = Ne conosci una che manca?
lists-elsewhere-add-link = Aggiungila al registro
lists-elsewhere-add-after = .
