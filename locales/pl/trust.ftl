# Strony, które mówią, kto prowadzi rejestr i jak traktuje ludzi (kontakt, prywatność,
# dostępność), prośba o zmianę wpisu, uczynienie go dyskretnym lub usunięcie, oraz linki do nich.

## Stopka każdej strony.

trust-footer-contact = Kontakt
trust-footer-privacy = Prywatność
trust-footer-accessibility = Dostępność

## Na stronach z numerem referencyjnym zgłoszeń i próśb.

trust-reach = Jak skontaktować się z moderatorami, przeczytasz na { $link }.
trust-reach-link = stronie kontaktowej
trust-received-reason = Uzasadnienie moderatorów

## /contact

contact-title = Kontakt
contact-description = Kto prowadzi ten rejestr i jak skontaktować się z jego moderatorami.
contact-lead = userled prowadzi operator, który utrzymuje serwis i powołuje moderatorów. Moderatorzy czytają każde zgłoszenie i każdą prośbę, zanim cokolwiek w rejestrze się zmieni.
contact-operator-heading = Kto prowadzi ten rejestr
contact-operator-name = Prowadzi
contact-operator-email = E-mail
contact-operator-address = Adres pocztowy
contact-operator-missing = Operator tego serwisu nie podał jeszcze swojej nazwy ani danych kontaktowych. Do tego czasu formularze poniżej i tak trafiają do moderatorów.
contact-moderators-heading = Jak skontaktować się z moderatorami
contact-moderators-email = Napisz na adres { $email }. Moderatorzy czytają te wiadomości; jeśli masz numer referencyjny zgłoszenia lub prośby, podaj go.
contact-moderators-no-email = Moderatorzy nie mają jeszcze adresu e-mail: skorzystaj z formularzy, które trafiają prosto do ich kolejki.
contact-entry = W sprawie wpisu: otwórz jego stronę i wybierz „{ $link }”. Twoja prośba trafia prosto do kolejki moderatorów, niezależnie od tego, czy występujesz w imieniu organizacji.
contact-new = Aby dodać organizację, { $link }: nic nie zostanie opublikowane, zanim nie zatwierdzą tego moderatorzy.
contact-new-link = skorzystaj z formularza
contact-reference = W sprawie czegoś, co wysłałeś lub wysłałaś: numer referencyjny (na przykład UL-ABCD-1234) pozwala moderatorom to odnaleźć, a jego strona pokazuje, czy zapadła decyzja.
contact-more-heading = Zobacz też
contact-privacy-link = Co zbieramy i jak długo to przechowujemy (prywatność)
contact-accessibility-link = Deklaracja dostępności

## /privacy

privacy-title = Prywatność
privacy-description = Co zbierają formularze tego rejestru, po co i na jak długo.
privacy-lead = userled prosi o tak mało, jak się da. Każdą stronę możesz czytać bez konta i nic cię nie śledzi.
privacy-forms-heading = Co zbierają formularze
privacy-submission-heading = Dodanie organizacji lub zaproponowanie poprawki
privacy-submission-record = Dane organizacji, które wpisujesz. Są publikowane na licencji CC BY 4.0, gdy zatwierdzą je moderatorzy; do tego czasu widzą je tylko moderatorzy.
privacy-submission-note = Twoja uwaga dla moderatorów. Czytają ją tylko moderatorzy. Po decyzji zostaje ze zgłoszeniem w ich dokumentacji, żeby decyzję dało się później zrozumieć.
privacy-submission-email = Twój adres e-mail, jeśli go podasz (jest opcjonalny). Służy tylko do pytań moderatorów o twoje zgłoszenie: widzą go tylko moderatorzy, nigdy nie jest publikowany ani zapisywany w logach i zostaje usunięty, gdy tylko zgłoszenie zostanie przyjęte lub odrzucone.
privacy-submission-reason = Gdy zgłoszenie zostaje odrzucone, uzasadnienie moderatorów widać na stronie z jego numerem referencyjnym, którą może otworzyć każdy, kto zna ten numer.
privacy-request-heading = Prośba o zmianę wpisu, uczynienie go dyskretnym lub usunięcie
privacy-request-content = O co prosisz i twoje uzasadnienie. Uzasadnienie czytają tylko moderatorzy. Zostaje z prośbą w ich dokumentacji także po jej zamknięciu.
privacy-request-email = Twój adres e-mail, jeśli go podasz: tak jak przy zgłoszeniach, tylko do pytań moderatorów, i usuwany po zamknięciu prośby.
privacy-request-note = Notatka moderatorów przy zamknięciu prośby jest widoczna na stronie z jej numerem referencyjnym.
privacy-address-heading = Twój adres IP
privacy-address = Aby ograniczyć, ile zgłoszeń i próśb może wysłać jeden adres IP w ciągu godziny i ile prób logowania w ciągu kwadransa, serwer liczy je według adresu w swojej pamięci. Adres nigdy nie jest zapisywany w bazie danych ani w logach i znika po ponownym uruchomieniu serwera.
privacy-logs-heading = Logi
privacy-logs = Serwer zapisuje każde żądanie tylko z metodą, ścieżką strony i statusem odpowiedzi: bez parametrów wyszukiwania (czyli bez tego, czego szukasz), bez twojego adresu IP, bez nagłówków i plików cookie. Logi nie zawierają danych osobowych.
privacy-proxy = Jeśli operator uruchamia serwis za własnym serwerem WWW, ten serwer może prowadzić własne logi dostępu; operator może ci powiedzieć, co w nich przechowuje: zobacz { $link }.
privacy-contact-link = stronę kontaktową
privacy-cookies-heading = Pliki cookie
privacy-cookies-lead = userled nie używa reklamowych, analitycznych ani śledzących plików cookie i nie wczytuje niczego z innych serwisów. Używa trzech plików cookie, każdego w jednym celu:
privacy-cookie-csrf = Losowy kod, który potwierdza, że formularz został wysłany z tego serwisu, co chroni formularze przed fałszowaniem żądań między witrynami (CSRF). Jest ustawiany, gdy otwierasz formularz, i usuwany, gdy zamykasz przeglądarkę.
privacy-cookie-language = Zapamiętuje na rok, że serwis zaproponował ci stronę w języku twojej przeglądarki, żeby nie powtarzać tej propozycji. Zawiera tylko wartość 1.
privacy-cookie-session = Tylko dla moderatorów: utrzymuje ich zalogowanych przez 8 godzin. Serwer przechowuje tylko jego skrót (hash).
privacy-moderators-heading = Moderatorzy i kopie
privacy-moderators = Moderatorzy mają nazwę użytkownika i hasło, przechowywane wyłącznie jako skrót argon2id. Nazwa użytkownika pojawia się w publicznej historii każdego wpisu, który zmienili.
privacy-backups = Kopie bazy danych robione przez operatora (kopie zapasowe) zawierają to, co było w bazie w danej chwili: adres e-mail usunięty później zostaje w starszej kopii, dopóki ta kopia nie zostanie usunięta.
privacy-rights-heading = Twoje prawa
privacy-rights = Możesz zapytać operatora, co rejestr zawiera na twój temat, i poprosić o poprawienie lub usunięcie tych danych. Organizacja może też ze strony swojego wpisu poprosić o jego zmianę, uczynienie go dyskretnym lub usunięcie.
privacy-rights-ask = Aby o to poprosić, zobacz { $link }.

## /accessibility

accessibility-title = Deklaracja dostępności
accessibility-description = Na ile ten rejestr jest dostępny, jak to sprawdzamy, o czym wiemy, że nie działa dobrze, i jak zgłosić problem.
accessibility-lead = userled ma działać dla wszystkich, także dla osób korzystających z czytnika ekranu, tylko z klawiatury, z powiększenia lub ze sterowania głosem, na telefonie i na komputerze.
accessibility-standard-heading = Standard
accessibility-standard = Dążymy do spełnienia Wytycznych dla dostępności treści internetowych (WCAG) 2.2 na poziomie AA.
accessibility-how-heading = Jak to sprawdzamy
accessibility-how-axe = Każda zmiana jest testowana w prawdziwej przeglądarce: axe-core, automatyczne narzędzie do sprawdzania dostępności, działa na każdym typie strony (strona główna, wyniki wyszukiwania, wpis, formularze z błędami i bez, strony moderatorów, statystyki, strona błędu), po angielsku przy szerokości 390 i 1280 pikseli, a w siedmiu pozostałych językach przy 390 pikselach. Jeden znaleziony problem wystarczy, żeby test się nie powiódł.
accessibility-how-languages = Testy automatyczne sprawdzają też, czy każda strona deklaruje swój język i czy strony w siedmiu pozostałych językach nie zostawiają żadnego angielskiego zdania interfejsu.
accessibility-how-design = Serwis nie wymaga JavaScriptu, utrzymuje widoczny fokus klawiatury, ma link do przejścia od razu do treści i pokazuje każdy błąd formularza obok jego pola.
accessibility-limits-heading = Znane ograniczenia
accessibility-limit-manual = Automatyczne testy znajdują tylko część problemów. Serwisu nie przetestowały jeszcze osoby korzystające z czytników ekranu, powiększenia lub sterowania głosem; ich uwagi są bardzo mile widziane.
accessibility-limit-language = Tekst wpisów (opisy, uwagi, źródła) jest w języku, w którym go napisano, najczęściej po angielsku, i nie jest jeszcze oznaczony tym językiem. Na stronach w innych językach czytnik ekranu może go więc źle wymawiać.
accessibility-limit-charts = Wykresy na stronie statystyk są obrazami dla osób widzących. Pod każdym jest tabela z tymi samymi liczbami, a każdy kraj na mapie Europy jest linkiem.
accessibility-limit-translations = Tłumaczeń interfejsu nie sprawdziły jeszcze osoby, dla których dany język jest ojczysty i które pracują w tej dziedzinie, więc niektóre sformułowania mogą być niejasne.
accessibility-limit-external = Strony internetowe organizacji i źródła cytowane we wpisach to inne serwisy, za których dostępność nie możemy odpowiadać.
accessibility-report-heading = Zgłoś problem
accessibility-report = Jeśli coś w tym serwisie jest dla ciebie trudne lub niemożliwe w użyciu, daj nam znać. Pomoże, jeśli podasz adres strony, co próbowałeś lub próbowałaś zrobić i z czego korzystasz (przeglądarka, urządzenie, technologia wspomagająca).
accessibility-report-email = Napisz na adres { $email }.
accessibility-report-missing = Operator tego serwisu nie podał jeszcze adresu e-mail do takich zgłoszeń.
accessibility-report-contact = Inne sposoby kontaktu z moderatorami: zobacz { $link }.

## Prośba o zmianę wpisu, uczynienie go dyskretnym lub usunięcie.

request-link = Poproś o zmianę tego wpisu, uczynienie go dyskretnym lub usunięcie
request-title = Prośba dotycząca: { $name }
request-description = Poproś moderatorów o zmianę wpisu, uczynienie go dyskretnym lub usunięcie.
request-lead = Twoja prośba trafia do moderatorów, którzy sprawdzają ją, zanim cokolwiek się zmieni. Nie musisz występować w imieniu organizacji, ale napisz, jeśli tak jest.
request-kind-legend = O co prosisz?
request-kind-change = Zmienić go
request-kind-change-hint = Coś we wpisie jest błędne lub nieaktualne.
request-kind-discreet = Uczynić go dyskretnym
request-kind-discreet-hint = Pokazywać tylko nazwę, kategorie i kraje organizacji, bez żadnych innych danych.
request-kind-remove = Usunąć go
request-kind-remove-hint = Zdjąć wpis z rejestru.
request-reason = Dlaczego i co powinno się zmienić?
request-reason-hint = Czytają to tylko moderatorzy; nie jest to publikowane. Jeśli występujesz w imieniu organizacji, napisz o tym.
request-contact = Twój adres e-mail (opcjonalnie)
request-contact-hint = Tylko jeśli moderatorzy mogą potrzebować o coś zapytać. Zostaje usunięty po zamknięciu twojej prośby.
request-privacy = Co się dzieje z tym, co wysyłasz: zobacz { $link }.
request-privacy-link = prywatność
request-send = Wyślij prośbę
request-kind-required = Wybierz, o co prosisz: o zmianę wpisu, uczynienie go dyskretnym lub usunięcie.
request-reason-required = Napisz, dlaczego i co powinno się zmienić.
request-reason-too-long = Napisz najwyżej { $max } znaków.
request-outcome-required = Wybierz, czy prośba została spełniona, czy odrzucona.
request-note-required = Napisz, dlaczego prośba zostaje odrzucona: osoba, która o to prosiła, przeczyta tę notatkę.
request-not-found = Nie ma prośby o numerze referencyjnym { $reference }.
request-already-closed = Prośbę { $reference } zamknął już ktoś inny z moderatorów.

## Strona osoby, która prosi.

request-received-title = Prośba { $reference }
request-received-description = Twoja prośba dotycząca wpisu i to, co postanowili moderatorzy.
request-open-heading = Dziękujemy: twoja prośba czeka na moderatorów
request-open-lead = Ktoś z moderatorów ją przeczyta i zdecyduje, co zrobić.
request-done-heading = Twoja prośba została spełniona
request-declined-heading = Twoja prośba została odrzucona
request-note-label = Notatka moderatorów
request-asked = Prośba
request-entry = Wpis
request-reference = Twój numer referencyjny to { $reference }. Zachowaj go, aby zapytać o swoją prośbę, albo wróć na tę stronę, aby sprawdzić, czy została zamknięta.

## Strony moderatorów.

request-queue-heading = Prośby dotyczące wpisów
request-queue-empty = Nie ma otwartej prośby dotyczącej wpisu.
request-queue-waiting =
    { $count ->
        [one] Jedna prośba jest otwarta, od najstarszej.
        [few] { $count } prośby są otwarte, od najstarszej.
        [many] { $count } próśb jest otwartych, od najstarszej.
       *[other] { $count } prośby jest otwartych, od najstarszej.
    }
request-queue-closed = Ostatnio zamknięte prośby
request-status-open = otwarta
request-status-done = spełniona
request-status-declined = odrzucona
request-review-title = Prośba { $reference }
request-review-description = Prośba dotycząca wpisu, do zamknięcia jako spełniona lub odrzucona.
request-review-heading = Prośba dotycząca: { $name }
request-review-reason = Uzasadnienie
request-review-edit = Edytuj wpis
request-close-heading = Zamknij prośbę
request-close-legend = Wynik
request-close-done = Spełniona: zrobiono to, o co proszono
request-close-declined = Odrzucona
request-close-note = Notatka dla osoby, która prosiła
request-close-note-hint = Widoczna na stronie z numerem referencyjnym prośby. Wymagana, gdy prośba zostaje odrzucona.
request-close = Zamknij prośbę
