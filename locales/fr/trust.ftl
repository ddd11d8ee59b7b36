# Les pages qui disent qui gère le registre et comment il traite les personnes (contact,
# confidentialité, accessibilité), la demande de modifier, rendre discrète ou retirer une fiche,
# et les liens vers elles.

## Le pied de chaque page.

trust-footer-contact = Contact
trust-footer-privacy = Confidentialité
trust-footer-accessibility = Accessibilité

## Sur les pages de suivi des contributions et des demandes.

trust-reach = Pour joindre la modération, voir la { $link }.
trust-reach-link = page de contact
trust-received-reason = Le motif de la modération

## /contact

contact-title = Contact
contact-description = Qui gère ce registre et comment joindre sa modération.
contact-lead = userled est géré par un exploitant, qui l’héberge et désigne son équipe de modération. La modération lit chaque contribution et chaque demande avant que quoi que ce soit ne change dans le registre.
contact-operator-heading = Qui gère ce registre
contact-operator-name = Géré par
contact-operator-email = Adresse e-mail
contact-operator-address = Adresse postale
contact-operator-missing = L’exploitant de ce site n’a pas encore indiqué son nom ni ses coordonnées. En attendant, les formulaires ci-dessous parviennent bien à la modération.
contact-moderators-heading = Comment joindre la modération
contact-moderators-email = Écrivez à { $email }. La modération lit ces messages ; si vous avez la référence d’une contribution ou d’une demande, indiquez-la.
contact-moderators-no-email = La modération n’a pas encore d’adresse e-mail : utilisez les formulaires, qui arrivent directement dans sa file.
contact-entry = À propos d’une fiche : ouvrez sa page et suivez « { $link } ». Votre demande arrive directement dans la file de modération, que vous parliez au nom de l’organisation ou non.
contact-new = Pour ajouter une organisation, { $link } : rien n’est publié avant d’être approuvé par la modération.
contact-new-link = utilisez le formulaire
contact-reference = À propos de ce que vous avez envoyé : sa référence (par exemple UL-ABCD-1234) permet à la modération de le retrouver, et sa page indique si une décision a été prise.
contact-more-heading = Voir aussi
contact-privacy-link = Ce que nous recueillons et combien de temps nous le gardons (confidentialité)
contact-accessibility-link = Déclaration d’accessibilité

## /privacy

privacy-title = Confidentialité
privacy-description = Ce que recueillent les formulaires de ce registre, pourquoi et pour combien de temps.
privacy-lead = userled demande le moins possible. Vous pouvez lire chaque page sans compte, et rien ne vous piste.
privacy-forms-heading = Ce que recueillent les formulaires
privacy-submission-heading = Ajouter une organisation ou proposer une correction
privacy-submission-record = Les informations sur l’organisation que vous saisissez. Elles sont publiées sous licence CC BY 4.0 une fois approuvées par la modération ; d’ici là, seule la modération les voit.
privacy-submission-note = Votre note à la modération. Seule la modération la lit. Elle reste avec la contribution dans ses dossiers après la décision, pour que la décision puisse être comprise plus tard.
privacy-submission-email = Votre adresse e-mail, si vous en donnez une (c’est facultatif). Elle ne sert qu’aux questions de la modération sur votre contribution : montrée à la modération seulement, jamais publiée, jamais journalisée, et effacée dès que la contribution est approuvée ou refusée.
privacy-submission-reason = Quand une contribution est refusée, le motif de la modération s’affiche sur sa page de suivi, que peut ouvrir toute personne qui en a la référence.
privacy-request-heading = Demander qu’une fiche soit modifiée, rendue discrète ou retirée
privacy-request-content = Ce que vous demandez et votre motif. Seule la modération lit le motif. Il reste avec la demande dans ses dossiers une fois la demande close.
privacy-request-email = Votre adresse e-mail, si vous en donnez une : comme pour les contributions, uniquement pour les questions de la modération, et effacée à la clôture de la demande.
privacy-request-note = La note de la modération à la clôture de la demande s’affiche sur sa page de suivi.
privacy-address-heading = Votre adresse IP
privacy-address = Pour limiter le nombre de contributions et de demandes qu’une même adresse IP peut envoyer en une heure, et le nombre de tentatives de connexion en un quart d’heure, le serveur les compte par adresse dans sa mémoire. L’adresse n’est jamais écrite dans la base de données ni dans les journaux, et elle est oubliée au redémarrage du serveur.
privacy-logs-heading = Journaux
privacy-logs = Le serveur journalise chaque requête uniquement par sa méthode, le chemin de la page et le statut de la réponse : ni les paramètres de recherche (donc pas ce que vous avez cherché), ni votre adresse IP, ni vos en-têtes ou cookies. Les journaux ne contiennent aucune donnée personnelle.
privacy-proxy = Si l’exploitant fait fonctionner le site derrière son propre serveur web, ce serveur peut tenir ses propres journaux d’accès ; l’exploitant peut vous dire ce qu’il conserve : voir la { $link }.
privacy-contact-link = page de contact
privacy-cookies-heading = Cookies
privacy-cookies-lead = userled ne dépose aucun cookie publicitaire, de mesure d’audience ou de pistage, et ne charge rien depuis d’autres sites. Il utilise trois cookies, chacun pour un seul usage :
privacy-cookie-csrf = Un jeton aléatoire qui montre qu’un formulaire a bien été envoyé depuis ce site, pour protéger les formulaires contre la falsification de requêtes intersites (CSRF). Il est déposé quand vous ouvrez un formulaire et supprimé quand vous fermez votre navigateur.
privacy-cookie-language = Retient pendant un an que ce site vous a proposé une page dans la langue de votre navigateur, pour ne pas répéter la proposition. Il ne contient que la valeur 1.
privacy-cookie-session = Pour la modération seulement : garde ses membres connectés pendant 8 heures. Le serveur n’en conserve qu’une empreinte (hash).
privacy-moderators-heading = Modération et copies
privacy-moderators = Les membres de la modération ont un identifiant et un mot de passe, conservé uniquement sous forme d’empreinte argon2id. Leur identifiant apparaît dans l’historique public de chaque fiche qu’ils ont modifiée.
privacy-backups = Les copies de la base de données faites par l’exploitant (sauvegardes) contiennent ce que la base contenait à ce moment-là : une adresse e-mail effacée plus tard reste dans une copie plus ancienne jusqu’à la suppression de cette copie.
privacy-rights-heading = Vos droits
privacy-rights = Vous pouvez demander à l’exploitant ce que le registre contient à votre sujet, et demander que ce soit rectifié ou effacé. Une organisation peut aussi demander, depuis la page de sa fiche, que la fiche soit modifiée, rendue discrète ou retirée.
privacy-rights-ask = Pour le demander, voir la { $link }.

## /accessibility

accessibility-title = Déclaration d’accessibilité
accessibility-description = Le niveau d’accessibilité de ce registre, comment il est vérifié, ce qui fonctionne mal à notre connaissance et comment signaler un problème.
accessibility-lead = userled doit fonctionner pour tout le monde, y compris pour les personnes qui utilisent un lecteur d’écran, uniquement un clavier, un agrandissement ou la commande vocale, sur téléphone comme sur ordinateur.
accessibility-standard-heading = La norme
accessibility-standard = Nous visons la conformité aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA.
accessibility-how-heading = Comment c’est vérifié
accessibility-how-axe = Chaque modification est testée dans un vrai navigateur : axe-core, un outil de vérification automatique de l’accessibilité, passe sur chaque type de page (accueil, résultats de recherche, fiche, formulaires avec et sans erreurs, pages de modération, statistiques, page d’erreur), en anglais à 390 et 1280 pixels de large et dans les sept autres langues à 390 pixels. Un seul problème détecté fait échouer le test.
accessibility-how-languages = Des tests automatiques vérifient aussi que chaque page déclare sa langue et que les pages dans les sept autres langues ne gardent aucune phrase anglaise de l’interface.
accessibility-how-design = Le site n’a pas besoin de JavaScript, garde le focus du clavier visible, propose un lien pour aller directement au contenu et affiche chaque erreur de formulaire à côté de son champ.
accessibility-limits-heading = Limites connues
accessibility-limit-manual = Les vérifications automatiques ne trouvent qu’une partie des problèmes. Le site n’a pas encore été testé par des personnes qui utilisent un lecteur d’écran, un agrandissement ou la commande vocale ; leurs retours sont les bienvenus.
accessibility-limit-language = Le texte des fiches (descriptions, notes, sources) est dans la langue où il a été écrit, surtout l’anglais, et n’est pas encore balisé avec cette langue. Sur les pages dans d’autres langues, un lecteur d’écran peut donc le prononcer de travers.
accessibility-limit-charts = Les graphiques de la page de statistiques sont des images pour les personnes voyantes. Chacun est suivi d’un tableau avec les mêmes chiffres, et chaque pays de la carte de l’Europe est un lien.
accessibility-limit-translations = Les traductions de l’interface n’ont pas encore été relues par des locutrices et locuteurs natifs qui travaillent dans le domaine ; certaines formulations peuvent manquer de clarté.
accessibility-limit-external = Les sites web des organisations et les sources citées par les fiches sont d’autres sites, dont nous ne pouvons pas garantir l’accessibilité.
accessibility-report-heading = Signaler un problème
accessibility-report = Si quelque chose sur ce site vous est difficile ou impossible à utiliser, dites-le-nous. Il est utile d’indiquer l’adresse de la page, ce que vous essayiez de faire et ce que vous utilisez (navigateur, appareil, technologie d’assistance).
accessibility-report-email = Écrivez à { $email }.
accessibility-report-missing = L’exploitant de ce site n’a pas encore indiqué d’adresse e-mail pour ces signalements.
accessibility-report-contact = D’autres moyens de joindre la modération figurent sur la { $link }.

## La demande de modifier, rendre discrète ou retirer une fiche.

request-link = Demander que cette fiche soit modifiée, rendue discrète ou retirée
request-title = Demande concernant { $name }
request-description = Demander à la modération de modifier une fiche, de la rendre discrète ou de la retirer.
request-lead = Votre demande va à la modération, qui la vérifie avant tout changement. Vous n’avez pas besoin de parler au nom de l’organisation, mais dites-le si c’est le cas.
request-kind-legend = Que demandez-vous ?
request-kind-change = La modifier
request-kind-change-hint = Quelque chose dans la fiche est faux ou dépassé.
request-kind-discreet = La rendre discrète
request-kind-discreet-hint = N’afficher que le nom, les catégories et les pays de l’organisation, et aucune autre information.
request-kind-remove = La retirer
request-kind-remove-hint = Retirer la fiche du registre.
request-reason = Pourquoi, et que faut-il changer ?
request-reason-hint = Seule la modération lit ce texte ; il n’est pas publié. Si vous parlez au nom de l’organisation, dites-le.
request-contact = Votre adresse e-mail (facultatif)
request-contact-hint = Seulement si la modération peut avoir besoin de vous poser une question. Elle est effacée à la clôture de votre demande.
request-privacy = Ce que devient ce que vous envoyez : voir { $link }.
request-privacy-link = confidentialité
request-send = Envoyer la demande
request-kind-required = Choisissez ce que vous demandez : modifier la fiche, la rendre discrète ou la retirer.
request-reason-required = Dites pourquoi, et ce qu’il faut changer.
request-reason-too-long = Écrivez au plus { $max } caractères.
request-outcome-required = Choisissez si la demande est traitée ou refusée.
request-note-required = Dites pourquoi la demande est refusée : la personne qui l’a faite lira cette note.
request-not-found = Il n’y a aucune demande avec la référence { $reference }.
request-already-closed = La demande { $reference } a déjà été close par un autre membre de la modération.

## La page de la personne qui demande.

request-received-title = Demande { $reference }
request-received-description = Votre demande concernant une fiche, et ce que la modération a décidé.
request-open-heading = Merci : votre demande attend la modération
request-open-lead = Un membre de la modération va la lire et décider de la suite.
request-done-heading = Votre demande a été traitée
request-declined-heading = Votre demande a été refusée
request-note-label = La note de la modération
request-asked = Demande
request-entry = Fiche
request-reference = Votre référence est { $reference }. Conservez-la pour poser une question sur votre demande, ou revenez sur cette page pour savoir si elle a été close.

## Les pages de la modération.

request-queue-heading = Demandes concernant des fiches
request-queue-empty = Aucune demande concernant une fiche n’est ouverte.
request-queue-waiting =
    { $count ->
        [one] Une demande est ouverte, la plus ancienne d’abord.
       *[other] { $count } demandes sont ouvertes, la plus ancienne d’abord.
    }
request-queue-closed = Demandes closes récemment
request-status-open = ouverte
request-status-done = traitée
request-status-declined = refusée
request-review-title = Demande { $reference }
request-review-description = Une demande concernant une fiche, à clore comme traitée ou refusée.
request-review-heading = Demande concernant { $name }
request-review-reason = Motif
request-review-edit = Modifier la fiche
request-close-heading = Clore la demande
request-close-legend = Issue
request-close-done = Traitée : ce qui était demandé a été fait
request-close-declined = Refusée
request-close-note = Note à la personne qui a demandé
request-close-note-hint = Affichée sur la page de suivi de la demande. Obligatoire si la demande est refusée.
request-close = Clore la demande
