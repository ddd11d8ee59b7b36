# Réponses aux requêtes que le site ne peut pas accepter telles quelles.

## 405

problem-method-not-allowed = Méthode non autorisée
method-not-allowed-detail = Cette adresse ne répond pas aux requêtes { $method } ; l’en-tête Allow indique les méthodes auxquelles elle répond.
method-not-allowed-problem = L’adresse ne répond pas à cette méthode ; l’en-tête Allow indique celles auxquelles elle répond.

## 413

problem-payload-too-large = Requête trop volumineuse
# $limit : en kilo-octets.
payload-too-large-detail = La requête dépasse { $limit } Ko, le maximum que ce site lit. Rien n’a été enregistré.
payload-too-large-problem = Le corps de la requête dépasse ce que le site lit ; rien n’a été lu ni enregistré.

## 415 et 400

unsupported-body-type = Cette adresse n’accepte pas de corps de requête de ce type.
body-unreadable = le corps de la requête n’a pas pu être lu
path-not-utf8 = n’est pas un texte valide une fois l’encodage-pourcent décodé (il doit être en UTF-8)
path-not-number = « { $value } » n’est pas un nombre
param-lang = « { $value } » n’est pas une langue de ce site ; utilisez l’une de celles-ci : { $known }
param-empty = est vide ; omettez plutôt le paramètre
