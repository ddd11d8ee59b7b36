# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

lists-title = { $subject } – userled
lists-title-page = { $subject }, pagina { $page } – userled
lists-subject-category = { $category }
lists-subject-place = Organisaties { $place }
lists-subject-category-place = { $category } { $place }
lists-subject-matching = { $subject }: resultaten voor ‘{ $query }’
lists-in-country = { $code ->
        [GB] in het Verenigd Koninkrijk
        [US] in de Verenigde Staten
        [FO] op de Faeröer
        [IM] op het eiland Man
       *[other] in { $country }
    }

## Facets

lists-facet-profile = Voor wie
lists-facet-show-all = Alle { $count } tonen
lists-facet-show-fewer = Minder tonen

## A page number past the last page (404)

lists-past-end-heading = Deze zoekopdracht heeft geen pagina { $page }
lists-past-end-pages = { $count ->
        [one] Deze zoekopdracht heeft één pagina.
       *[other] Deze zoekopdracht heeft { $count } pagina’s.
    }
lists-past-end-link = { $page ->
        [1] Naar de eerste pagina
       *[other] Naar de laatste pagina, pagina { $page }
    }

## A country or category page that finds nothing

lists-elsewhere-intro-place = Organisaties die in heel Europa of internationaal werken, of online bijeenkomen, staan misschien ook open voor mensen { $place }:
lists-elsewhere-intro = Organisaties die in heel Europa of internationaal werken, of online bijeenkomen, staan misschien voor u open:
lists-elsewhere-link = { $count ->
        [one] Eén Europese of internationale organisatie
       *[other] { $count } Europese en internationale organisaties
    }
lists-elsewhere-add-before = Ontbreekt er een organisatie?
lists-elsewhere-add-link = Voeg haar toe aan het register
lists-elsewhere-add-after = .
