# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

lists-title = { $subject } – userled
lists-title-page = { $subject }, Seite { $page } – userled
lists-subject-category = { $category }
lists-subject-place = Organisationen { $place }
lists-subject-category-place = { $category } { $place }
lists-subject-matching = { $subject } zu „{ $query }“
lists-in-country = { $code ->
        [CH] in der Schweiz
        [NL] in den Niederlanden
        [GB] im Vereinigten Königreich
        [US] in den Vereinigten Staaten
        [TR] in der Türkei
        [SK] in der Slowakei
        [UA] in der Ukraine
        [MD] in der Republik Moldau
        [VA] in der Vatikanstadt
        [FO] auf den Färöern
        [IM] auf der Isle of Man
       *[other] in { $country }
    }

## Facets

lists-facet-profile = Für wen
lists-facet-show-all = Alle { $count } anzeigen
lists-facet-show-fewer = Weniger anzeigen

## A page number past the last page (404)

lists-past-end-heading = Diese Suche hat keine Seite { $page }
lists-past-end-pages = { $count ->
        [one] Diese Suche hat eine Seite.
       *[other] Diese Suche hat { $count } Seiten.
    }
lists-past-end-link = { $page ->
        [1] Zur ersten Seite
       *[other] Zur letzten Seite, Seite { $page }
    }

## A country or category page that finds nothing

lists-elsewhere-intro-place = Europaweit oder international tätige Organisationen und solche, die sich online treffen, stehen vielleicht auch Menschen { $place } offen:
lists-elsewhere-intro = Europaweit oder international tätige Organisationen und solche, die sich online treffen, stehen Ihnen vielleicht offen:
lists-elsewhere-link = { $count ->
        [one] Eine europaweit oder international tätige Organisation
       *[other] { $count } europaweit oder international tätige Organisationen
    }
lists-elsewhere-add-before = Sie kennen eine, die hier fehlt?
lists-elsewhere-add-link = Tragen Sie sie ins Register ein
lists-elsewhere-add-after = .
