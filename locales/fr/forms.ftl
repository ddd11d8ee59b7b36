# Le formulaire des organisations (nouvelles fiches, corrections, modifications par la modération)
# et les pages des contributeurs et contributrices.

## Le récapitulatif des erreurs en tête du formulaire

form-summary-title =
    { $count ->
        [one] Un point est à corriger
       *[other] { $count } points sont à corriger
    }
form-summary-item = { $field } – { $message }
form-summary-row = { $row } : { $column }

## Éléments de chaque champ

form-required = (obligatoire)
form-error-prefix = Erreur :
form-not-known = Inconnu

## Les sections du formulaire

form-section-organisation = L’organisation
form-section-work = Ce qu’elle fait
form-section-place = Où et depuis quand
form-section-leadership = Qui la dirige
form-section-sources = Sources
form-section-more = Plus : évaluations, chiffres, organisations liées, chronologie
form-section-visibility = Visibilité

## Les champs et leurs indications

form-name = Nom
    .hint = Le nom que l’organisation utilise.
form-aliases = Autres noms
    .hint = Sigles, nom dans sa propre langue (avec le code de langue, par exemple da), anciens noms.
form-aliases-name = Nom
form-aliases-language = Code de langue
form-aliases-kind = Type
form-description = Description
    .hint = Quelques phrases : qui sont ses membres et ce qu’ils font.
form-website = Site web
    .hint = Par exemple https://www.example.org (vous pouvez omettre https://).
form-categories = Catégories
    .hint = Choisissez-en au moins une.
form-activities = Activités
form-user_profiles = Public concerné
form-countries = Pays
    .hint = Où elle est basée ou intervient. Laissez vide pour une organisation mondiale sans siège.
form-country = Pays { $number }
form-city = Ville ou région
form-scope = Champ d’action
form-founded_year = Année de création
form-status = Statut
form-ended_year = Année de fin
    .hint = Seulement si elle a cessé ses activités.
form-user_led_degree = Dans quelle mesure est-elle dirigée par des personnes qui consomment ou ont consommé des drogues ?
form-degree_note = Comment le savez-vous ?
    .hint = Une phrase comme preuve, par exemple « son conseil d’administration est élu par des membres qui consomment des drogues ».
form-sources = Sources
    .hint = Au moins un lien qui étaye cette fiche : les pages de l’organisation elle-même, un rapport, un article.
form-sources-url = Adresse web
    .hint = De la page ou du document, par exemple https://www.example.org/rapport.
form-sources-title = Titre
    .hint = Son titre tel qu’il y figure, sur une ligne, 200 caractères au plus.
form-sources-note = Remarque
form-evaluations = Évaluations
    .hint = Études sur le travail de l’organisation : qui les a rédigées, quand, selon quelle méthode et avec quels résultats.
form-evaluations-citation = Référence, par exemple « Castrignano 2005 »
form-evaluations-year = Année
form-evaluations-design = Méthodologie
form-evaluations-sample_size = Taille de l’échantillon
form-evaluations-finding = Résultat
form-facts = Chiffres
    .hint = Des chiffres sur l’organisation, avec l’année à laquelle ils se rapportent si vous la connaissez.
form-facts-label = Ce qui est compté
form-facts-value = Nombre
form-facts-year = Année
form-facts-note = Remarque
form-relations = Organisations liées
    .hint = D’autres organisations du registre, désignées par la dernière partie de leur adresse (par exemple jes-network).
form-relations-kind = Relation
form-relations-target = Organisation (fin de son adresse)
form-events = Chronologie
    .hint = Événements datés : quand elle s’est structurée, a changé de nom, a fusionné ou a cessé.
form-events-year = Année
form-events-kind = Événement
form-events-note = Description
form-events-source_url = Lien vers la source
form-last_verified = Dernière vérification
    .hint = Date à laquelle cette fiche a été vérifiée pour la dernière fois auprès de l’organisation elle-même.
form-visibility = Quelle visibilité souhaitez-vous ?
    .hint = Certaines organisations ont de bonnes raisons de ne pas être vues.

## Les champs d’une fiche par leur nom court, pour le récapitulatif des erreurs et les tableaux de modifications

form-field-slug = Adresse (slug)
form-field-name = Nom
form-field-aliases = Autres noms
form-field-description = Description
form-field-categories = Catégories
form-field-countries = Pays
form-field-city = Ville ou région
form-field-scope = Champ d’action
form-field-founded_year = Année de création
form-field-status = Statut
form-field-ended_year = Année de fin
form-field-user_led_degree = Degré de portage par les usagers
form-field-degree_note = Preuve du portage par les usagers
form-field-user_profiles = Public concerné
form-field-activities = Activités
form-field-website = Site web
form-field-visibility = Visibilité
form-field-last_verified = Dernière vérification
form-field-sources = Sources
form-field-evaluations = Évaluations
form-field-facts = Chiffres
form-field-relations = Organisations liées
form-field-events = Chronologie
form-field-note = Message à la modération
form-field-contact_email = Votre adresse e-mail
form-field-form = Le formulaire
form-field-record = La fiche
form-field-leave_this_empty = Champ à laisser vide

## La page de contribution : une nouvelle organisation ou une correction

submit-title = Ajouter une organisation
submit-correction-title = Proposer une correction pour { $name }
submit-description = Contribuez au registre des organisations portées par les usagers de drogues. Chaque contribution est relue avant d’être publiée.
submit-lead = Présentez-nous un groupe conçu et animé par des personnes qui consomment ou ont consommé des drogues. La modération relit chaque fiche avant de la publier. Aucun compte n’est nécessaire.
submit-correction-lead = Modifiez ce qui est faux ou manquant, et dites-nous comment vous le savez. La modération relit chaque correction avant de la publier, et l’historique de la fiche garde ce qu’elle disait auparavant.
submit-duplicates-title = S’agit-il de l’une de celles-ci ?
submit-duplicates-intro = Le registre contient déjà des organisations aux noms proches :
submit-duplicates-suggest = proposer plutôt une correction pour celle-ci
submit-duplicates-outro = S’il s’agit d’une autre organisation, confirmez-le ci-dessous et renvoyez le formulaire.
submit-confirm-new = Il s’agit d’une organisation différente de celles listées ci-dessus
submit-moderators = Pour la modération
submit-note-correction = Qu’est-ce qui a changé, et comment le savez-vous ?
submit-note = Ce que la modération devrait savoir
submit-contact = Votre adresse e-mail
    .hint = Seule la modération la voit, pour pouvoir vous poser une question. Elle est effacée dès qu’une décision est prise sur votre contribution.
submit-honeypot = Laissez ce champ vide
submit-send = Envoyer pour relecture
submit-send-correction = Envoyer la correction

## La page où l’on retrouve sa contribution grâce à sa référence

received-title = Contribution { $reference }
received-description = Votre contribution attend d’être relue.
received-pending-title = Merci : votre contribution attend d’être relue
received-pending-lead = Une personne de la modération la relira avant sa publication.
received-approved-title = Votre contribution a été publiée
received-see-entry = Voir la fiche
received-rejected-title = Votre contribution n’a pas été publiée
received-rejected-lead = La modération a décidé de ne pas la publier.
received-reference-before = Votre référence est
received-reference-after = . Conservez-la pour poser une question sur votre contribution, ou revenez sur cette page pour savoir si une décision a été prise.
received-back = Retour au registre
received-add-another = Ajouter une autre organisation
