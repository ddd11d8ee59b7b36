# Risposte a una richiesta arrivata insieme ad altre.

## 503: il database è rimasto bloccato da altre modifiche (per esempio un’importazione) più a lungo di quanto una scrittura attende.

problem-busy = Il registro è occupato
busy-detail =
    Il registro sta salvando altre modifiche, quindi non è stato salvato nulla. { $count ->
        [one] Riprova tra { $count } secondo.
       *[other] Riprova tra { $count } secondi.
    }
busy-problem = Il database è rimasto occupato da altre modifiche troppo a lungo, quindi non è stato salvato nulla; Retry-After indica quando riprovare.

## 409: sul contributo è già stata presa una decisione (da un’altra persona che modera, o in un’altra scheda).

conflict-already-decided =
    { $decision ->
        [approved] Il contributo { $reference } è già stato approvato da { $moderator }; la tua decisione non è stata registrata.
       *[rejected] Il contributo { $reference } è già stato respinto da { $moderator }; la tua decisione non è stata registrata.
    }
