# Die Entscheidung auf der Prüfseite und die Legende der Karte auf der Statistikseite.

## Die Prüfseite: zuerst entscheiden, darunter bearbeiten.

moderation-decision-heading = Entscheiden
moderation-approve-as-is = Unverändert annehmen
moderation-approve-errors = Unverändert konnte der Beitrag nicht angenommen werden: Das Formular unten zeigt, was zu korrigieren ist.
moderation-reject-reason = Grund der Ablehnung
moderation-reject-reason-hint = Die Person, die den Beitrag geschickt hat, sieht diesen Grund auf der Seite ihrer Referenznummer.
moderation-edit-link = Oder zuerst korrigieren, im Formular unten.
moderation-edit-lead = Der Eintrag wird so veröffentlicht, wie es in diesem Formular steht. Ändern Sie, was zu ändern ist, und nehmen Sie ihn dann an.

## Die Legende der Europakarte auf der Statistikseite: wofür jede Schattierung steht.

moderation-map-legend-heading = Was die Schattierungen bedeuten
moderation-map-legend-none = Keine Organisationen
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    }
moderation-map-legend-range = { $from } bis { $to } Organisationen
