# Het besluit op de beoordelingspagina en de legenda van de kaart op de statistiekpagina.

## De beoordelingspagina: eerst beslissen, daaronder bewerken.

moderation-decision-heading = Beslissen
moderation-approve-as-is = Ongewijzigd goedkeuren
moderation-approve-errors = Ongewijzigd goedkeuren lukte niet: het formulier hieronder laat zien wat gecorrigeerd moet worden.
moderation-reject-reason = Reden van afwijzing
moderation-reject-reason-hint = Wie de bijdrage stuurde, ziet deze reden op de pagina van het referentienummer.
moderation-edit-link = Of eerst corrigeren, in het formulier hieronder.
moderation-edit-lead = De vermelding wordt gepubliceerd zoals dit formulier aangeeft. Wijzig wat gewijzigd moet worden en keur dan goed.

## De legenda van de kaart van Europa op de statistiekpagina: waar elke tint voor staat.

moderation-map-legend-heading = Wat de tinten betekenen
moderation-map-legend-none = Geen organisaties
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } organisatie
       *[other] { $count } organisaties
    }
moderation-map-legend-range = { $from } tot { $to } organisaties
