# Jak skontaktować się z organizacją: jej dane kontaktowe we wpisie, formularzu, na jej stronie i w listach.

## Jak organizacja spotyka się z ludźmi (słownik `meets`).
meeting_mode-in_person = Na miejscu
    .definition = Spotyka się z ludźmi twarzą w twarz, w siedzibie lub na ulicy.
meeting_mode-online = Online
    .definition = Spotyka się z ludźmi tylko online: czat, rozmowy wideo, fora lub media społecznościowe.
meeting_mode-both = Na miejscu i online
    .definition = Spotyka się z ludźmi twarzą w twarz i online.

## Dokąd prowadzi link kontaktowy.
contact_link_kind-social = Media społecznościowe
    .definition = Strona lub profil w serwisie społecznościowym.
contact_link_kind-messaging = Komunikator
    .definition = Czat, grupa lub kanał w komunikatorze.

## Problemy z danymi kontaktowymi, tak jak zgłasza je API.
field-telephone-invalid = „{ $value }” nie jest numerem telefonu w formacie międzynarodowym: + i numer kierunkowy kraju, potem numer, łącznie od 8 do 15 cyfr
field-working-language = „{ $value }” nie jest jednym z języków rejestru

## Sekcja formularza.
form-section-contact = Jak się skontaktować
    .hint = Tylko dane, które organizacja sama podaje do wiadomości publicznej. Są widoczne w jej wpisie, chyba że wpis jest dyskretny.
form-contact-email = Adres e-mail
    .hint = Na przykład info@example.org.
form-contact-telephone = Telefon
    .hint = W formacie międzynarodowym, z + i numerem kierunkowym kraju, na przykład +48 22 123 45 67.
form-contact-address = Adres pocztowy
    .hint = Tylko taki, który sama podaje: ulica (lub skrytka pocztowa), miejscowość i kraj razem.
form-contact-street = Ulica i numer lub skrytka pocztowa
form-contact-postal_code = Kod pocztowy
form-contact-locality = Miejscowość
form-contact-country = Kraj
form-contact_links = Media społecznościowe i komunikatory
    .hint = Jej strony w serwisach społecznościowych oraz czaty lub kanały, do których zaprasza.
# $number: miejsce linku na liście.
form-row-contact_links = Link { $number }
form-add-contact_links =
    { $count ->
        [0] Dodaj link
       *[other] Dodaj kolejny link
    }
form-contact_links-kind = Rodzaj
form-contact_links-url = Adres internetowy
    .hint = Na przykład https://t.me/przyklad (można pominąć https://).
form-contact-meets = Jak spotyka się z ludźmi
form-contact-languages = Języki, w których pracuje
    .hint = Każdy język jest podany w swoim własnym brzmieniu.
form-contact-how_to_get_in_touch = Jak nawiązać kontakt
    .hint = W kilku zdaniach: kiedy i gdzie się spotyka, o kogo pytać, czego się spodziewać.
form-sources-year = Rok
    .hint = Kiedy zostało opublikowane lub ostatnio zaktualizowane, jeśli to podaje.
form-error-telephone = Wpisz numer telefonu zaczynający się od + i numeru kierunkowego kraju, np. +48 22 123 45 67, albo zostaw pole puste
form-error-address-street-required = Wpisz ulicę i numer lub skrytkę pocztową albo zostaw cały adres pusty
form-error-address-locality-required = Wpisz miejscowość albo zostaw cały adres pusty
form-error-address-country-required = Wybierz kraj albo zostaw cały adres pusty

## Zmiany i historia: części danych kontaktowych.
form-field-contact-email = Adres e-mail
form-field-contact-telephone = Telefon
form-field-contact-address = Adres pocztowy
form-field-contact-links = Media społecznościowe i komunikatory
form-field-contact-meets = Jak spotyka się z ludźmi
form-field-contact-languages = Języki, w których pracuje
form-field-contact-how_to_get_in_touch = Jak nawiązać kontakt
history-part-street = Ulica
history-part-postal-code = Kod pocztowy
history-part-locality = Miejscowość
history-part-country = Kraj

## Blok, od którego zaczyna się strona organizacji.
reach-heading = Jak nawiązać kontakt
reach-none = Ten wpis nie podaje jeszcze ani strony internetowej, ani kontaktu.
reach-suggest = Znasz taki, który organizacja podaje publicznie? Zaproponuj go
reach-email = E-mail
reach-telephone = Telefon
reach-meets = Spotkania
reach-languages = Pracuje w językach
reach-channels = Media społecznościowe i komunikatory
reach-address = Adres pocztowy
# Po „Ostatnio sprawdzono”: rok najnowszego źródła, które go podaje.
show-source-year = opisana w źródle z { $year } r.

## Karty wyników.
# $month: miesiąc i rok, np. „marzec 2026”.
card-checked = Sprawdzono: { $month }
card-source-year = Opisana w źródle z { $year } r.
# $how: jak spotyka się z ludźmi, np. „Online”.
card-meets = Spotkania: { $how }

## Filtry i strony bez wyników.
facet-meets = Jak się spotyka
lists-elsewhere-online =
    { $count ->
        [one] Jedna organizacja, która spotyka się online
        [few] { $count } organizacje, które spotykają się online
        [many] { $count } organizacji, które spotykają się online
       *[other] { $count } organizacji, które spotykają się online
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Link do mediów społecznościowych lub komunikatora
