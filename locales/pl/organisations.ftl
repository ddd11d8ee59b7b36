# Listy wyników, filtry, strona organizacji, jej historia zmian, kanał Atom.

## Daty

show-date = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[other] grudnia
    } { $year }

## Lista organizacji, strony kategorii i krajów

list-heading = Organizacje
list-description = Przeszukaj rejestr organizacji prowadzonych przez osoby używające narkotyków.
list-count = { $count ->
        [one] { $count } organizacja
        [few] { $count } organizacje
        [many] { $count } organizacji
       *[other] { $count } organizacji
    }
list-count-query = { $count ->
        [one] { $count } organizacja pasująca do „{ $query }”
        [few] { $count } organizacje pasujące do „{ $query }”
        [many] { $count } organizacji pasujących do „{ $query }”
       *[other] { $count } organizacji pasujących do „{ $query }”
    }
list-counted = { $count ->
        [0] W rejestrze nie ma jeszcze żadnej takiej organizacji.
        [one] W rejestrze jest jedna taka organizacja.
        [few] W rejestrze są { $count } takie organizacje.
        [many] W rejestrze jest { $count } takich organizacji.
       *[other] W rejestrze jest { $count } takich organizacji.
    }
list-country-intro = { $country }: organizacje prowadzone przez osoby używające narkotyków, mające siedzibę lub działające w tym kraju.
list-search-label = Szukaj według nazwy, miasta, działalności lub źródła
list-search-button = Szukaj
list-sort-label = Sortuj według
list-sort-apply = Zastosuj
list-results-heading = Wyniki
list-jump-to-facets = Zawęź lub poszerz wyniki
list-facets-heading = Zawęź lub poszerz
list-facet-selected = wybrane; wybierz ponownie, aby usunąć
list-filters-label = Użyte filtry
list-filter = { $name }: { $value }
list-filter-from-words = Ze słów „{ $words }” w wyszukiwaniu
list-filter-remove = usuń ten filtr
list-clear-filters = Wyczyść wszystko
list-founded-between = od { $from } do { $to }
list-founded-from = { $from } lub później
list-founded-to = { $to } lub wcześniej
list-filter-evaluated = Z ewaluacją
list-filter-not-evaluated = Bez ewaluacji
list-empty-heading = Żadna organizacja nie pasuje do tego wyszukiwania
list-suggestion-before = Czy chodziło o
list-suggestion-after = ?
list-empty-spelling = Sprawdź pisownię albo wpisz mniej lub krótsze słowa: ostatnie słowo jest dopasowywane od początku, więc „narco” znajdzie „Narcotics Anonymous”.
list-empty-filters-before = Usuń jeden z filtrów powyżej albo
list-empty-filters-link = szukaj bez filtrów
list-empty-filters-after = .
list-empty-browse = Przeglądaj wszystkie organizacje
list-empty-browse-or = { " " }albo
list-empty-about = przeczytaj, co obejmuje rejestr
list-empty-about-after = .
list-pages-label = Strony
list-previous = ← Poprzednia
list-next = Następna →
list-page-of = Strona { $page } z { $count }
list-downloads = Pobierz wyniki tego wyszukiwania:
list-card-degree = Stopień prowadzenia przez osoby używające narkotyków:
list-card-founded = Założona w { $year } r.
list-card-discreet = Wpis dyskretny

## Filtry: ich nazwy

facet-category = Kategoria
facet-country = Kraj
facet-degree = Stopień prowadzenia przez osoby używające narkotyków
facet-status = Status
facet-activity = Działalność
facet-decade = Rok założenia
facet-scope = Zasięg
facet-decade-value = { $decade }–{ $end }

## Sortowanie

sort-relevance = Najlepiej pasujące
sort-name = Nazwa
sort-founded = Od najstarszych
sort-founded-desc = Od najnowszych
sort-updated = Ostatnio zaktualizowane

## Strona organizacji

show-title = { $name } – userled
show-description-discreet = { $name } w rejestrze organizacji prowadzonych przez osoby używające narkotyków.
show-citation = „{ $name }”. W: userled, rejestr organizacji prowadzonych przez osoby używające narkotyków. { $url } (wpis zaktualizowany { $date }). Licencja: CC BY 4.0.
show-breadcrumb-label = Ścieżka nawigacji
show-aliases = Znana również jako:
show-countries = Kraje
show-countries-inline = Kraje:
show-city = Miasto lub region
show-scope = Zasięg
show-founded = Rok założenia
show-not-known = nieznany
show-ended = Koniec działalności
show-status = Status
show-degree = Stopień prowadzenia przez osoby używające narkotyków
show-degree-note-separator = :
show-profiles = Dla kogo
show-website = Strona internetowa
show-verified = Ostatnio sprawdzono
show-not-verified = jeszcze nie sprawdzono u samej organizacji
show-activities-heading = Czym się zajmuje
show-related-heading = Powiązane organizacje
show-related-member-of = Członek organizacji
show-related-has-member = Organizacja członkowska:
show-related-partner-of = Partner organizacji
show-related-founded-by = Założona przez
show-related-founded = Założyła organizację
show-related-succeeded-by = Następca:
show-related-succeeded = Poprzednik:
show-evaluations-heading = Ewaluacje
show-evaluation-participants = { $count ->
        [one] { $count } osoba uczestnicząca
        [few] { $count } osoby uczestniczące
        [many] { $count } osób uczestniczących
       *[other] { $count } osoby uczestniczącej
    }
show-figures-heading = W liczbach
show-timeline-heading = Oś czasu
show-timeline-founded = Założenie
show-timeline-founded-text = Powstaje { $name }.
show-timeline-figure = Liczba
show-timeline-figure-text = { $label }: { $value }
show-timeline-evaluation = Ewaluacja
show-timeline-evaluation-text = { $citation }: { $finding }
show-timeline-ended = Koniec działalności
show-timeline-ended-text = { $name } kończy działalność.
show-timeline-source = źródło
show-sources-heading = Źródła
show-discreet-notice = Ta organizacja poprosiła o dyskretny wpis. Rejestr pokazuje tylko jej nazwę, kategorie i kraje.
show-cite-heading = Jak cytować ten wpis
show-updated = Ostatnia aktualizacja: { $date }.
show-json-before = Dostępny także jako
show-json-after = .
show-improve-heading = Pomóż utrzymać ten wpis w zgodzie z prawdą
show-suggest-correction = Zaproponuj poprawkę
show-history-link = Zobacz historię zmian

## Historia zmian organizacji

history-title = Historia zmian: { $name } – userled
history-description = Wszystkie zmiany we wpisie: { $name }.
history-heading = Historia zmian: { $name }
history-breadcrumb = Historia zmian
history-signed-in = Zalogowano jako
history-queue = Kolejka
history-edit-entry = Edytuj ten wpis
history-discreet-notice = Ta organizacja ma wpis dyskretny: historia pokazuje, kiedy wpis się zmieniał, ale nie co się zmieniło.
history-empty = Od pierwszej publikacji tego wpisu nie odnotowano żadnej zmiany.
history-revision = Wersja { $number }
history-current = bieżąca
history-when = { $date }, { $time } UTC
history-revision-meta = { $when } · { $action } · autor: { $actor } · { $summary }
history-fields-changed = { $count ->
        [one] Zmieniono { $count } pole
        [few] Zmieniono { $count } pola
        [many] Zmieniono { $count } pól
       *[other] Zmieniono { $count } pola
    }
history-column-field = Pole
history-column-before = Przed
history-column-after = Po
history-restore = Przywróć wersję { $number }
history-action-baseline = Najwcześniejszy zapisany stan
history-action-import = Zaimportowano
history-action-approval = Zatwierdzono zgłoszenie
history-action-edit = Edycja przez moderację
history-action-restore = Przywrócono
history-summary-approved = Zatwierdzono zgłoszenie { $reference }
history-summary-restored = Przywrócono wersję { $number }
history-summary-edited = Edytowano
history-summary-seed = Wczytano z danych początkowych
history-summary-import = Zaimportowano z pliku rejestru
history-summary-baseline = Wpis w stanie sprzed prowadzenia historii zmian
history-field-slug = Nazwa w adresie
history-field-name = Nazwa
history-field-aliases = Inne nazwy
history-field-description = Opis
history-field-categories = Kategorie
history-field-countries = Kraje
history-field-city = Miasto lub region
history-field-scope = Zasięg
history-field-founded-year = Rok założenia
history-field-status = Status
history-field-ended-year = Koniec działalności
history-field-user-led-degree = Stopień prowadzenia przez osoby używające narkotyków
history-field-degree-note = Uzasadnienie stopnia
history-field-user-profiles = Używane substancje
history-field-activities = Działalność
history-field-website = Strona internetowa
history-field-visibility = Widoczność
history-field-last-verified = Ostatnio sprawdzono
history-field-sources = Źródła
history-field-evaluations = Ewaluacje
history-field-facts = Liczby
history-field-relations = Powiązane organizacje
history-field-events = Wydarzenia
history-part = { $part }: { $value }
history-part-name = Nazwa
history-part-language = Język
history-part-kind = Rodzaj
history-part-url = Adres
history-part-title = Tytuł
history-part-note = Uwaga
history-part-citation = Opis bibliograficzny
history-part-year = Rok
history-part-design = Metoda badania
history-part-sample-size = Liczebność próby
history-part-finding = Wynik
history-part-label = Nazwa
history-part-value = Wartość
history-part-target = Organizacja
history-part-source-url = Źródło

## Kanał Atom

feed-heading = userled: nowe i zmienione organizacje
feed-subtitle = Rejestr organizacji prowadzonych przez osoby używające narkotyków
feed-entry-summary = { $categories } · { $countries }
