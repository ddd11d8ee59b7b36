# Odpowiedzi na żądanie, które nadeszło w tym samym czasie co inne.

## 503: baza danych była zablokowana przez inne zmiany (na przykład import) dłużej, niż czeka zapis.

problem-busy = Rejestr jest zajęty
busy-detail =
    Rejestr zapisuje właśnie inne zmiany, dlatego nic nie zostało zapisane. { $count ->
        [one] Prosimy spróbować ponownie za { $count } sekundę.
        [few] Prosimy spróbować ponownie za { $count } sekundy.
        [many] Prosimy spróbować ponownie za { $count } sekund.
       *[other] Prosimy spróbować ponownie za { $count } sekundy.
    }
busy-problem = Baza danych zbyt długo zapisywała inne zmiany, dlatego nic nie zostało zapisane; nagłówek Retry-After podaje, kiedy spróbować ponownie.

## 409: w sprawie zgłoszenia podjęto już decyzję (inna osoba moderująca albo inna karta przeglądarki).

conflict-already-decided =
    { $decision ->
        [approved] Zgłoszenie { $reference } zostało już zatwierdzone przez { $moderator }; Państwa decyzja nie została zapisana.
       *[rejected] Zgłoszenie { $reference } zostało już odrzucone przez { $moderator }; Państwa decyzja nie została zapisana.
    }
