# Strony moderatorów: logowanie, kolejka, weryfikacja zgłoszenia, edycja wpisu.

## Pasek u góry każdej strony moderatorów

admin-signed-in-as = Zalogowano jako
admin-queue-link = Kolejka
admin-sign-out = Wyloguj

## Logowanie

admin-sign-in-title = Logowanie
admin-sign-in-heading = Zaloguj się, aby moderować
admin-sign-in-description = Zaloguj się, aby moderować rejestr.
admin-username = Nazwa użytkownika
admin-password = Hasło
admin-sign-in-button = Zaloguj się
admin-sign-in-refused = Nazwa użytkownika lub hasło są nieprawidłowe.

## Kolejka

admin-queue-title = Kolejka moderacji
admin-queue-description = Zgłoszenia czekające na weryfikację.
admin-queue-empty = Nic nie czeka na weryfikację.
admin-queue-waiting =
    { $count ->
        [one] Jedno zgłoszenie czeka na weryfikację, od najstarszego.
        [few] { $count } zgłoszenia czekają na weryfikację, od najstarszego.
        [many] { $count } zgłoszeń czeka na weryfikację, od najstarszego.
       *[other] { $count } zgłoszenia czeka na weryfikację, od najstarszego.
    }
admin-queue-pending = Oczekujące zgłoszenia
admin-queue-reference = Numer
admin-queue-kind = Rodzaj
admin-queue-organisation = Organizacja
admin-queue-sent = Wysłano
admin-queue-flags = Uwagi
admin-queue-correction-to = (do { $organisation })
admin-queue-possible-duplicate = Możliwy duplikat: { $organisations }
admin-queue-decided = Ostatnie decyzje

## Rodzaje i stany zgłoszeń

admin-kind-new = Nowe
admin-kind-correction = Poprawka
admin-status-pending = oczekuje
admin-status-approved = zatwierdzone
admin-status-rejected = odrzucone
admin-decided-by = przez { $moderator }

## Weryfikacja zgłoszenia

admin-review-title = Weryfikacja { $reference }
admin-review-description = Weryfikacja zgłoszenia.
admin-review-heading-new = Nowa organizacja: { $name }
admin-review-heading-correction = Poprawka: { $name }
admin-review-meta = Numer { $reference } · wysłano { $sent }
admin-review-duplicate = Możliwy duplikat:
admin-review-note = Uwagi osoby zgłaszającej
admin-review-contact = Kontakt (tylko dla moderatorów; usuwany po decyzji):
admin-review-changes = Co zmienia
admin-review-contents = Co zawiera
admin-review-no-change = Brak zmian względem opublikowanego wpisu.
admin-review-field = Pole
admin-review-live = Opublikowany wpis
admin-review-proposed = Propozycja
admin-review-value = Wartość
admin-review-approve-heading = Edytuj i zatwierdź
admin-review-approve = Zatwierdź i opublikuj
admin-review-reject = Odrzuć

## Edycja wpisu

admin-edit-title = Edycja: { $name }
admin-edit-description = Edycja wpisu.
admin-edit-lead-before = Twoja zmiana zostanie opublikowana od razu i zapisana w
admin-edit-lead-link = historii wpisu
admin-edit-lead-after = .
admin-edit-save = Zapisz
