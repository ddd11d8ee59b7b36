# Strony błędów, dokumenty problemów w API, komunikaty walidacji i parametrów wyszukiwania.
# Komunikat pola pojawia się obok niego, więc go nie nazywa.

## Strona błędu

error-page-title = { $title } – userled
error-status = Błąd { $status }
error-search-instead = Zamiast tego przeszukaj rejestr
error-link-home = Strona główna
error-link-organisations = Wszystkie organizacje
error-link-about = O rejestrze

## Rodzaje problemów

problem-invalid-parameter = Nieprawidłowy parametr
problem-not-found = Nie znaleziono
problem-invalid-record = Nieprawidłowy wpis
problem-forbidden = Niedozwolone
problem-conflict = Konflikt
problem-unsupported-media-type = Nieobsługiwany format
problem-too-many-requests = Zbyt wiele żądań
problem-internal-error = Coś poszło nie tak po naszej stronie

## Co poszło nie tak

error-too-many-requests =
    { $count ->
        [one] Prosimy odczekać { $count } sekundę i spróbować ponownie.
        [few] Prosimy odczekać { $count } sekundy i spróbować ponownie.
        [many] Prosimy odczekać { $count } sekund i spróbować ponownie.
       *[other] Prosimy odczekać { $count } sekundy i spróbować ponownie.
    }
error-internal = Nie udało się zrealizować żądania. Błąd został zapisany; prosimy spróbować ponownie później.
error-form-expired = Ten formularz wygasł albo nie pochodzi z tej strony. Prosimy odświeżyć stronę i wysłać go ponownie.
error-json-only = Zgłoszenie należy wysłać jako application/json.
error-nothing-here = Pod adresem { $path } nic nie ma.
error-no-file = Nie ma pliku „{ $file }”.
error-no-icon = Brak ikony.
error-no-category = Nie ma kategorii „{ $slug }”.
error-no-country = Nie ma kraju „{ $code }”.
error-no-organisation = W rejestrze nie ma organizacji „{ $slug }”.
error-no-organisation-short = Nie ma organizacji „{ $slug }”.
error-no-revision = Organizacja „{ $slug }” nie ma wersji { $number }.
error-discreet-correction = Wpis „{ $slug }” jest pokazywany dyskretnie; poprawki do niego należy przesyłać bezpośrednio moderatorom.
error-no-submission = Nie ma zgłoszenia { $reference }.
error-already-decided = W sprawie zgłoszenia { $reference } podjęto już decyzję.
error-correction-target-gone = Organizacja, której dotyczyła ta poprawka, już nie istnieje.
error-no-free-slug = Brak wolnego identyfikatora (slug) dla „{ $slug }”.

## Parametry wyszukiwania

param-repeated = podano więcej niż raz
param-unknown = „{ $name }” nie jest parametrem wyszukiwania; dostępne parametry: { $known }
param-too-long =
    ma więcej niż { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }
param-not-year = „{ $value }” nie jest rokiem
param-not-boolean = „{ $value }” nie jest wartością true ani false
param-page = „{ $value }” nie jest numerem strony (1 lub więcej)
param-per-page = „{ $value }” nie jest liczbą od 1 do { $max }

## Wartości

field-unknown-value = nieznana wartość „{ $value }”; dozwolone wartości: { $expected }
field-country-malformed = „{ $value }” nie jest kodem ISO 3166-1 alfa-2 (dwie wielkie litery, np. DK)
field-country-unassigned =
    „{ $value }” nie jest przydzielonym kodem kraju ISO 3166-1{ $value ->
        [UK] ; Wielka Brytania ma kod GB
        [EL] ; Grecja ma kod GR
       *[other] {""}
    }
field-year-range = { $value } nie jest rokiem z zakresu od { $earliest } do { $latest }
field-not-whole-number = „{ $value }” nie jest liczbą całkowitą
field-not-positive = { $value } nie jest dodatnią liczbą całkowitą
field-slug-invalid =
    „{ $value }” nie jest prawidłowym identyfikatorem (slug): należy użyć małych liter i cyfr połączonych pojedynczymi łącznikami, najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }
field-url-too-long =
    adres internetowy może mieć najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }
field-url-not-web = „{ $value }” nie jest adresem internetowym: musi zaczynać się od http:// lub https://
field-url-invalid = „{ $value }” nie jest prawidłowym adresem internetowym ({ $reason })
field-language-code = „{ $value }” nie jest kodem języka ISO 639 (dwie lub trzy małe litery, np. da)
field-date = „{ $value }” nie jest datą w formacie RRRR-MM-DD
field-date-future = { $value } to data z przyszłości
field-email-invalid = „{ $value }” nie jest adresem e-mail

## Pola wpisu

field-required = to pole jest wymagane
field-control-characters = nie może zawierać znaków sterujących
field-too-long =
    ma { $length } { $length ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }; dozwolone jest najwyżej { $max }
field-too-many =
    najwyżej { $max } { $max ->
        [one] pozycja
        [few] pozycje
        [many] pozycji
       *[other] pozycji
    }
field-not-in-record = nie jest polem wpisu organizacji
field-incomplete = jest niekompletny
field-slug-underivable = nie da się go utworzyć z nazwy; podaj własny
field-categories-required = wybierz co najmniej jedną kategorię
field-ended-before-founded = { $ended } to rok wcześniejszy niż rok założenia { $founded }
field-ended-but-active = organizacja z rokiem zakończenia działalności nie może być aktywna
field-degree-required = to pole jest wymagane (wybierz „{ degree-unclear }”, jeśli źródła tego nie podają)
field-sources-required = podaj co najmniej jedno źródło: link potwierdzający ten wpis
field-language-required = to pole jest wymagane przy nazwie w języku oryginalnym
field-relation-to-itself = organizacja nie może być powiązana sama ze sobą
field-relation-twice = to powiązanie podano dwa razy
field-relation-missing = w rejestrze nie ma organizacji „{ $slug }”
field-event-year =
    { $year } nie zgadza się z { $other ->
        [founded_year] rokiem założenia
       *[other] rokiem zakończenia działalności
    } { $expected }

## Zgłoszenia i moderacja

field-note-required = napisz, co się zmieniło i skąd o tym wiesz
field-note-too-long =
    najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }
field-correction-target = nie ma organizacji „{ $slug }”, którą można by poprawić
field-reason-required = podaj powód; zostanie zapisany
field-honeypot = musi pozostać puste

## Treść lub formularz, których nie da się odczytać

field-json-invalid = to nie jest prawidłowy JSON: { $reason }
field-json-object = musi być obiektem JSON
field-json-string = musi być ciągiem znaków
field-json-unreadable = nie da się odczytać: { $reason }
field-form-unreadable = nie da się odczytać: { $reason }
