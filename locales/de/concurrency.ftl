# Antworten auf eine Anfrage, die gleichzeitig mit anderen Anfragen eintraf.

## 503: Die Datenbank war länger durch andere Änderungen (etwa einen Import) gesperrt, als ein Schreibvorgang wartet.

problem-busy = Das Register ist gerade ausgelastet
busy-detail =
    Das Register speichert gerade andere Änderungen, deshalb wurde nichts gespeichert. { $count ->
        [one] Bitte versuchen Sie es in { $count } Sekunde erneut.
       *[other] Bitte versuchen Sie es in { $count } Sekunden erneut.
    }
busy-problem = Die Datenbank war zu lange mit anderen Änderungen beschäftigt, deshalb wurde nichts gespeichert; Retry-After gibt an, wann Sie es erneut versuchen können.

## 409: Über einen Beitrag wurde bereits entschieden (von einer anderen Moderatorin oder in einem anderen Tab).

conflict-already-decided =
    { $decision ->
        [approved] Der Beitrag { $reference } wurde bereits von { $moderator } freigegeben; Ihre Entscheidung wurde nicht gespeichert.
       *[rejected] Der Beitrag { $reference } wurde bereits von { $moderator } abgelehnt; Ihre Entscheidung wurde nicht gespeichert.
    }
