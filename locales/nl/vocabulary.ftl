# De vocabulaires van het register: het label van elke waarde en de definitie als attribuut.
# Sleutels zijn `<vocabulaire>-<slug>`; de slugs zijn die van de API en veranderen nooit.

## Categorie: de vijf categorieën van door gebruikers geleid werk uit het artikel.
category-mutual_aid = Zelfhulp
    .definition = Gemeenschappen waarin huidige en voormalige gebruikers elkaar steunen.
category-recovery_enterprise = Herstelonderneming
    .definition = Herstelgemeenschappen en -netwerken: begeleid wonen, herstelcafés, sociale ondernemingen, werkprojecten en steun van ervaringsdeskundigen.
category-harm_reduction = Schadebeperking
    .definition = Huidige of voormalige gebruikers geven informatie, advies en middelen om drugs veiliger te gebruiken.
category-advocacy = Belangenbehartiging
    .definition = Opkomen voor de rechten en een eerlijke behandeling van mensen die drugs gebruiken.
category-research = Onderzoek
    .definition = Door ervaringsdeskundigen geleid onderzoek naar het leven en de behandelervaringen van mensen die drugs gebruiken.

## Reikwijdte: hoe ver het werk van een organisatie reikt.
scope-local = Lokaal
    .definition = Werkt in één stad of gebied.
scope-regional = Regionaal
    .definition = Werkt in meerdere steden of gebieden van een land, maar niet in het hele land.
scope-national = Nationaal
    .definition = Werkt in een heel land.
scope-european = Europees
    .definition = Een netwerk of organisatie die in heel Europa werkt.
scope-international = Internationaal
    .definition = Werkt wereldwijd.

## Status: of een organisatie nog werkt, voor zover het register weet.
status-active = Actief
    .definition = Werkt voor zover bekend.
status-inactive = Inactief
    .definition = Is voor zover bekend gestopt of opgegaan in een andere organisatie.
status-unknown = Onbekend
    .definition = Niet recent nagegaan; werkt misschien nog, misschien niet.

## Mate van leiding: in hoeverre een organisatie geleid wordt door mensen die drugs gebruiken of gebruikten.
degree-user_led = Door gebruikers geleid
    .definition = Overwegend ontworpen en uitgevoerd door huidige of voormalige drugsgebruikers.
degree-jointly_led = Gezamenlijk geleid
    .definition = Samen gerund door huidige of voormalige gebruikers en mensen die geen drugs gebruiken.
degree-formalised = Geformaliseerd
    .definition = Opgericht door gebruikers, nu een formele organisatie die vooral door betaalde krachten wordt gerund.
degree-peer_delivered = Uitgevoerd door ervaringsdeskundigen
    .definition = Geleid door professionals of een instelling, met het werk uitgevoerd door ervaringsdeskundigen.
degree-unclear = Onduidelijk
    .definition = De bronnen zeggen niet wie de organisatie leidt.

## Gebruikersprofiel: de scenes waar een organisatie zich op richt.
profile-street_drugs = Straatdrugs
    .definition = Mensen die opiaten, cocaïne en andere drugs gebruiken die met problematisch gebruik samengaan.
profile-party_drugs = Partydrugs
    .definition = Mensen die drugs gebruiken op feesten, in clubs en op festivals.
profile-psychedelics = Psychedelica
    .definition = Mensen die psychedelische drugs gebruiken.
profile-cannabis = Cannabis
    .definition = Mensen die cannabis gebruiken.
profile-all_drugs = Alle drugs
    .definition = Mensen die welke legale of illegale drug dan ook gebruiken.

## Activiteit: wat een organisatie doet.
activity-twelve_step_meetings = 12 stappen-bijeenkomsten
    .definition = Bijeenkomsten van een gemeenschap die een twaalfstappenprogramma volgt.
activity-peer_support_meetings = Lotgenotenbijeenkomsten
    .definition = Regelmatige groepsbijeenkomsten waarin mensen die drugs gebruiken of gebruikten elkaar steunen.
activity-online_support = Online steun
    .definition = Steun, bijeenkomsten of forums via internet.
activity-live_chat_support = Steun via livechat
    .definition = Directe steun via chat voor mensen die het moeilijk hebben.
activity-therapeutic_community = Therapeutische gemeenschap
    .definition = Een woongemeenschap waarin bewoners samen wonen, werken en herstellen.
activity-supported_housing = Begeleid wonen
    .definition = Drugsvrije huisvesting met steun van ervaringsdeskundigen die zelf herstellen.
activity-recovery_cafe = Herstelcafé
    .definition = Een herstelcentrum of -café met sociale activiteiten en laagdrempelige steun.
activity-employment_training = Werk en opleiding
    .definition = Onderwijs, beroepsopleiding, sociale ondernemingen en banen.
activity-recovery_coaching = Herstelcoaching
    .definition = Individuele steun van een coach die zelf herstellende is.
activity-naloxone_training = Naloxontraining
    .definition = Mensen leren naloxon te gebruiken om een opioïde-overdosis op te heffen.
activity-safer_use_education = Voorlichting over veiliger gebruik
    .definition = Informatie en training over veiliger drugsgebruik en veilige seks.
activity-syringe_distribution = Spuitenverstrekking
    .definition = Spuitomruil, steriel materiaal en het inzamelen van weggegooid materiaal.
activity-drug_checking = Drugs testen
    .definition = Pillen en andere middelen analyseren om mensen te vertellen wat erin zit.
activity-festival_support = Steun op festivals en evenementen
    .definition = Informatie en crisisopvang op feesten en festivals.
activity-hiv_hepatitis_testing = Hiv- en hepatitistests
    .definition = Testen op hiv, hepatitis en andere infecties.
activity-wound_care_health = Wondzorg en basiszorg
    .definition = Wondzorg, verpleging en basale gezondheidszorg.
activity-food = Voedsel
    .definition = Maaltijden of voedsel verstrekken.
activity-legal_aid = Juridische hulp
    .definition = Hulp bij juridische problemen.
activity-housing_help = Hulp bij huisvesting
    .definition = Hulp bij het vinden of behouden van woonruimte.
activity-treatment_help = Hulp bij behandeling
    .definition = Hulp om een behandeling te vinden, te kiezen en vol te houden, ook substitutiebehandeling.
activity-lobbying = Lobbyen
    .definition = Bij overheden en instellingen werken aan andere wetten en ander beleid.
activity-awareness_campaigns = Bewustwordingscampagnes
    .definition = Publiekscampagnes, demonstraties en mediawerk.
activity-peer_research = Onderzoek door ervaringsdeskundigen
    .definition = Onderzoek ontworpen of uitgevoerd door mensen die drugs gebruiken of gebruikten.
activity-service_audits = Toetsing van hulpverlening
    .definition = Mystery shopping en andere toetsen van de kwaliteit van diensten.
activity-outreach = Outreachend werk
    .definition = Mensen opzoeken waar ze zijn, op straat of elders.
activity-individual_advocacy = Individuele belangenbehartiging
    .definition = Opkomen voor individuele mensen in hun contact met hulpverlening en instanties.
activity-drug_information = Drugsinformatie
    .definition = Naslagwerk zoals wiki's, combinatietabellen en databanken van geteste pillen.

## Zichtbaarheid: wie een organisatie mag zien. Door stigma willen sommige organisaties niet gezien worden.
visibility-listed = Vermeld
    .definition = Volledig getoond.
visibility-discreet = Discreet
    .definition = Alleen met naam, categorieën en landen getoond: geen stad, website of contact.
visibility-unlisted = Niet vermeld
    .definition = Nooit getoond; alleen meegeteld in de statistieken.

## Gebeurtenis: wat er in het leven van een organisatie gebeurde.
event_kind-founded = Opgericht
    .definition = De organisatie werd opgericht.
event_kind-formalised = Geformaliseerd
    .definition = De organisatie werd een formele instelling, bijvoorbeeld met betaalde krachten of een rechtsvorm.
event_kind-renamed = Nieuwe naam
    .definition = De organisatie nam een nieuwe naam aan.
event_kind-degree_changed = Mate opnieuw beoordeeld
    .definition = De mate waarin gebruikers de organisatie leiden werd opnieuw beoordeeld.
event_kind-status_changed = Status gewijzigd
    .definition = De moderatie wijzigde haar status (actief of niet), om de vermelde reden.
event_kind-merged = Gefuseerd
    .definition = De organisatie fuseerde met een andere.
event_kind-ended = Beëindigd
    .definition = De organisatie stopte met haar werk.
event_kind-other = Overig
    .definition = Al het andere dat het vastleggen waard is.

## Relatie: hoe een organisatie zich tot een andere verhoudt; te lezen als „deze organisatie is <relatie> de andere”.
relation_kind-member_of = Lid van
    .definition = Deze organisatie is lid van de andere.
relation_kind-partner_of = Partner van
    .definition = De twee organisaties werken samen.
relation_kind-founded_by = Opgericht door
    .definition = De andere organisatie heeft deze opgericht.
relation_kind-succeeded_by = Voortgezet door
    .definition = De andere organisatie zette het werk van deze voort.

## Soort naam: wat voor andere naam een alias is.
alias_kind-abbreviation = Afkorting
    .definition = Een korte vorm van de naam.
alias_kind-full_name = Volledige naam
    .definition = De voluit geschreven naam van een organisatie die onder een korte vorm bekend is.
alias_kind-original_name = Oorspronkelijke naam
    .definition = De naam in de eigen taal van de organisatie.
alias_kind-translation = Vertaling
    .definition = Een vertaling van de naam.
alias_kind-former_name = Vroegere naam
    .definition = Een naam die de organisatie eerder gebruikte.
alias_kind-other = Andere naam
    .definition = Een andere naam waaronder ze bekend is.
