# De pagina's van de moderatie: inloggen, wachtrij, een bijdrage beoordelen, een vermelding bewerken.

## De balk boven elke pagina van de moderatie

admin-signed-in-as = Ingelogd als
admin-queue-link = Wachtrij
admin-sign-out = Uitloggen

## Inloggen

admin-sign-in-title = Inloggen
admin-sign-in-heading = Inloggen om te modereren
admin-sign-in-description = Log in om het register te modereren.
admin-username = Gebruikersnaam
admin-password = Wachtwoord
admin-sign-in-button = Inloggen
admin-sign-in-refused = De gebruikersnaam of het wachtwoord is onjuist.

## De wachtrij

admin-queue-title = Moderatiewachtrij
admin-queue-description = Bijdragen die op beoordeling wachten.
admin-queue-empty = Er wacht niets op beoordeling.
admin-queue-waiting =
    { $count ->
        [one] Eén bijdrage wacht op beoordeling, de oudste eerst.
       *[other] { $count } bijdragen wachten op beoordeling, de oudste eerst.
    }
admin-queue-pending = Openstaande bijdragen
admin-queue-reference = Referentie
admin-queue-kind = Soort
admin-queue-organisation = Organisatie
admin-queue-sent = Ingestuurd
admin-queue-flags = Signalen
admin-queue-correction-to = (voor { $organisation })
admin-queue-possible-duplicate = Mogelijk dubbel met { $organisations }
admin-queue-decided = Onlangs beslist

## Soorten en stand van bijdragen

admin-kind-new = Nieuw
admin-kind-correction = Correctie
admin-status-pending = open
admin-status-approved = goedgekeurd
admin-status-rejected = afgewezen
admin-decided-by = door { $moderator }

## Een bijdrage beoordelen

admin-review-title = { $reference } beoordelen
admin-review-description = Een bijdrage beoordelen.
admin-review-heading-new = Nieuwe organisatie: { $name }
admin-review-heading-correction = Correctie: { $name }
admin-review-meta = Referentie { $reference } · ingestuurd op { $sent }
admin-review-duplicate = Mogelijk dubbel met
admin-review-note = De opmerking van de inzender
admin-review-contact = Contact (alleen voor de moderatie; wordt bij de beslissing gewist):
admin-review-changes = Wat er verandert
admin-review-contents = Wat erin staat
admin-review-no-change = Geen wijziging ten opzichte van de gepubliceerde vermelding.
admin-review-field = Veld
admin-review-live = Gepubliceerde vermelding
admin-review-proposed = Voorstel
admin-review-value = Waarde
admin-review-approve-heading = Bewerken en goedkeuren
admin-review-approve = Goedkeuren en publiceren
admin-review-reject = Afwijzen

## Een vermelding bewerken

admin-edit-title = { $name } bewerken
admin-edit-description = Een vermelding bewerken.
admin-edit-lead-before = Uw wijziging wordt meteen gepubliceerd en bewaard in de
admin-edit-lead-link = geschiedenis van de vermelding
admin-edit-lead-after = .
admin-edit-save = Opslaan
