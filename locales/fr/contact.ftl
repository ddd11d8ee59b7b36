# Comment joindre une organisation : ses coordonnées dans la fiche, le formulaire, sa page et les listes.

## Comment une organisation rencontre les gens (vocabulaire `meets`).
meeting_mode-in_person = En personne
    .definition = Rencontre les gens en face à face, dans un lieu ou dans la rue.
meeting_mode-online = En ligne
    .definition = Rencontre les gens uniquement en ligne : messagerie, appels vidéo, forums ou réseaux sociaux.
meeting_mode-both = En personne et en ligne
    .definition = Rencontre les gens en face à face et en ligne.

## Ce vers quoi mène un lien de contact.
contact_link_kind-social = Réseaux sociaux
    .definition = Une page ou un profil sur un réseau social.
contact_link_kind-messaging = Messagerie
    .definition = Une discussion, un groupe ou une chaîne sur un service de messagerie.

## Problèmes de coordonnées, tels que l’API les signale.
field-telephone-invalid = « { $value } » n’est pas un numéro de téléphone au format international : + et l’indicatif du pays, puis le numéro, 8 à 15 chiffres en tout
field-working-language = « { $value } » n’est pas l’une des langues du registre

## La section du formulaire.
form-section-contact = Comment la joindre
    .hint = Seulement les coordonnées que l’organisation rend elle-même publiques. Elles figurent sur sa fiche, sauf si la fiche est discrète.
form-contact-email = Adresse e-mail
    .hint = Par exemple info@example.org.
form-contact-telephone = Téléphone
    .hint = Au format international, avec + et l’indicatif du pays, par exemple +33 1 23 45 67 89.
form-contact-address = Adresse postale
    .hint = Seulement une adresse qu’elle communique : la rue (ou la boîte postale), la ville et le pays ensemble.
form-contact-street = Numéro et rue, ou boîte postale
form-contact-postal_code = Code postal
form-contact-locality = Ville
form-contact-country = Pays
form-contact_links = Réseaux sociaux et messageries
    .hint = Ses pages sur les réseaux sociaux, et les discussions ou chaînes qu’elle invite à rejoindre.
# $number : la place du lien dans la liste.
form-row-contact_links = Lien { $number }
form-add-contact_links =
    { $count ->
        [0] Ajouter un lien
       *[other] Ajouter un autre lien
    }
form-contact_links-kind = Type
form-contact_links-url = Adresse web
    .hint = Par exemple https://t.me/exemple (vous pouvez omettre https://).
form-contact-meets = Comment elle rencontre les gens
form-contact-languages = Langues dans lesquelles elle travaille
    .hint = Chaque langue est nommée dans sa propre langue.
form-contact-how_to_get_in_touch = Comment prendre contact
    .hint = En quelques lignes : quand et où elle se réunit, qui demander, à quoi s’attendre.
form-sources-year = Année
    .hint = Quand elle a été publiée ou mise à jour pour la dernière fois, si elle l’indique.
form-error-telephone = Saisissez un numéro de téléphone qui commence par + et l’indicatif du pays, comme +33 1 23 45 67 89, ou laissez le champ vide
form-error-address-street-required = Saisissez le numéro et la rue, ou la boîte postale, ou laissez toute l’adresse vide
form-error-address-locality-required = Saisissez la ville, ou laissez toute l’adresse vide
form-error-address-country-required = Choisissez le pays, ou laissez toute l’adresse vide

## Modifications et historique : les parties du contact.
form-field-contact-email = Adresse e-mail
form-field-contact-telephone = Téléphone
form-field-contact-address = Adresse postale
form-field-contact-links = Réseaux sociaux et messageries
form-field-contact-meets = Comment elle rencontre les gens
form-field-contact-languages = Langues dans lesquelles elle travaille
form-field-contact-how_to_get_in_touch = Comment prendre contact
history-part-street = Rue
history-part-postal-code = Code postal
history-part-locality = Ville
history-part-country = Pays

## Le bloc qui ouvre la page d’une organisation.
reach-heading = Comment prendre contact
reach-none = Cette fiche n’indique encore ni site web ni contact.
reach-suggest = Vous en connaissez un que l’organisation rend public ? Proposez-le
reach-email = E-mail
reach-telephone = Téléphone
reach-meets = Rencontre les gens
reach-languages = Travaille en
reach-channels = Réseaux sociaux et messageries
reach-address = Adresse postale
# Après « Dernière vérification » : l’année de la source la plus récente qui en donne une.
show-source-year = décrite dans une source de { $year }

## Fiches de résultats.
# $month : un mois et une année, comme « mars 2026 ».
card-checked = Vérifiée en { $month }
card-source-year = Décrite dans une source de { $year }
# $how : comment elle rencontre les gens, comme « En ligne ».
card-meets = Rencontres : { $how }

## Facettes et pages sans résultat.
facet-meets = Mode de rencontre
lists-elsewhere-online =
    { $count ->
        [one] Une organisation qui se réunit en ligne
       *[other] { $count } organisations qui se réunissent en ligne
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Lien de réseau social ou de messagerie
