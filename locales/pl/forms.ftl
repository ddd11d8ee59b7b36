# Formularz organizacji (nowe wpisy, poprawki, edycje moderatorów) i strony osób zgłaszających.

## Podsumowanie błędów nad formularzem

form-summary-title =
    { $count ->
        [one] Jedna rzecz wymaga poprawienia
        [few] { $count } rzeczy wymagają poprawienia
        [many] { $count } rzeczy wymaga poprawienia
       *[other] { $count } rzeczy wymaga poprawienia
    }
form-summary-item = { $field } – { $message }
form-summary-row = { $row }: { $column }

## Części każdego pola

form-required = (wymagane)
form-error-prefix = Błąd:
form-not-known = Nie wiadomo

## Sekcje formularza

form-section-organisation = Organizacja
form-section-work = Czym się zajmuje
form-section-place = Gdzie i od kiedy
form-section-leadership = Kto nią kieruje
form-section-sources = Źródła
form-section-more = Więcej: ewaluacje, liczby, powiązane organizacje, historia
form-section-visibility = Widoczność

## Pola i ich wskazówki

form-name = Nazwa
    .hint = Nazwa, której używa organizacja.
form-aliases = Inne nazwy
    .hint = Skróty, nazwa w jej własnym języku (z kodem języka, np. da), dawne nazwy.
form-aliases-name = Nazwa
form-aliases-language = Kod języka
form-aliases-kind = Rodzaj
form-description = Opis
    .hint = Kilka zdań: kim są i czym się zajmują.
form-website = Strona internetowa
    .hint = Na przykład https://www.example.org (https:// można pominąć).
form-categories = Kategorie
    .hint = Wybierz co najmniej jedną.
form-activities = Działania
form-user_profiles = Do kogo jest skierowana
form-countries = Kraje
    .hint = Gdzie ma siedzibę lub działa. Zostaw puste w przypadku organizacji działającej na całym świecie bez stałej siedziby.
form-country = Kraj { $number }
form-city = Miasto lub region
form-scope = Zasięg działania
form-founded_year = Rok założenia
form-status = Status
form-ended_year = Rok zakończenia działalności
    .hint = Tylko jeśli przestała działać.
form-user_led_degree = W jakim stopniu kierują nią osoby, które używają lub używały narkotyków?
form-degree_note = Skąd to wiesz?
    .hint = Jedno zdanie jako dowód, np. „jej zarząd wybierają członkowie używający narkotyków”.
form-sources = Źródła
    .hint = Co najmniej jeden link potwierdzający ten wpis: strony samej organizacji, raport, artykuł.
form-sources-url = Adres strony
    .hint = Strony lub dokumentu, na przykład https://www.example.org/raport.
form-sources-title = Tytuł
    .hint = Tytuł w brzmieniu stamtąd, w jednym wierszu, najwyżej 200 znaków.
form-sources-note = Uwagi
form-evaluations = Ewaluacje
    .hint = Badania pracy organizacji: kto je napisał, kiedy, jaką metodą i co wykazały.
form-evaluations-citation = Źródło, np. „Castrignano 2005”
form-evaluations-year = Rok
form-evaluations-design = Schemat badania
form-evaluations-sample_size = Liczebność próby
form-evaluations-finding = Wyniki
form-facts = Liczby
    .hint = Dane liczbowe o organizacji, z rokiem, którego dotyczą, jeśli go znasz.
form-facts-label = Co jest liczone
form-facts-value = Liczba
form-facts-year = Rok
form-facts-note = Uwagi
form-relations = Powiązane organizacje
    .hint = Inne organizacje z rejestru, podane przez ostatnią część ich adresu (np. jes-network).
form-relations-kind = Powiązanie
form-relations-target = Organizacja (końcówka jej adresu)
form-events = Historia
    .hint = Wydarzenia z datą: kiedy się sformalizowała, zmieniła nazwę, połączyła z inną lub zakończyła działalność.
form-events-year = Rok
form-events-kind = Co się stało
form-events-note = Opis
form-events-source_url = Link do źródła
form-last_verified = Ostatnia weryfikacja
    .hint = Kiedy ten wpis był ostatnio sprawdzony u samej organizacji.
form-visibility = Jak bardzo ma być widoczna?
    .hint = Niektóre organizacje mają dobre powody, by nie być widoczne.

## Pola wpisu pod krótkimi nazwami, do podsumowania błędów i tabel zmian

form-field-slug = Adres (slug)
form-field-name = Nazwa
form-field-aliases = Inne nazwy
form-field-description = Opis
form-field-categories = Kategorie
form-field-countries = Kraje
form-field-city = Miasto lub region
form-field-scope = Zasięg działania
form-field-founded_year = Rok założenia
form-field-status = Status
form-field-ended_year = Rok zakończenia działalności
form-field-user_led_degree = Stopień kierowania przez osoby używające narkotyków
form-field-degree_note = Dowód kierowania przez osoby używające narkotyków
form-field-user_profiles = Do kogo jest skierowana
form-field-activities = Działania
form-field-website = Strona internetowa
form-field-visibility = Widoczność
form-field-last_verified = Ostatnia weryfikacja
form-field-sources = Źródła
form-field-evaluations = Ewaluacje
form-field-facts = Liczby
form-field-relations = Powiązane organizacje
form-field-events = Historia
form-field-note = Uwagi dla moderatorów
form-field-contact_email = Twój adres e-mail
form-field-form = Formularz
form-field-record = Wpis
form-field-leave_this_empty = Pole, które ma pozostać puste

## Strona zgłoszenia: nowa organizacja lub poprawka

submit-title = Dodaj organizację
submit-correction-title = Zaproponuj poprawkę do wpisu { $name }
submit-description = Współtwórz rejestr organizacji prowadzonych przez osoby używające narkotyków. Każde zgłoszenie jest sprawdzane przed publikacją.
submit-lead = Opowiedz nam o grupie tworzonej i prowadzonej przez osoby, które używają lub używały narkotyków. Moderatorzy sprawdzają każdy wpis przed publikacją. Konto nie jest potrzebne.
submit-correction-lead = Zmień to, co jest błędne lub czego brakuje, i napisz, skąd to wiesz. Moderatorzy sprawdzają każdą poprawkę przed publikacją, a historia wpisu zachowuje jego wcześniejszą treść.
submit-duplicates-title = Czy to jedna z tych organizacji?
submit-duplicates-intro = Rejestr zawiera już organizacje o podobnych nazwach:
submit-duplicates-suggest = zaproponuj zamiast tego poprawkę do tego wpisu
submit-duplicates-outro = Jeśli chodzi o inną organizację, potwierdź to poniżej i wyślij formularz ponownie.
submit-confirm-new = To inna organizacja niż te wymienione powyżej
submit-moderators = Dla moderatorów
submit-note-correction = Co się zmieniło i skąd to wiesz?
submit-note = Co moderatorzy powinni wiedzieć
submit-contact = Twój adres e-mail
    .hint = Widzą go tylko moderatorzy, aby móc zadać ci pytanie. Zostaje usunięty, gdy tylko zapadnie decyzja w sprawie twojego zgłoszenia.
submit-honeypot = Zostaw to pole puste
submit-send = Wyślij do weryfikacji
submit-send-correction = Wyślij poprawkę

## Strona, na którą osoba zgłaszająca wraca ze swoim numerem referencyjnym

received-title = Zgłoszenie { $reference }
received-description = Twoje zgłoszenie czeka na weryfikację.
received-pending-title = Dziękujemy: twoje zgłoszenie czeka na weryfikację
received-pending-lead = Moderatorzy sprawdzą je przed publikacją.
received-approved-title = Twoje zgłoszenie zostało opublikowane
received-see-entry = Zobacz wpis
received-rejected-title = Twoje zgłoszenie nie zostało opublikowane
received-rejected-lead = Moderatorzy zdecydowali, że nie opublikują tego zgłoszenia.
received-reference-before = Twój numer referencyjny to
received-reference-after = . Zachowaj go, aby zapytać o swoje zgłoszenie, albo wróć na tę stronę, aby sprawdzić, czy zapadła decyzja.
received-back = Powrót do rejestru
received-add-another = Dodaj kolejną organizację
