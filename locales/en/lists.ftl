# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

# $subject: what the search is (see below). The site's name follows.
lists-title = { $subject } – userled
# Past the first page. $subject: what the search is; $page: the page's number.
lists-title-page = { $subject }, page { $page } – userled
# One category. $category: its label (Harm reduction).
lists-subject-category = { $category }
# One country. $place: the country as lists-in-country writes it (in Germany).
lists-subject-place = Organisations { $place }
# One category in one country: “Harm reduction in Germany”.
lists-subject-category-place = { $category } { $place }
# Words searched for. $subject: any of the above, or “Organisations”; $query: the words.
lists-subject-matching = { $subject } matching “{ $query }”
# A country after a noun: “in Germany”. $code: its ISO code (choose the preposition, article or
# case by it); $country: its name.
lists-in-country = { $code ->
        [GB] in the United Kingdom
        [NL] in the Netherlands
        [US] in the United States
        [FO] in the Faroe Islands
        [IM] on the Isle of Man
       *[other] in { $country }
    }

## Facets

# The facet of user profiles: whom an organisation serves.
lists-facet-profile = Who it serves
# A link under a long facet that shows its every value. $count: how many values it has.
lists-facet-show-all = Show all { $count }
# The link that shows only the top values again.
lists-facet-show-fewer = Show fewer

## A page number past the last page (404)

# $page: the page number asked for.
lists-past-end-heading = There is no page { $page } of this search
# $count: how many pages the search has.
lists-past-end-pages = { $count ->
        [one] This search has one page.
       *[other] This search has { $count } pages.
    }
# The link to the search's last page. $page: its number.
lists-past-end-link = { $page ->
        [1] Go to the first page
       *[other] Go to the last page, page { $page }
    }

## A country or category page that finds nothing

# $place: the country as lists-in-country writes it (in Germany).
lists-elsewhere-intro-place = Organisations that work across Europe or worldwide, or meet online, may be open to people { $place } as well:
lists-elsewhere-intro = Organisations that work across Europe or worldwide, or meet online, may be open to you:
# A link to the European and international organisations. $count: how many there are.
lists-elsewhere-link = { $count ->
        [one] One European or international organisation
       *[other] { $count } European and international organisations
    }
# “Know one that is missing? Add it to the registry.”, the middle part a link to the form.
lists-elsewhere-add-before = Know one that is missing?
lists-elsewhere-add-link = Add it to the registry
lists-elsewhere-add-after = .
