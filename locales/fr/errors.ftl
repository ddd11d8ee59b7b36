# Pages d’erreur, documents de problème de l’API, messages de validation et des paramètres de recherche.
# Les messages de champ s’affichent à côté de leur champ et ne le nomment donc pas.

## La page d’erreur

error-page-title = { $title } – userled
error-status = Erreur { $status }
error-search-instead = Rechercher plutôt dans le registre
error-link-home = Accueil
error-link-organisations = Toutes les organisations
error-link-about = À propos du registre

## Types de problème

problem-invalid-parameter = Paramètre non valide
problem-not-found = Introuvable
problem-invalid-record = Fiche non valide
problem-forbidden = Non autorisé
problem-conflict = Conflit
problem-unsupported-media-type = Format non pris en charge
problem-too-many-requests = Trop de requêtes
problem-internal-error = Un problème est survenu de notre côté

## Ce qui n’a pas fonctionné

error-too-many-requests =
    { $count ->
        [one] Veuillez patienter { $count } seconde, puis réessayer.
       *[other] Veuillez patienter { $count } secondes, puis réessayer.
    }
error-internal = La requête n’a pas pu aboutir. L’incident a été enregistré ; veuillez réessayer plus tard.
error-form-expired = Ce formulaire a expiré ou ne provient pas de ce site. Veuillez recharger la page et l’envoyer à nouveau.
error-json-only = Envoyez la contribution au format application/json.
error-nothing-here = Il n’y a rien à l’adresse { $path }.
error-no-file = Il n’y a pas de fichier « { $file } ».
error-no-icon = Aucune icône.
error-no-category = Il n’y a pas de catégorie « { $slug } ».
error-no-country = Il n’y a pas de pays « { $code } ».
error-no-organisation = Il n’y a pas d’organisation « { $slug } » dans le registre.
error-no-organisation-short = Il n’y a pas d’organisation « { $slug } ».
error-no-revision = L’organisation « { $slug } » n’a pas de version { $number }.
error-discreet-correction = La fiche « { $slug } » est publiée de façon discrète ; les corrections la concernant sont à adresser directement à l’équipe de modération.
error-no-submission = Il n’y a pas de contribution { $reference }.
error-already-decided = La contribution { $reference } a déjà fait l’objet d’une décision.
error-correction-target-gone = L’organisation visée par cette correction n’existe plus.
error-no-free-slug = Aucun identifiant (slug) libre pour « { $slug } ».

## Paramètres de recherche

param-repeated = est indiqué plusieurs fois
param-unknown = « { $name } » n’est pas un paramètre de recherche ; les paramètres possibles sont : { $known }
param-too-long = dépasse { $max } caractères
param-not-year = « { $value } » n’est pas une année
param-not-boolean = « { $value } » n’est ni true ni false
param-page = « { $value } » n’est pas un numéro de page (1 ou plus)
param-per-page = « { $value } » n’est pas un nombre de 1 à { $max }

## Valeurs

field-unknown-value = valeur inconnue « { $value } » ; valeurs possibles : { $expected }
field-country-malformed = « { $value } » n’est pas un code pays ISO 3166-1 alpha-2 (deux lettres majuscules, par exemple DK)
field-country-unassigned =
    « { $value } » n’est pas un code pays ISO 3166-1 attribué{ $value ->
        [UK]  ; le code du Royaume-Uni est GB
        [EL]  ; le code de la Grèce est GR
       *[other] {""}
    }
field-year-range = { $value } n’est pas une année comprise entre { $earliest } et { $latest }
field-not-whole-number = « { $value } » n’est pas un nombre entier
field-not-positive = { $value } n’est pas un nombre entier positif
field-slug-invalid = « { $value } » n’est pas un identifiant (slug) valide : utilisez des lettres minuscules et des chiffres reliés par des traits d’union simples, { $max } caractères au maximum
field-url-too-long = une adresse web compte au maximum { $max } caractères
field-url-not-web = « { $value } » n’est pas une adresse web : elle doit commencer par http:// ou https://
field-url-invalid = « { $value } » n’est pas une adresse web valide ({ $reason })
field-language-code = « { $value } » n’est pas un code de langue ISO 639 (deux ou trois lettres minuscules, par exemple da)
field-date = « { $value } » n’est pas une date au format AAAA-MM-JJ
field-date-future = { $value } est une date future
field-email-invalid = « { $value } » n’est pas une adresse e-mail

## Les champs de la fiche

field-required = est obligatoire
field-control-characters = ne doit pas contenir de caractères de contrôle
field-too-long = compte { $length } caractères ; { $max } au maximum sont autorisés
field-too-many = { $max } entrées au maximum
field-not-in-record = n’est pas un champ de la fiche d’une organisation
field-incomplete = est incomplète
field-slug-underivable = ne peut pas être déduit du nom ; indiquez-en un
field-categories-required = choisissez au moins une catégorie
field-ended-before-founded = { $ended } est antérieur à l’année de création { $founded }
field-ended-but-active = une organisation qui a une année de fin ne peut pas être active
field-degree-required = est obligatoire (choisissez « { degree-unclear } » si les sources ne le disent pas)
field-sources-required = indiquez au moins une source : un lien qui appuie cette fiche
field-language-required = est obligatoire pour un nom dans la langue d’origine
field-relation-to-itself = une organisation ne peut pas être liée à elle-même
field-relation-twice = ce lien figure deux fois
field-relation-missing = aucune organisation « { $slug } » dans le registre
field-event-year =
    { $year } ne correspond pas à l’{ $other ->
        [founded_year] année de création
       *[other] année de fin
    } { $expected }

## Contributions et modération

field-note-required = dites ce qui a changé et comment vous le savez
field-note-too-long = { $max } caractères au maximum
field-correction-target = il n’y a pas d’organisation « { $slug } » à corriger
field-reason-required = indiquez un motif ; il sera conservé
field-honeypot = doit rester vide

## Un contenu ou un formulaire illisible

field-json-invalid = n’est pas du JSON valide : { $reason }
field-json-object = doit être un objet JSON
field-json-string = doit être une chaîne de caractères
field-json-unreadable = est illisible : { $reason }
field-form-unreadable = est illisible : { $reason }
