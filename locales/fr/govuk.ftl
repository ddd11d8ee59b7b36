# Le formulaire d’organisation selon les modèles du GOV.UK Design System.

## Mentions et règles

form-optional-mark = (facultatif)
form-optional-rule = Répondez à chaque question qui n’est pas marquée (facultatif).

## Listes répétables

form-row-aliases = Autre nom { $number }
form-row-sources = Source { $number }
form-row-evaluations = Évaluation { $number }
form-row-facts = Chiffre { $number }
form-row-relations = Organisation liée { $number }
form-row-events = Événement { $number }
form-remove = Retirer
form-add-aliases =
    { $count ->
        [0] Ajouter un nom
       *[other] Ajouter un autre nom
    }
form-add-countries = Ajouter un autre pays
form-add-sources = Ajouter une autre source
form-add-evaluations =
    { $count ->
        [0] Ajouter une évaluation
       *[other] Ajouter une autre évaluation
    }
form-add-facts =
    { $count ->
        [0] Ajouter un chiffre
       *[other] Ajouter un autre chiffre
    }
form-add-relations =
    { $count ->
        [0] Ajouter une organisation liée
       *[other] Ajouter une autre organisation liée
    }
form-add-events =
    { $count ->
        [0] Ajouter un événement
       *[other] Ajouter un autre événement
    }
submit-confirm-send = Confirmer et envoyer

## Messages d’erreur

form-error-name-required = Saisissez le nom de l’organisation
form-error-description-required = Saisissez une description de l’organisation
form-error-degree_note-required = Dites en une phrase comment vous savez dans quelle mesure elle est portée par des personnes qui consomment des drogues
form-error-aliases-name-required = Saisissez l’autre nom, ou retirez cette ligne
form-error-sources-title-required = Saisissez le titre de la source, tel qu’il y figure
form-error-evaluations-citation-required = Saisissez la référence de l’évaluation, ou retirez cette ligne
form-error-evaluations-finding-required = Saisissez ce que l’évaluation a constaté
form-error-facts-label-required = Saisissez ce que le chiffre compte, ou retirez cette ligne
form-error-facts-value-required = Saisissez le chiffre en nombre
form-error-events-year-required = Saisissez l’année de l’événement
form-error-events-note-required = Décrivez l’événement en quelques mots
form-error-required = Remplissez ce champ, ou retirez sa ligne
form-error-url = Saisissez une adresse web qui commence par https://
form-error-url-too-long = Saisissez une adresse web de { $max } caractères au plus
form-error-year-number = Saisissez l’année en chiffres, par exemple 1994
form-error-number = Saisissez un nombre entier, par exemple 120
form-error-year-range = Saisissez une année de { $earliest } à { $latest }
form-error-not-positive = Saisissez un nombre supérieur à 0
form-error-choose = Choisissez l’une des options proposées
form-error-relation-target = Saisissez la dernière partie de l’adresse de l’organisation dans le registre, par exemple jes-network
form-error-language-code = Saisissez la langue sous la forme de son code de deux ou trois lettres minuscules, par exemple da pour le danois
form-error-language-required = Saisissez le code de la langue de ce nom, par exemple da pour le danois
form-error-date = Saisissez la date sous la forme année, mois et jour, par exemple 2026-03-14
form-error-date-future = Saisissez une date qui est aujourd’hui ou passée
form-error-email = Saisissez une adresse e-mail comme nom@example.org, ou laissez le champ vide
form-error-control-characters = Supprimez les caractères de contrôle invisibles copiés avec le texte
form-error-too-long = Raccourcissez ce texte à { $max } caractères au plus
form-error-too-many = N’en indiquez pas plus de { $max }
form-error-name-letters = Saisissez un nom qui contient des lettres ou des chiffres
form-error-categories-required = Choisissez au moins une catégorie
form-error-ended-before-founded = Saisissez une année de fin qui n’est pas antérieure à l’année de création ({ $founded })
form-error-ended-but-active = Choisissez un autre statut qu’active, ou laissez l’année de fin vide
form-error-degree-required = Choisissez dans quelle mesure elle est portée par des personnes qui consomment des drogues (Indéterminé si les sources ne le disent pas)
form-error-sources-required = Indiquez au moins une source : l’adresse web et le titre d’une page qui appuie cette fiche
form-error-relation-to-itself = Saisissez une autre organisation : une organisation ne peut pas être liée à elle-même
form-error-relation-twice = Retirez cette ligne : la même relation figure plus haut
form-error-relation-missing = Saisissez l’adresse d’une organisation du registre : il n’y en a aucune à { $slug }
form-error-event-year =
    { $other ->
        [founded_year] Saisissez { $expected }, l’année de création, ou modifiez cette année-là
       *[other] Saisissez { $expected }, l’année de fin, ou modifiez cette année-là
    }
form-error-note-required = Dites ce qui a changé et comment vous le savez
form-error-correction-target = L’organisation { $slug } ne figure plus dans le registre : ajoutez-la plutôt comme nouvelle
form-error-reason-required = Dites pourquoi vous faites cette modification
form-error-honeypot = Laissez ce champ vide
form-error-unreadable = Une partie du formulaire n’a pas pu être lue : vérifiez ce que vous avez saisi et renvoyez-le
