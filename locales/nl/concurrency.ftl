# Antwoorden op een verzoek dat tegelijk met andere verzoeken binnenkwam.

## 503: de database bleef langer door andere wijzigingen (bijvoorbeeld een import) vergrendeld dan een schrijfactie wacht.

problem-busy = Het register is bezet
busy-detail =
    Het register slaat op dit moment andere wijzigingen op, daarom is er niets opgeslagen. { $count ->
        [one] Probeer het over { $count } seconde opnieuw.
       *[other] Probeer het over { $count } seconden opnieuw.
    }
busy-problem = De database was te lang bezig met andere wijzigingen, daarom is er niets opgeslagen; Retry-After zegt wanneer u het opnieuw kunt proberen.

## 409: over de bijdrage is al beslist (door een andere moderator, of in een ander tabblad).

conflict-already-decided =
    { $decision ->
        [approved] Bijdrage { $reference } is al goedgekeurd door { $moderator }; uw beslissing is niet vastgelegd.
       *[rejected] Bijdrage { $reference } is al afgewezen door { $moderator }; uw beslissing is niet vastgelegd.
    }
