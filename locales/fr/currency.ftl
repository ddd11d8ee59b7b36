# L’actualité d’une fiche : vérifications auprès de l’organisation elle-même et état de ses liens
# (`userled check-links`). Pages de la modération et notes discrètes sur la page d’une fiche.

## La page d’une fiche

currency-month-year = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[other] décembre
    } { $year }
currency-link-note = { $status ->
        [broken] Ce lien a renvoyé une erreur ({ $code }) lors de la vérification du { $date }.
       *[other] Ce lien n’a pas répondu lors de la vérification du { $date }.
    }

## Modération : les liens qui n’ont pas fonctionné

currency-links-title = Liens qui n’ont pas fonctionné
currency-links-description = Sites et sources trouvés cassés, injoignables ou déplacés lors de la dernière vérification.
currency-links-lead = Ce qu’a trouvé le dernier passage du vérificateur de liens. Un site qui n’a pas répondu une fois répondra peut-être demain : regardez avant de modifier la fiche.
currency-links-failing-heading = Cassés ou injoignables
currency-links-none-failing = Tous les liens vérifiés ont répondu.
currency-links-redirected-heading = Déplacés
currency-links-redirected-lead = Ces liens fonctionnent encore, mais mènent à une autre adresse. Envisagez d’utiliser la nouvelle.
currency-links-none-redirected = Aucun lien vérifié ne mène ailleurs.
currency-links-organisation = Organisation
currency-links-place = Où
currency-links-address = Lien
currency-links-result = Résultat
currency-links-checked = Vérifié le
currency-place-website = Site web
currency-place-source = Source
currency-place-event = Source dans la chronologie
currency-result-broken = Erreur { $code }
currency-result-dns = Nom introuvable
currency-result-connect = Pas de connexion
currency-result-timeout = Pas de réponse à temps
currency-result-redirects = Trop de redirections
currency-result-other = Pas de réponse
currency-result-redirected = Mène maintenant à
currency-result-ok = Fonctionne

## Modération : fiches à vérifier

currency-due-title = À vérifier
currency-due-description = Fiches jamais vérifiées auprès de l’organisation elle-même, ou pas depuis longtemps.
currency-due-lead = { $count ->
        [one] Fiches jamais vérifiées auprès de l’organisation elle-même, ou vérifiées pour la dernière fois il y a plus d’un jour, les plus anciennes d’abord.
       *[other] Fiches jamais vérifiées auprès de l’organisation elle-même, ou vérifiées pour la dernière fois il y a plus de { $count } jours, les plus anciennes d’abord.
    }
currency-due-count = { $count ->
        [0] Aucune n’est à vérifier.
        [one] { $count } fiche est à vérifier.
       *[other] { $count } fiches sont à vérifier.
    }
currency-due-more = { $count ->
        [one] { $count } autre est à vérifier et apparaîtra une fois celles-ci vérifiées.
       *[other] { $count } autres sont à vérifier et apparaîtront une fois celles-ci vérifiées.
    }
currency-due-none = Aucune fiche n’est à vérifier.
currency-due-never = jamais
currency-due-last-checked = Dernière vérification :
currency-due-note = Comment avez-vous vérifié ?
    .hint = Par exemple : par téléphone, ou leur propre site a été mis à jour cette année. Visible dans l’historique de la fiche.
currency-due-mark = Marquer comme vérifiée aujourd’hui
currency-check-note-required = Indiquez comment vous avez vérifié la fiche.
currency-already-checked-today = { $name } a déjà été marquée comme vérifiée aujourd’hui.

## Modération : modifier une fiche

currency-edit-reason = Motif de cette modification
    .hint = Visible dans l’historique de la fiche. Nécessaire si vous changez le statut : il est consigné, daté, dans la chronologie de la fiche.
currency-status-reason-required = Vous avez changé le statut : indiquez pourquoi dans « Motif de cette modification », en bas du formulaire.
