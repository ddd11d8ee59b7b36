# La decisione nella pagina di revisione e la legenda della mappa nella pagina delle statistiche.

## La pagina di revisione: prima decidere, sotto modificare.

moderation-decision-heading = Decidere
moderation-approve-as-is = Approva così com’è
moderation-approve-errors = Non è stato possibile approvarla così com’è: il modulo qui sotto indica cosa correggere.
moderation-reject-reason = Motivo del rifiuto
moderation-reject-reason-hint = Chi l’ha inviata vede questo motivo nella pagina del suo codice di riferimento.
moderation-edit-link = Oppure correggila prima, nel modulo qui sotto.
moderation-edit-lead = La scheda viene pubblicata come indica questo modulo. Cambia ciò che va cambiato, poi approva.

## La legenda della mappa d’Europa nella pagina delle statistiche: cosa indica ogni tonalità.

moderation-map-legend-heading = Cosa indicano le tonalità
moderation-map-legend-none = Nessuna organizzazione
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } organizzazione
       *[other] { $count } organizzazioni
    }
moderation-map-legend-range = Da { $from } a { $to } organizzazioni
