# Na ile aktualny jest wpis: sprawdzenia u samej organizacji i stan jej linków
# (`userled check-links`). Strony moderacji i dyskretne uwagi na stronie wpisu.

## Strona wpisu

# Miesiąc w mianowniku, jak w nagłówku kalendarza: „marzec 2026”.
currency-month-year = { $month ->
        [1] styczeń
        [2] luty
        [3] marzec
        [4] kwiecień
        [5] maj
        [6] czerwiec
        [7] lipiec
        [8] sierpień
        [9] wrzesień
        [10] październik
        [11] listopad
       *[other] grudzień
    } { $year }
currency-link-note = { $status ->
        [broken] Ten link zwrócił błąd ({ $code }) przy sprawdzeniu { $date }.
       *[other] Ten link nie odpowiedział przy sprawdzeniu { $date }.
    }

## Moderacja: linki, które nie działały

currency-links-title = Linki, które nie działały
currency-links-description = Strony i źródła, które przy ostatnim sprawdzeniu okazały się uszkodzone, nieosiągalne lub przeniesione.
currency-links-lead = Wynik ostatniego przebiegu sprawdzania linków. Strona, która raz nie odpowiedziała, jutro może odpowiedzieć: sprawdź, zanim zmienisz wpis.
currency-links-failing-heading = Uszkodzone lub nieosiągalne
currency-links-none-failing = Wszystkie sprawdzone linki odpowiedziały.
currency-links-redirected-heading = Przeniesione
currency-links-redirected-lead = Te linki nadal działają, ale prowadzą pod inny adres. Rozważ użycie nowego.
currency-links-none-redirected = Żaden sprawdzony link nie prowadzi gdzie indziej.
currency-links-organisation = Organizacja
currency-links-place = Gdzie
currency-links-address = Link
currency-links-result = Wynik
currency-links-checked = Sprawdzono
currency-place-website = Strona internetowa
currency-place-source = Źródło
currency-place-event = Źródło w historii
currency-result-broken = Błąd { $code }
currency-result-dns = Nie znaleziono nazwy
currency-result-connect = Brak połączenia
currency-result-timeout = Brak odpowiedzi w czasie
currency-result-redirects = Za dużo przekierowań
currency-result-other = Brak odpowiedzi
currency-result-redirected = Prowadzi teraz do
currency-result-ok = Działa

## Moderacja: wpisy do sprawdzenia

currency-due-title = Do sprawdzenia
currency-due-description = Wpisy nigdy niesprawdzone u samej organizacji albo sprawdzone dawno temu.
currency-due-lead = { $count ->
        [one] Wpisy nigdy niesprawdzone u samej organizacji albo ostatnio sprawdzone ponad dzień temu, od najstarszych.
       *[other] Wpisy nigdy niesprawdzone u samej organizacji albo ostatnio sprawdzone ponad { $count } dni temu, od najstarszych.
    }
currency-due-count = { $count ->
        [0] Żaden nie czeka.
        [one] { $count } wpis czeka na sprawdzenie.
        [few] { $count } wpisy czekają na sprawdzenie.
        [many] { $count } wpisów czeka na sprawdzenie.
       *[other] { $count } wpisu czeka na sprawdzenie.
    }
currency-due-more = { $count ->
        [one] Jeszcze { $count } wpis czeka i pojawi się, gdy te zostaną sprawdzone.
        [few] Jeszcze { $count } wpisy czekają i pojawią się, gdy te zostaną sprawdzone.
        [many] Jeszcze { $count } wpisów czeka i pojawi się, gdy te zostaną sprawdzone.
       *[other] Jeszcze { $count } wpisu czeka i pojawi się, gdy te zostaną sprawdzone.
    }
currency-due-none = Żaden wpis nie czeka na sprawdzenie.
currency-due-never = nigdy
currency-due-last-checked = Ostatnio sprawdzono:
currency-due-note = Jak sprawdzono?
    .hint = Na przykład: telefonicznie albo ich własna strona została zaktualizowana w tym roku. Widoczne w historii zmian wpisu.
currency-due-mark = Oznacz jako sprawdzony dziś
currency-check-note-required = Napisz, jak sprawdzono wpis.
currency-already-checked-today = Wpis { $name } został już dziś oznaczony jako sprawdzony.

## Moderacja: edycja wpisu

currency-edit-reason = Powód tej zmiany
    .hint = Widoczny w historii zmian wpisu. Wymagany, gdy zmieniasz status: zostaje zapisany z datą w historii organizacji.
currency-status-reason-required = Zmieniono status: napisz, dlaczego, w polu „Powód tej zmiany” pod formularzem.
