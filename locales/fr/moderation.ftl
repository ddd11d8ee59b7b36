# La décision sur la page d’examen et la légende de la carte de la page des statistiques.

## La page d’examen : décider d’abord, modifier plus bas.

moderation-decision-heading = Décider
moderation-approve-as-is = Accepter tel quel
moderation-approve-errors = La contribution n’a pas pu être acceptée telle quelle : le formulaire ci-dessous indique ce qu’il faut corriger.
moderation-reject-reason = Motif du refus
moderation-reject-reason-hint = La personne qui l’a envoyée voit ce motif sur la page de sa référence.
moderation-edit-link = Ou la corriger d’abord, dans le formulaire ci-dessous.
moderation-edit-lead = La fiche est publiée telle que ce formulaire la décrit. Modifiez ce qui doit l’être, puis acceptez.

## La légende de la carte de l’Europe sur la page des statistiques : ce que signifie chaque teinte.

moderation-map-legend-heading = Ce que signifient les teintes
moderation-map-legend-none = Aucune organisation
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
moderation-map-legend-range = De { $from } à { $to } organisations
