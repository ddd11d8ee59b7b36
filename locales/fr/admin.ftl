# Les pages de la modération : connexion, file d’attente, relecture d’une contribution, modification d’une fiche.

## La barre en haut de chaque page de la modération

admin-signed-in-as = Connecté·e en tant que
admin-queue-link = File d’attente
admin-sign-out = Se déconnecter

## Connexion

admin-sign-in-title = Connexion
admin-sign-in-heading = Se connecter pour modérer
admin-sign-in-description = Connectez-vous pour modérer le registre.
admin-username = Nom d’utilisateur
admin-password = Mot de passe
admin-sign-in-button = Se connecter
admin-sign-in-refused = Le nom d’utilisateur ou le mot de passe est incorrect.

## La file d’attente

admin-queue-title = File de modération
admin-queue-description = Contributions en attente de relecture.
admin-queue-empty = Rien n’attend de relecture.
admin-queue-waiting =
    { $count ->
        [one] { $count } contribution attend d’être relue, la plus ancienne en premier.
       *[other] { $count } contributions attendent d’être relues, les plus anciennes en premier.
    }
admin-queue-pending = Contributions en attente
admin-queue-reference = Référence
admin-queue-kind = Type
admin-queue-organisation = Organisation
admin-queue-sent = Date d’envoi
admin-queue-flags = Signalements
admin-queue-correction-to = (pour { $organisation })
admin-queue-possible-duplicate = Doublon possible de { $organisations }
admin-queue-decided = Décisions récentes

## Types et états des contributions

admin-kind-new = Nouvelle
admin-kind-correction = Correction
admin-status-pending = en attente
admin-status-approved = acceptée
admin-status-rejected = refusée
admin-decided-by = par { $moderator }

## Relecture d’une contribution

admin-review-title = Relire { $reference }
admin-review-description = Relire une contribution.
admin-review-heading-new = Nouvelle organisation : { $name }
admin-review-heading-correction = Correction : { $name }
admin-review-meta = Référence { $reference } · envoyée le { $sent }
admin-review-duplicate = Doublon possible de
admin-review-note = Le message de la personne qui a contribué
admin-review-contact = Contact (modération uniquement ; effacé lors de la décision) :
admin-review-changes = Ce qu’elle modifie
admin-review-contents = Ce qu’elle contient
admin-review-no-change = Aucune modification par rapport à la fiche publiée.
admin-review-field = Champ
admin-review-live = Fiche publiée
admin-review-proposed = Proposition
admin-review-value = Valeur
admin-review-approve-heading = Modifier et accepter
admin-review-approve = Accepter et publier
admin-review-reject = Refuser

## Modification d’une fiche

admin-edit-title = Modifier { $name }
admin-edit-description = Modifier une fiche.
admin-edit-lead-before = Votre modification est publiée immédiatement et conservée dans
admin-edit-lead-link = l’historique de la fiche
admin-edit-lead-after = .
admin-edit-save = Enregistrer
