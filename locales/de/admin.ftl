# Die Seiten der Moderation: Anmeldung, Warteschlange, Prüfung eines Beitrags, Bearbeitung eines Eintrags.

## Die Leiste oben auf jeder Seite der Moderation

admin-signed-in-as = Angemeldet als
admin-queue-link = Warteschlange
admin-sign-out = Abmelden

## Anmeldung

admin-sign-in-title = Anmelden
admin-sign-in-heading = Zur Moderation anmelden
admin-sign-in-description = Melden Sie sich an, um das Register zu moderieren.
admin-username = Benutzername
admin-password = Passwort
admin-sign-in-button = Anmelden
admin-sign-in-refused = Benutzername oder Passwort ist falsch.

## Die Warteschlange

admin-queue-title = Moderationswarteschlange
admin-queue-description = Beiträge, die auf Prüfung warten.
admin-queue-empty = Nichts wartet auf Prüfung.
admin-queue-waiting =
    { $count ->
        [one] Ein Beitrag wartet auf Prüfung, der älteste zuerst.
       *[other] { $count } Beiträge warten auf Prüfung, die ältesten zuerst.
    }
admin-queue-pending = Offene Beiträge
admin-queue-reference = Referenz
admin-queue-kind = Art
admin-queue-organisation = Organisation
admin-queue-sent = Eingegangen
admin-queue-flags = Hinweise
admin-queue-correction-to = (zu { $organisation })
admin-queue-possible-duplicate = Mögliches Duplikat von { $organisations }
admin-queue-decided = Kürzlich entschieden

## Arten und Stand der Beiträge

admin-kind-new = Neu
admin-kind-correction = Korrektur
admin-status-pending = offen
admin-status-approved = angenommen
admin-status-rejected = abgelehnt
admin-decided-by = von { $moderator }

## Prüfung eines Beitrags

admin-review-title = { $reference } prüfen
admin-review-description = Einen Beitrag prüfen.
admin-review-heading-new = Neue Organisation: { $name }
admin-review-heading-correction = Korrektur: { $name }
admin-review-meta = Referenz { $reference } · eingegangen { $sent }
admin-review-duplicate = Mögliches Duplikat von
admin-review-note = Hinweis der einsendenden Person
admin-review-contact = Kontakt (nur für die Moderation; wird bei der Entscheidung gelöscht):
admin-review-changes = Was sich ändert
admin-review-contents = Was eingetragen wurde
admin-review-no-change = Keine Änderung gegenüber dem veröffentlichten Eintrag.
admin-review-field = Feld
admin-review-live = Veröffentlichter Eintrag
admin-review-proposed = Vorschlag
admin-review-value = Wert
admin-review-approve-heading = Bearbeiten und annehmen
admin-review-approve = Annehmen und veröffentlichen
admin-review-reject = Ablehnen

## Bearbeitung eines Eintrags

admin-edit-title = { $name } bearbeiten
admin-edit-description = Einen Eintrag bearbeiten.
admin-edit-lead-before = Ihre Änderung wird sofort veröffentlicht und in der
admin-edit-lead-link = Versionsgeschichte des Eintrags
admin-edit-lead-after = { " " }festgehalten.
admin-edit-save = Speichern
