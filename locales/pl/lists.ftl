# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

lists-title = { $subject } – userled
lists-title-page = { $subject }, strona { $page } – userled
lists-subject-category = { $category }
lists-subject-place = Organizacje { $place }
lists-subject-category-place = { $category } { $place }
lists-subject-matching = { $subject }: wyniki dla „{ $query }”
lists-in-country = { $code ->
        [AD] w Andorze
        [AL] w Albanii
        [AM] w Armenii
        [AT] w Austrii
        [AZ] w Azerbejdżanie
        [BA] w Bośni i Hercegowinie
        [BE] w Belgii
        [BG] w Bułgarii
        [BY] na Białorusi
        [CH] w Szwajcarii
        [CY] na Cyprze
        [CZ] w Czechach
        [DE] w Niemczech
        [DK] w Danii
        [EE] w Estonii
        [ES] w Hiszpanii
        [FI] w Finlandii
        [FO] na Wyspach Owczych
        [FR] we Francji
        [GB] w Wielkiej Brytanii
        [GE] w Gruzji
        [GG] na Guernsey
        [GI] na Gibraltarze
        [GR] w Grecji
        [HR] w Chorwacji
        [HU] na Węgrzech
        [IE] w Irlandii
        [IM] na Wyspie Man
        [IS] na Islandii
        [IT] we Włoszech
        [JE] na Jersey
        [LI] w Liechtensteinie
        [LT] na Litwie
        [LU] w Luksemburgu
        [LV] na Łotwie
        [MC] w Monako
        [MD] w Mołdawii
        [ME] w Czarnogórze
        [MK] w Macedonii Północnej
        [MT] na Malcie
        [NL] w Holandii
        [NO] w Norwegii
        [PL] w Polsce
        [PT] w Portugalii
        [RO] w Rumunii
        [RS] w Serbii
        [RU] w Rosji
        [SE] w Szwecji
        [SI] w Słowenii
        [SK] na Słowacji
        [SM] w San Marino
        [TR] w Turcji
        [UA] w Ukrainie
        [US] w Stanach Zjednoczonych
        [VA] w Watykanie
       *[other] (kraj: { $country })
    }

## Facets

lists-facet-profile = Dla kogo
lists-facet-show-all = Pokaż wszystkie ({ $count })
lists-facet-show-fewer = Pokaż mniej

## A page number past the last page (404)

lists-past-end-heading = To wyszukiwanie nie ma strony { $page }
lists-past-end-pages = { $count ->
        [one] To wyszukiwanie ma jedną stronę.
        [few] To wyszukiwanie ma { $count } strony.
        [many] To wyszukiwanie ma { $count } stron.
       *[other] To wyszukiwanie ma { $count } strony.
    }
lists-past-end-link = { $page ->
        [1] Przejdź do pierwszej strony
       *[other] Przejdź do ostatniej strony, strony { $page }
    }

## A country or category page that finds nothing

lists-elsewhere-intro-place = Organizacje działające w całej Europie lub na skalę międzynarodową albo spotykające się online mogą być otwarte także dla osób { $place }:
lists-elsewhere-intro = Organizacje działające w całej Europie lub na skalę międzynarodową albo spotykające się online mogą być otwarte dla ciebie:
lists-elsewhere-link = { $count ->
        [one] Jedna organizacja europejska lub międzynarodowa
        [few] { $count } organizacje europejskie i międzynarodowe
        [many] { $count } organizacji europejskich i międzynarodowych
       *[other] { $count } organizacji europejskich i międzynarodowych
    }
lists-elsewhere-add-before = Znasz organizację, której tu brakuje?
lists-elsewhere-add-link = Dodaj ją do rejestru
lists-elsewhere-add-after = .
