# Słowniki rejestru: etykieta każdej wartości i jej definicja jako atrybut.
# Klucze mają postać `<słownik>-<slug>`; slugi należą do API i nigdy się nie zmieniają.

## Kategoria: pięć kategorii działań prowadzonych przez osoby używające narkotyków, według artykułu.
category-mutual_aid = Samopomoc
    .definition = Wspólnoty, w których osoby obecnie lub w przeszłości używające narkotyków wspierają się nawzajem.
category-recovery_enterprise = Przedsięwzięcie na rzecz zdrowienia
    .definition = Wspólnoty i sieci zdrowienia: mieszkania wspierane, kawiarnie zdrowienia, przedsiębiorstwa społeczne, programy zatrudnienia i wsparcie osób z doświadczeniem.
category-harm_reduction = Redukcja szkód
    .definition = Osoby obecnie lub w przeszłości używające narkotyków przekazują informacje, porady i środki do bezpieczniejszego używania narkotyków.
category-advocacy = Rzecznictwo
    .definition = Działanie na rzecz praw i sprawiedliwego traktowania osób używających narkotyków.
category-research = Badania
    .definition = Prowadzone przez osoby z doświadczeniem badania życia osób używających narkotyków i ich doświadczeń z leczeniem.

## Zasięg: jak szeroko działa organizacja.
scope-local = Lokalny
    .definition = Działa w jednym mieście lub na jednym obszarze.
scope-regional = Regionalny
    .definition = Działa w kilku miastach lub na kilku obszarach jednego kraju, ale nie w całym kraju.
scope-national = Krajowy
    .definition = Działa w całym kraju.
scope-european = Europejski
    .definition = Sieć lub organizacja działająca w całej Europie.
scope-international = Międzynarodowy
    .definition = Działa na całym świecie.

## Status: czy organizacja nadal działa, na ile wie o tym rejestr.
status-active = Aktywna
    .definition = Wiadomo, że działa.
status-inactive = Nieaktywna
    .definition = Wiadomo, że przestała działać lub połączyła się z inną organizacją.
status-unknown = Nieznany
    .definition = Nie sprawdzano tego ostatnio; może nadal działać, a może nie.

## Stopień: w jakim stopniu organizację prowadzą osoby, które używają lub używały narkotyków.
degree-user_led = Prowadzone przez osoby używające narkotyków
    .definition = W przeważającej mierze projektowane i realizowane przez osoby obecnie lub w przeszłości używające narkotyków.
degree-jointly_led = Prowadzone wspólnie
    .definition = Prowadzone wspólnie przez osoby obecnie lub w przeszłości używające narkotyków i osoby, które ich nie używają.
degree-formalised = Sformalizowane
    .definition = Założone przez osoby używające narkotyków, dziś formalna organizacja prowadzona głównie przez płatny personel.
degree-peer_delivered = Realizowane przez osoby z doświadczeniem
    .definition = Kierowane przez profesjonalistów lub instytucję, a pracę wykonują osoby z doświadczeniem.
degree-unclear = Niejasne
    .definition = Źródła nie podają, kto kieruje organizacją.

## Profil: środowiska używania, do których kieruje się organizacja.
profile-street_drugs = Narkotyki uliczne
    .definition = Osoby używające opiatów, kokainy i innych narkotyków kojarzonych z problemowym używaniem.
profile-party_drugs = Narkotyki imprezowe
    .definition = Osoby używające narkotyków na imprezach, w klubach i na festiwalach.
profile-psychedelics = Psychodeliki
    .definition = Osoby używające substancji psychodelicznych.
profile-cannabis = Konopie
    .definition = Osoby używające konopi.
profile-all_drugs = Wszystkie substancje
    .definition = Osoby używające jakichkolwiek substancji, legalnych lub nielegalnych.

## Działanie: co robi organizacja.
activity-twelve_step_meetings = Mityngi 12 kroków
    .definition = Mityngi wspólnoty prowadzone według programu dwunastu kroków.
activity-peer_support_meetings = Spotkania grup wsparcia
    .definition = Regularne spotkania grupowe, na których osoby, które używają lub używały narkotyków, wspierają się nawzajem.
activity-online_support = Wsparcie online
    .definition = Wsparcie, spotkania lub fora w internecie.
activity-live_chat_support = Wsparcie na czacie
    .definition = Wsparcie na czacie w czasie rzeczywistym dla osób przeżywających trudny moment.
activity-therapeutic_community = Społeczność terapeutyczna
    .definition = Wspólnota mieszkaniowa, w której mieszkańcy razem żyją, pracują i zdrowieją.
activity-supported_housing = Mieszkania wspierane
    .definition = Mieszkania wolne od narkotyków ze wsparciem osób z doświadczeniem, które same zdrowieją.
activity-recovery_cafe = Kawiarnia zdrowienia
    .definition = Ośrodek lub kawiarnia zdrowienia z zajęciami towarzyskimi i łatwo dostępnym wsparciem.
activity-employment_training = Zatrudnienie i szkolenia
    .definition = Edukacja, szkolenia zawodowe, przedsiębiorstwa społeczne i praca.
activity-recovery_coaching = Coaching zdrowienia
    .definition = Indywidualne wsparcie coacha, który sam jest w procesie zdrowienia.
activity-naloxone_training = Szkolenia z naloksonu
    .definition = Uczenie ludzi, jak podać nalokson, by odwrócić przedawkowanie opioidów.
activity-safer_use_education = Edukacja o bezpieczniejszym używaniu
    .definition = Informacje i szkolenia o bezpieczniejszym używaniu narkotyków i bezpieczniejszym seksie.
activity-syringe_distribution = Wydawanie strzykawek
    .definition = Wymiana igieł i strzykawek, sterylny sprzęt i zbieranie porzuconego sprzętu.
activity-drug_checking = Testowanie substancji
    .definition = Analiza tabletek i innych substancji, by powiedzieć ludziom, co zawierają.
activity-festival_support = Wsparcie na festiwalach i imprezach
    .definition = Informacje i wsparcie w kryzysie na imprezach i festiwalach.
activity-hiv_hepatitis_testing = Testy na HIV i WZW
    .definition = Testy na HIV, wirusowe zapalenie wątroby i inne zakażenia.
activity-wound_care_health = Opatrywanie ran i podstawowa opieka zdrowotna
    .definition = Opatrywanie ran, opieka pielęgniarska i podstawowa opieka zdrowotna.
activity-food = Żywność
    .definition = Wydawanie posiłków lub żywności.
activity-legal_aid = Pomoc prawna
    .definition = Pomoc w sprawach prawnych.
activity-housing_help = Pomoc mieszkaniowa
    .definition = Pomoc w znalezieniu lub utrzymaniu mieszkania.
activity-treatment_help = Pomoc w leczeniu
    .definition = Pomoc w dotarciu do leczenia, jego wyborze i wytrwaniu w nim, także w leczeniu substytucyjnym.
activity-lobbying = Lobbing
    .definition = Działania wobec rządów i instytucji na rzecz zmiany prawa i polityki.
activity-awareness_campaigns = Kampanie społeczne
    .definition = Kampanie publiczne, demonstracje i praca z mediami.
activity-peer_research = Badania prowadzone przez osoby z doświadczeniem
    .definition = Badania projektowane lub prowadzone przez osoby, które używają lub używały narkotyków.
activity-service_audits = Audyty usług
    .definition = Tajemniczy klient i inne oceny jakości usług.
activity-outreach = Streetworking
    .definition = Docieranie do ludzi tam, gdzie są: na ulicy lub gdzie indziej.
activity-individual_advocacy = Rzecznictwo indywidualne
    .definition = Wspieranie konkretnych osób w ich sprawach z placówkami i urzędami.
activity-drug_information = Informacje o substancjach
    .definition = Materiały źródłowe, takie jak wiki, tabele łączenia substancji i bazy przebadanych tabletek.

## Widoczność: kto może zobaczyć organizację. Z powodu stygmatyzacji niektóre organizacje unikają widoczności.
visibility-listed = Widoczna
    .definition = Pokazywana w całości.
visibility-discreet = Dyskretna
    .definition = Pokazywana tylko z nazwą, kategoriami i krajami: bez miasta, strony internetowej i kontaktu.
visibility-unlisted = Ukryta
    .definition = Nigdy niepokazywana; liczona tylko w statystykach.

## Zdarzenie: co wydarzyło się w życiu organizacji.
event_kind-founded = Założenie
    .definition = Organizacja została założona.
event_kind-formalised = Formalizacja
    .definition = Organizacja stała się formalnym podmiotem, na przykład z płatnym personelem lub formą prawną.
event_kind-renamed = Zmiana nazwy
    .definition = Organizacja przyjęła nową nazwę.
event_kind-degree_changed = Ponowna ocena stopnia
    .definition = Na nowo oceniono, w jakim stopniu organizację prowadzą osoby używające narkotyków.
event_kind-status_changed = Zmiana statusu
    .definition = Moderacja zmieniła jej status (działa lub nie) z podanego powodu.
event_kind-merged = Połączenie
    .definition = Organizacja połączyła się z inną.
event_kind-ended = Zakończenie działalności
    .definition = Organizacja przestała działać.
event_kind-other = Inne
    .definition = Wszystko inne, co warto odnotować.

## Powiązanie: jak organizacja ma się do innej; czytaj „ta organizacja jest <powiązanie> tamtej”.
relation_kind-member_of = Członek
    .definition = Ta organizacja jest członkiem tamtej.
relation_kind-partner_of = Partner
    .definition = Obie organizacje współpracują.
relation_kind-founded_by = Założona przez
    .definition = Tamta organizacja założyła tę.
relation_kind-succeeded_by = Kontynuowana przez
    .definition = Tamta organizacja kontynuowała pracę tej.

## Rodzaj nazwy: jakim rodzajem innej nazwy jest alias.
alias_kind-abbreviation = Skrót
    .definition = Krótka forma nazwy.
alias_kind-full_name = Pełna nazwa
    .definition = Nazwa zapisana w pełnym brzmieniu, gdy organizacja jest znana pod krótszą formą.
alias_kind-original_name = Nazwa oryginalna
    .definition = Nazwa w języku samej organizacji.
alias_kind-translation = Tłumaczenie
    .definition = Tłumaczenie nazwy.
alias_kind-former_name = Dawna nazwa
    .definition = Nazwa, której organizacja używała wcześniej.
alias_kind-other = Inna nazwa
    .definition = Każda inna nazwa, pod którą jest znana.
