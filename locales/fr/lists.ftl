# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

lists-title = { $subject } – userled
lists-title-page = { $subject }, page { $page } – userled
lists-subject-category = { $category }
lists-subject-place = Organisations { $place }
lists-subject-category-place = { $category } { $place }
lists-subject-matching = { $subject } correspondant à « { $query } »
lists-in-country = { $code ->
        [PT] au Portugal
        [DK] au Danemark
        [LU] au Luxembourg
        [GB] au Royaume-Uni
        [ME] au Monténégro
        [LI] au Liechtenstein
        [VA] au Vatican
        [NL] aux Pays-Bas
        [US] aux États-Unis
        [FO] aux îles Féroé
        [CY] à Chypre
        [MT] à Malte
        [MC] à Monaco
        [SM] à Saint-Marin
        [GI] à Gibraltar
        [JE] à Jersey
        [GG] à Guernesey
        [IM] sur l’île de Man
       *[other] en { $country }
    }

## Facets

lists-facet-profile = Public concerné
lists-facet-show-all = Afficher les { $count }
lists-facet-show-fewer = Afficher moins

## A page number past the last page (404)

lists-past-end-heading = Cette recherche n’a pas de page { $page }
lists-past-end-pages = { $count ->
        [one] Cette recherche tient sur une page.
       *[other] Cette recherche compte { $count } pages.
    }
lists-past-end-link = { $page ->
        [1] Aller à la première page
       *[other] Aller à la dernière page, page { $page }
    }

## A country or category page that finds nothing

lists-elsewhere-intro-place = Des organisations actives dans toute l’Europe ou à l’international, ou qui se réunissent en ligne, sont peut-être aussi ouvertes aux personnes { $place } :
lists-elsewhere-intro = Des organisations actives dans toute l’Europe ou à l’international, ou qui se réunissent en ligne, vous sont peut-être ouvertes :
lists-elsewhere-link = { $count ->
        [one] Une organisation européenne ou internationale
       *[other] { $count } organisations européennes et internationales
    }
lists-elsewhere-add-before = Vous en connaissez une qui manque ?
lists-elsewhere-add-link = Ajoutez-la au registre
lists-elsewhere-add-after = .
