# Formularz organizacji według wzorców GOV.UK Design System.

## Oznaczenia i zasady

form-optional-mark = (opcjonalnie)
form-optional-rule = Odpowiedz na każde pytanie, które nie jest oznaczone jako (opcjonalnie).

## Powtarzalne listy

form-row-aliases = Inna nazwa { $number }
form-row-sources = Źródło { $number }
form-row-evaluations = Ewaluacja { $number }
form-row-facts = Liczba { $number }
form-row-relations = Powiązana organizacja { $number }
form-row-events = Wydarzenie { $number }
form-remove = Usuń
form-add-aliases =
    { $count ->
        [0] Dodaj nazwę
       *[other] Dodaj kolejną nazwę
    }
form-add-countries = Dodaj kolejny kraj
form-add-sources = Dodaj kolejne źródło
form-add-evaluations =
    { $count ->
        [0] Dodaj ewaluację
       *[other] Dodaj kolejną ewaluację
    }
form-add-facts =
    { $count ->
        [0] Dodaj liczbę
       *[other] Dodaj kolejną liczbę
    }
form-add-relations =
    { $count ->
        [0] Dodaj powiązaną organizację
       *[other] Dodaj kolejną powiązaną organizację
    }
form-add-events =
    { $count ->
        [0] Dodaj wydarzenie
       *[other] Dodaj kolejne wydarzenie
    }
submit-confirm-send = Potwierdź i wyślij

## Komunikaty o błędach

form-error-name-required = Wpisz nazwę organizacji
form-error-description-required = Wpisz opis organizacji
form-error-degree_note-required = Napisz w jednym zdaniu, skąd wiesz, w jakim stopniu prowadzą ją osoby używające narkotyków
form-error-aliases-name-required = Wpisz inną nazwę albo usuń ten wiersz
form-error-sources-title-required = Wpisz tytuł źródła w brzmieniu stamtąd
form-error-evaluations-citation-required = Wpisz przypis ewaluacji albo usuń ten wiersz
form-error-evaluations-finding-required = Wpisz, co wykazała ewaluacja
form-error-facts-label-required = Wpisz, co liczy ta liczba, albo usuń ten wiersz
form-error-facts-value-required = Wpisz liczbę cyframi
form-error-events-year-required = Wpisz rok wydarzenia
form-error-events-note-required = Opisz wydarzenie w kilku słowach
form-error-required = Wypełnij to pole albo usuń jego wiersz
form-error-url = Wpisz adres strony zaczynający się od https://
form-error-url-too-long = Wpisz adres strony o długości najwyżej { $max } znaków
form-error-year-number = Wpisz rok cyframi, na przykład 1994
form-error-number = Wpisz liczbę całkowitą, na przykład 120
form-error-year-range = Wpisz rok od { $earliest } do { $latest }
form-error-not-positive = Wpisz liczbę większą od 0
form-error-choose = Wybierz jedną z podanych możliwości
form-error-relation-target = Wpisz ostatnią część adresu organizacji w rejestrze, na przykład jes-network
form-error-language-code = Wpisz język jako kod z dwóch lub trzech małych liter, na przykład da dla duńskiego
form-error-language-required = Wpisz kod języka tej nazwy, na przykład da dla duńskiego
form-error-date = Wpisz datę jako rok, miesiąc i dzień, na przykład 2026-03-14
form-error-date-future = Wpisz datę dzisiejszą lub z przeszłości
form-error-email = Wpisz adres e-mail, na przykład imie@example.org, albo zostaw pole puste
form-error-control-characters = Usuń niewidoczne znaki sterujące skopiowane razem z tekstem
form-error-too-long = Skróć to do najwyżej { $max } znaków
form-error-too-many = Podaj najwyżej { $max }
form-error-name-letters = Wpisz nazwę zawierającą litery lub cyfry
form-error-categories-required = Wybierz co najmniej jedną kategorię
form-error-ended-before-founded = Wpisz rok zakończenia nie wcześniejszy niż rok założenia ({ $founded })
form-error-ended-but-active = Wybierz status inny niż aktywna albo zostaw rok zakończenia pusty
form-error-degree-required = Wybierz, w jakim stopniu prowadzą ją osoby używające narkotyków (Niejasne, jeśli źródła tego nie mówią)
form-error-sources-required = Podaj co najmniej jedno źródło: adres i tytuł strony, która potwierdza ten wpis
form-error-relation-to-itself = Wpisz inną organizację: organizacja nie może być powiązana sama ze sobą
form-error-relation-twice = Usuń ten wiersz: to samo powiązanie jest już wyżej
form-error-relation-missing = Wpisz adres organizacji z rejestru: pod { $slug } nie ma żadnej
form-error-event-year =
    { $other ->
        [founded_year] Wpisz { $expected }, rok założenia, albo zmień tamten rok
       *[other] Wpisz { $expected }, rok zakończenia, albo zmień tamten rok
    }
form-error-note-required = Napisz, co się zmieniło i skąd to wiesz
form-error-correction-target = Organizacji { $slug } nie ma już w rejestrze: dodaj ją raczej jako nową
form-error-reason-required = Napisz, dlaczego wprowadzasz tę zmianę
form-error-honeypot = Zostaw to pole puste
form-error-unreadable = Nie udało się odczytać części formularza: sprawdź, co wpisano, i wyślij go ponownie
