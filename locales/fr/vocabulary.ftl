# Les vocabulaires du registre : le libellé de chaque valeur, et sa définition en attribut.
# Les clés sont `<vocabulaire>-<slug>` ; les slugs sont ceux de l’API et ne changent jamais.

## Catégorie : les cinq catégories du travail porté par les usagers, selon l’article.
category-mutual_aid = Entraide
    .definition = Fraternités où des usagers actuels et anciens se soutiennent les uns les autres.
category-recovery_enterprise = Entreprise de rétablissement
    .definition = Communautés et réseaux de rétablissement : logements accompagnés, cafés du rétablissement, entreprises sociales, dispositifs d’emploi et soutien par les pairs.
category-harm_reduction = Réduction des risques
    .definition = Des usagers ou anciens usagers donnent des informations, des conseils et des moyens pour consommer des drogues à moindre risque.
category-advocacy = Plaidoyer
    .definition = Défendre les droits des personnes qui consomment des drogues et un traitement équitable à leur égard.
category-research = Recherche
    .definition = Enquêtes menées par des pairs sur la vie et les expériences de traitement des personnes qui consomment des drogues.

## Portée : l’étendue du travail d’une organisation.
scope-local = Local
    .definition = Travaille dans une ville ou une zone.
scope-regional = Régional
    .definition = Travaille dans plusieurs villes ou zones d’un pays, sans couvrir tout le pays.
scope-national = National
    .definition = Travaille dans tout un pays.
scope-european = Européen
    .definition = Un réseau ou une organisation qui travaille dans toute l’Europe.
scope-international = International
    .definition = Travaille dans le monde entier.

## Statut : si une organisation est toujours active, pour autant que le registre le sache.
status-active = Active
    .definition = On sait qu’elle est en activité.
status-inactive = Inactive
    .definition = On sait qu’elle a cessé ses activités ou fusionné avec une autre organisation.
status-unknown = Inconnu
    .definition = Non vérifié récemment ; elle est peut-être encore en activité, peut-être pas.

## Degré : dans quelle mesure une organisation est dirigée par des personnes qui consomment ou ont consommé des drogues.
degree-user_led = Porté par les usagers
    .definition = Majoritairement conçu et mis en œuvre par des usagers actuels ou anciens de drogues.
degree-jointly_led = Dirigé conjointement
    .definition = Géré conjointement par des usagers actuels ou anciens et des personnes qui ne consomment pas de drogues.
degree-formalised = Institutionnalisé
    .definition = Fondé par des usagers, devenu une organisation formelle gérée principalement par des salariés.
degree-peer_delivered = Mis en œuvre par des pairs
    .definition = Dirigé par des professionnels ou une structure, le travail étant réalisé par des pairs.
degree-unclear = Indéterminé
    .definition = Les sources ne disent pas qui dirige l’organisation.

## Profil : les scènes de consommation auxquelles une organisation s’adresse.
profile-street_drugs = Drogues de rue
    .definition = Personnes qui consomment des opiacés, de la cocaïne et d’autres drogues associées à un usage problématique.
profile-party_drugs = Drogues festives
    .definition = Personnes qui consomment des drogues en soirée, en club et en festival.
profile-psychedelics = Psychédéliques
    .definition = Personnes qui consomment des drogues psychédéliques.
profile-cannabis = Cannabis
    .definition = Personnes qui consomment du cannabis.
profile-all_drugs = Toutes drogues
    .definition = Personnes qui consomment n’importe quelle drogue, légale ou illicite.

## Activité : ce que fait une organisation.
activity-twelve_step_meetings = Réunions en 12 étapes
    .definition = Réunions de fraternité qui suivent un programme en douze étapes.
activity-peer_support_meetings = Groupes de soutien par les pairs
    .definition = Réunions de groupe régulières où des personnes qui consomment ou ont consommé des drogues se soutiennent les unes les autres.
activity-online_support = Soutien en ligne
    .definition = Soutien, réunions ou forums proposés sur internet.
activity-live_chat_support = Soutien par tchat en direct
    .definition = Soutien en temps réel par tchat pour les personnes qui traversent un moment difficile.
activity-therapeutic_community = Communauté thérapeutique
    .definition = Une communauté résidentielle où les résidents vivent, travaillent et se rétablissent ensemble.
activity-supported_housing = Logement accompagné
    .definition = Hébergement sans drogues avec le soutien de pairs en rétablissement.
activity-recovery_cafe = Café du rétablissement
    .definition = Un centre ou un café du rétablissement qui propose des activités sociales et un soutien facile d’accès.
activity-employment_training = Emploi et formation
    .definition = Éducation, formation professionnelle, entreprises sociales et emplois.
activity-recovery_coaching = Coaching de rétablissement
    .definition = Un accompagnement individuel par un coach lui-même en rétablissement.
activity-naloxone_training = Formation à la naloxone
    .definition = Former des personnes à utiliser la naloxone pour inverser une overdose d’opioïdes.
activity-safer_use_education = Information sur la consommation à moindre risque
    .definition = Information et formation sur la consommation de drogues à moindre risque et les rapports sexuels protégés.
activity-syringe_distribution = Distribution de seringues
    .definition = Échange de seringues, matériel stérile et ramassage du matériel usagé abandonné.
activity-drug_checking = Analyse de drogues
    .definition = Analyser des comprimés et d’autres substances pour dire aux personnes ce qu’ils contiennent.
activity-festival_support = Présence en festivals et événements
    .definition = Information et soutien en situation de crise en soirée et en festival.
activity-hiv_hepatitis_testing = Dépistage du VIH et des hépatites
    .definition = Dépistage du VIH, des hépatites et d’autres infections.
activity-wound_care_health = Soins des plaies et soins de santé de base
    .definition = Soins des plaies, soins infirmiers et soins de santé de base.
activity-food = Alimentation
    .definition = Fournir des repas ou de la nourriture.
activity-legal_aid = Aide juridique
    .definition = Aide pour les problèmes juridiques.
activity-housing_help = Aide au logement
    .definition = Aide pour trouver ou garder un logement.
activity-treatment_help = Aide au traitement
    .definition = Aide pour accéder à un traitement, le choisir et s’y maintenir, y compris un traitement de substitution.
activity-lobbying = Lobbying
    .definition = Agir auprès des gouvernements et des institutions pour faire changer les lois et les politiques.
activity-awareness_campaigns = Campagnes de sensibilisation
    .definition = Campagnes publiques, manifestations et travail avec les médias.
activity-peer_research = Recherche par les pairs
    .definition = Recherche conçue ou menée par des personnes qui consomment ou ont consommé des drogues.
activity-service_audits = Évaluation des services
    .definition = Visites mystères et autres évaluations de la qualité des services.
activity-outreach = Aller-vers
    .definition = Aller à la rencontre des personnes là où elles sont, dans la rue ou ailleurs.
activity-individual_advocacy = Défense individuelle des droits
    .definition = Défendre des personnes dans leurs démarches auprès des services et des administrations.
activity-drug_information = Information sur les drogues
    .definition = Ressources de référence comme des wikis, des tableaux des mélanges et des bases de données de comprimés analysés.

## Visibilité : qui peut voir une organisation. La stigmatisation pousse certaines organisations à rester discrètes.
visibility-listed = Répertoriée
    .definition = Affichée en entier.
visibility-discreet = Discrète
    .definition = Affichée seulement avec son nom, ses catégories et ses pays : ni ville, ni site web, ni contact.
visibility-unlisted = Non répertoriée
    .definition = Jamais affichée ; seulement comptée dans les statistiques.

## Événement : ce qui s’est passé dans la vie d’une organisation.
event_kind-founded = Fondation
    .definition = L’organisation a été fondée.
event_kind-formalised = Formalisation
    .definition = L’organisation est devenue une structure formelle, par exemple avec des salariés ou un statut juridique.
event_kind-renamed = Changement de nom
    .definition = L’organisation a pris un nouveau nom.
event_kind-degree_changed = Degré réévalué
    .definition = Le degré auquel elle est portée par les usagers a été réévalué.
event_kind-status_changed = Statut modifié
    .definition = La modération a changé son statut (en activité ou non), pour la raison indiquée.
event_kind-merged = Fusion
    .definition = L’organisation a fusionné avec une autre.
event_kind-ended = Fin d’activité
    .definition = L’organisation a cessé ses activités.
event_kind-other = Autre
    .definition = Tout autre fait qui mérite d’être consigné.

## Relation : le lien d’une organisation avec une autre ; se lit « cette organisation est <relation> l’autre ».
relation_kind-member_of = Membre de
    .definition = Cette organisation est membre de l’autre.
relation_kind-partner_of = Partenaire de
    .definition = Les deux organisations travaillent ensemble.
relation_kind-founded_by = Fondée par
    .definition = L’autre organisation a fondé celle-ci.
relation_kind-succeeded_by = Poursuivie par
    .definition = L’autre organisation a poursuivi le travail de celle-ci.

## Type de nom : ce qu’est un autre nom.
alias_kind-abbreviation = Sigle
    .definition = Une forme courte du nom.
alias_kind-full_name = Nom complet
    .definition = Le nom en toutes lettres d’une organisation connue sous une forme courte.
alias_kind-original_name = Nom d’origine
    .definition = Le nom dans la langue de l’organisation.
alias_kind-translation = Traduction
    .definition = Une traduction du nom.
alias_kind-former_name = Ancien nom
    .definition = Un nom que l’organisation utilisait auparavant.
alias_kind-other = Autre nom
    .definition = Tout autre nom sous lequel elle est connue.
