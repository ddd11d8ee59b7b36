# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

lists-title = { $subject } – userled
lists-title-page = { $subject }, página { $page } – userled
lists-subject-category = { $category }
lists-subject-place = Organizaciones { $place }
lists-subject-category-place = { $category } { $place }
lists-subject-matching = { $subject }: resultados para «{ $query }»
lists-in-country = { $code ->
        [GB] en el Reino Unido
        [NL] en los Países Bajos
        [US] en Estados Unidos
        [FO] en las Islas Feroe
        [IM] en la Isla de Man
        [VA] en la Ciudad del Vaticano
       *[other] en { $country }
    }

## Facets

lists-facet-profile = A quién se dirige
lists-facet-show-all = Mostrar las { $count } opciones
lists-facet-show-fewer = Mostrar menos

## A page number past the last page (404)

lists-past-end-heading = Esta búsqueda no tiene página { $page }
lists-past-end-pages = { $count ->
        [one] Esta búsqueda tiene una página.
       *[other] Esta búsqueda tiene { $count } páginas.
    }
lists-past-end-link = { $page ->
        [1] Ir a la primera página
       *[other] Ir a la última página, la { $page }
    }

## A country or category page that finds nothing

lists-elsewhere-intro-place = Las organizaciones que trabajan en toda Europa o a escala internacional, o que se reúnen en línea, quizá estén abiertas también a las personas { $place }:
lists-elsewhere-intro = Las organizaciones que trabajan en toda Europa o a escala internacional, o que se reúnen en línea, quizá estén abiertas a usted:
lists-elsewhere-link = { $count ->
        [one] Una organización europea o internacional
       *[other] { $count } organizaciones europeas e internacionales
    }
lists-elsewhere-add-before = ¿Conoce alguna que falte?
lists-elsewhere-add-link = Añádala al registro
lists-elsewhere-add-after = .
