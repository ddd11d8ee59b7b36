# Réponses à une requête arrivée en même temps que d’autres.

## 503 : la base de données est restée verrouillée par d’autres modifications (un import, par exemple) plus longtemps qu’une écriture n’attend.

problem-busy = Le registre est occupé
busy-detail =
    Le registre enregistre d’autres modifications en ce moment, et rien n’a donc été enregistré. { $count ->
        [one] Veuillez réessayer dans { $count } seconde.
       *[other] Veuillez réessayer dans { $count } secondes.
    }
busy-problem = La base de données est restée occupée trop longtemps par d’autres modifications, et rien n’a été enregistré ; Retry-After indique quand réessayer.

## 409 : une décision a déjà été prise sur la contribution (par un autre modérateur, ou dans un autre onglet).

conflict-already-decided =
    { $decision ->
        [approved] La contribution { $reference } a déjà été approuvée par { $moderator } ; votre décision n’a pas été enregistrée.
       *[rejected] La contribution { $reference } a déjà été rejetée par { $moderator } ; votre décision n’a pas été enregistrée.
    }
