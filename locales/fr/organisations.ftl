# Listes de résultats, filtres, la fiche d’une organisation, son historique, le flux.

## Dates

show-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
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

## La liste des organisations, les pages de catégorie et de pays

list-heading = Organisations
list-description = Rechercher dans le registre des organisations portées par les usagers de drogues.
list-count = { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
list-count-query = { $count ->
        [one] { $count } organisation correspondant à « { $query } »
       *[other] { $count } organisations correspondant à « { $query } »
    }
list-counted = { $count ->
        [0] Le registre n’en recense encore aucune.
        [one] Le registre en recense une.
       *[other] Le registre en recense { $count }.
    }
list-country-intro = { $country } : organisations portées par les usagers de drogues, basées ou actives dans ce pays.
list-search-label = Rechercher par nom, ville, activité ou source
list-search-button = Rechercher
list-sort-label = Trier par
list-sort-apply = Appliquer
list-results-heading = Résultats
list-jump-to-facets = Affiner ou élargir les résultats
list-facets-heading = Affiner ou élargir
list-facet-selected = sélectionné ; sélectionner à nouveau pour le retirer
list-filters-label = Filtres actifs
list-filter = { $name } : { $value }
list-filter-from-words = D’après les mots « { $words } » de votre recherche
list-filter-remove = retirer ce filtre
list-clear-filters = Tout effacer
list-founded-between = de { $from } à { $to }
list-founded-from = { $from } ou après
list-founded-to = { $to } ou avant
list-filter-evaluated = Avec une évaluation
list-filter-not-evaluated = Sans évaluation
list-empty-heading = Aucune organisation ne correspond à cette recherche
list-suggestion-before = Vouliez-vous dire
list-suggestion-after =  ?
list-empty-spelling = Vérifiez l’orthographe, ou cherchez avec moins de mots ou des mots plus courts : le dernier mot est cherché par son début, ainsi « narco » trouve « Narcotics Anonymous ».
list-empty-filters-before = Retirez un filtre ci-dessus, ou
list-empty-filters-link = cherchez sans filtres
list-empty-filters-after = .
list-empty-browse = Parcourir toutes les organisations
list-empty-browse-or = , ou
list-empty-about = lire ce que couvre le registre
list-empty-about-after = .
list-pages-label = Pages
list-previous = ← Précédente
list-next = Suivante →
list-page-of = Page { $page } sur { $count }
list-downloads = Télécharger cette recherche :
list-card-degree = Degré de portage par les usagers :
list-card-founded = Fondée en { $year }
list-card-discreet = Référencée discrètement

## Filtres : leurs noms

facet-category = Catégorie
facet-country = Pays
facet-degree = Degré de portage par les usagers
facet-status = Statut
facet-activity = Activité
facet-decade = Fondation
facet-scope = Échelle
facet-decade-value = années { $decade }

## Tris

sort-relevance = Pertinence
sort-name = Nom
sort-founded = Plus anciennes d’abord
sort-founded-desc = Plus récentes d’abord
sort-updated = Mises à jour récemment

## La fiche d’une organisation

show-title = { $name } – userled
show-description-discreet = { $name } dans le registre des organisations portées par les usagers de drogues.
show-citation = « { $name } ». In : userled, le registre des organisations portées par les usagers de drogues. { $url } (fiche mise à jour le { $date }). Licence : CC BY 4.0.
show-breadcrumb-label = Fil d’Ariane
show-aliases = Autres noms :
show-countries = Pays
show-countries-inline = Pays :
show-city = Ville ou région
show-scope = Échelle
show-founded = Fondation
show-not-known = inconnue
show-ended = Fin
show-status = Statut
show-degree = Degré de portage par les usagers
show-degree-note-separator = { "\u00A0" }:
show-profiles = Public
show-website = Site web
show-verified = Dernière vérification
show-not-verified = pas encore vérifiée auprès de l’organisation elle-même
show-activities-heading = Ce qu’elle fait
show-related-heading = Organisations liées
show-related-member-of = Membre de
show-related-has-member = A pour membre
show-related-partner-of = Partenaire de
show-related-founded-by = Fondée par
show-related-founded = A fondé
show-related-succeeded-by = Remplacée par
show-related-succeeded = A succédé à
show-evaluations-heading = Évaluations
show-evaluation-participants = { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
show-figures-heading = En chiffres
show-timeline-heading = Chronologie
show-timeline-founded = Fondation
show-timeline-founded-text = Fondation de { $name }.
show-timeline-figure = Chiffre
show-timeline-figure-text = { $label } : { $value }
show-timeline-evaluation = Évaluation
show-timeline-evaluation-text = { $citation } : { $finding }
show-timeline-ended = Fin
show-timeline-ended-text = { $name } a cessé ses activités.
show-timeline-source = source
show-sources-heading = Sources
show-discreet-notice = Cette organisation a demandé à être référencée discrètement. Le registre n’affiche que son nom, ses catégories et ses pays.
show-cite-heading = Citer cette fiche
show-updated = Dernière mise à jour le { $date }.
show-json-before = Aussi en
show-json-after = .
show-improve-heading = Garder cette fiche exacte
show-suggest-correction = Proposer une correction
show-history-link = Voir son historique

## L’historique d’une organisation

history-title = Historique de { $name } – userled
history-description = Toutes les modifications de la fiche de { $name }.
history-heading = Historique de { $name }
history-breadcrumb = Historique
history-signed-in = Connecté·e en tant que
history-queue = File d’attente
history-edit-entry = Modifier cette fiche
history-discreet-notice = Cette organisation est référencée discrètement : son historique montre quand la fiche a changé, pas ce qui a changé.
history-empty = Aucune modification n’a été enregistrée depuis la première publication de cette fiche.
history-revision = Version { $number }
history-current = actuelle
history-when = { $date }, { $time } UTC
history-revision-meta = { $when } · { $action } · par { $actor } · { $summary }
history-fields-changed = { $count ->
        [one] { $count } champ modifié
       *[other] { $count } champs modifiés
    }
history-column-field = Champ
history-column-before = Avant
history-column-after = Après
history-restore = Restaurer la version { $number }
history-action-baseline = Premier état enregistré
history-action-import = Importée
history-action-approval = Contribution approuvée
history-action-edit = Modifiée par la modération
history-action-restore = Restaurée
history-summary-approved = Contribution { $reference } approuvée
history-summary-restored = Version { $number } restaurée
history-summary-edited = Modifiée
history-summary-seed = Chargée depuis les données initiales
history-summary-import = Importée depuis un fichier du registre
history-summary-baseline = La fiche telle qu’elle était avant la tenue de l’historique
history-field-slug = Nom dans l’adresse
history-field-name = Nom
history-field-aliases = Autres noms
history-field-description = Description
history-field-categories = Catégories
history-field-countries = Pays
history-field-city = Ville ou région
history-field-scope = Échelle
history-field-founded-year = Fondation
history-field-status = Statut
history-field-ended-year = Fin
history-field-user-led-degree = Degré de portage par les usagers
history-field-degree-note = Justification du degré
history-field-user-profiles = Public
history-field-activities = Activités
history-field-website = Site web
history-field-visibility = Visibilité
history-field-last-verified = Dernière vérification
history-field-sources = Sources
history-field-evaluations = Évaluations
history-field-facts = Chiffres
history-field-relations = Organisations liées
history-field-events = Événements
history-part = { $part } : { $value }
history-part-name = Nom
history-part-language = Langue
history-part-kind = Type
history-part-url = Adresse
history-part-title = Titre
history-part-note = Remarque
history-part-citation = Référence
history-part-year = Année
history-part-design = Méthode
history-part-sample-size = Taille de l’échantillon
history-part-finding = Résultat
history-part-label = Intitulé
history-part-value = Valeur
history-part-target = Organisation
history-part-source-url = Source

## Le flux Atom

feed-heading = userled : organisations nouvelles et modifiées
feed-subtitle = Le registre des organisations portées par les usagers de drogues
feed-entry-summary = { $categories } · { $countries }
