# Het formulier voor organisaties (nieuwe vermeldingen, correcties, bewerkingen door de moderatie)
# en de pagina's voor wie iets instuurt.

## Het overzicht van fouten boven het formulier

form-summary-title =
    { $count ->
        [one] Eén gegeven moet worden verbeterd
       *[other] { $count } gegevens moeten worden verbeterd
    }
form-summary-item = { $field } – { $message }
form-summary-row = { $row }: { $column }

## Onderdelen van elk veld

form-required = (verplicht)
form-error-prefix = Fout:
form-not-known = Onbekend

## De onderdelen van het formulier

form-section-organisation = De organisatie
form-section-work = Wat ze doet
form-section-place = Waar en sinds wanneer
form-section-leadership = Wie haar leidt
form-section-sources = Bronnen
form-section-more = Meer: evaluaties, cijfers, verwante organisaties, geschiedenis
form-section-visibility = Zichtbaarheid

## De velden en hun toelichting

form-name = Naam
    .hint = De naam die de organisatie zelf gebruikt.
form-aliases = Andere namen
    .hint = Afkortingen, de naam in de eigen taal (met de taalcode, zoals da), vroegere namen.
form-aliases-name = Naam
form-aliases-language = Taalcode
form-aliases-kind = Soort
form-description = Beschrijving
    .hint = Een paar zinnen: wie ze zijn en wat ze doen.
form-website = Website
    .hint = Bijvoorbeeld https://www.example.org (https:// mag u weglaten).
form-categories = Categorieën
    .hint = Kies er minstens één.
form-activities = Activiteiten
form-user_profiles = Voor wie
form-countries = Landen
    .hint = Waar ze gevestigd is of werkt. Laat leeg voor een wereldwijde organisatie zonder vaste vestiging.
form-country = Land { $number }
form-city = Stad of regio
form-scope = Werkgebied
form-founded_year = Oprichtingsjaar
form-status = Status
form-ended_year = Jaar van opheffing
    .hint = Alleen als ze gestopt is.
form-user_led_degree = In hoeverre wordt ze geleid door mensen die drugs gebruiken of gebruikt hebben?
form-degree_note = Hoe weet u dat?
    .hint = Eén zin als bewijs, zoals ‘het bestuur wordt gekozen door leden die drugs gebruiken’.
form-sources = Bronnen
    .hint = Minstens één link die deze vermelding onderbouwt: de eigen pagina's van de organisatie, een rapport, een artikel.
form-sources-url = Webadres
    .hint = Van de pagina of het document, bijvoorbeeld https://www.example.org/rapport.
form-sources-title = Titel
    .hint = De titel zoals die daar staat, op één regel, hoogstens 200 tekens.
form-sources-note = Opmerking
form-evaluations = Evaluaties
    .hint = Onderzoek naar het werk van de organisatie: wie het schreef, wanneer, met welke methode en wat eruit kwam.
form-evaluations-citation = Bronvermelding, zoals ‘Castrignano 2005’
form-evaluations-year = Jaar
form-evaluations-design = Onderzoeksopzet
form-evaluations-sample_size = Steekproefgrootte
form-evaluations-finding = Bevinding
form-facts = Cijfers
    .hint = Getallen over de organisatie, met het jaar waarop ze betrekking hebben als u dat weet.
form-facts-label = Wat er geteld wordt
form-facts-value = Getal
form-facts-year = Jaar
form-facts-note = Opmerking
form-relations = Verwante organisaties
    .hint = Andere organisaties in het register, aangeduid met het laatste deel van hun adres (zoals jes-network).
form-relations-kind = Relatie
form-relations-target = Organisatie (laatste deel van het adres)
form-events = Geschiedenis
    .hint = Gebeurtenissen met een jaartal: wanneer ze geformaliseerd werd, een nieuwe naam kreeg, fuseerde of ophield.
form-events-year = Jaar
form-events-kind = Wat er gebeurde
form-events-note = Beschrijving
form-events-source_url = Link naar de bron
form-last_verified = Laatst gecontroleerd
    .hint = Wanneer deze vermelding voor het laatst bij de organisatie zelf is nagegaan.
form-visibility = Hoe zichtbaar moet ze zijn?
    .hint = Sommige organisaties hebben goede redenen om niet gezien te worden.

## De velden van een vermelding met hun korte naam, voor het foutenoverzicht en de tabellen met wijzigingen

form-field-slug = Adres (slug)
form-field-name = Naam
form-field-aliases = Andere namen
form-field-description = Beschrijving
form-field-categories = Categorieën
form-field-countries = Landen
form-field-city = Stad of regio
form-field-scope = Werkgebied
form-field-founded_year = Oprichtingsjaar
form-field-status = Status
form-field-ended_year = Jaar van opheffing
form-field-user_led_degree = Mate van leiding door gebruikers
form-field-degree_note = Bewijs van leiding door gebruikers
form-field-user_profiles = Voor wie
form-field-activities = Activiteiten
form-field-website = Website
form-field-visibility = Zichtbaarheid
form-field-last_verified = Laatst gecontroleerd
form-field-sources = Bronnen
form-field-evaluations = Evaluaties
form-field-facts = Cijfers
form-field-relations = Verwante organisaties
form-field-events = Geschiedenis
form-field-note = Opmerking voor de moderatie
form-field-contact_email = Uw e-mailadres
form-field-form = Het formulier
form-field-record = De vermelding
form-field-leave_this_empty = Veld dat leeg moet blijven

## De pagina om bij te dragen: een nieuwe organisatie of een correctie

submit-title = Organisatie toevoegen
submit-correction-title = Een correctie voorstellen voor { $name }
submit-description = Draag bij aan het register van door gebruikers geleide drugsorganisaties. Elke bijdrage wordt nagekeken voordat ze wordt gepubliceerd.
submit-lead = Vertel ons over een groep die wordt opgezet en gedragen door mensen die drugs gebruiken of gebruikt hebben. De moderatie kijkt elke vermelding na voordat ze wordt gepubliceerd. U hebt geen account nodig.
submit-correction-lead = Verander wat onjuist is of ontbreekt, en vertel ons hoe u het weet. De moderatie kijkt elke correctie na voordat ze wordt gepubliceerd, en de geschiedenis van de vermelding bewaart wat er eerder stond.
submit-duplicates-title = Is het een van deze?
submit-duplicates-intro = Het register bevat al organisaties met een vergelijkbare naam:
submit-duplicates-suggest = stel liever een correctie op deze vermelding voor
submit-duplicates-outro = Is het een andere organisatie, bevestig dat dan hieronder en verstuur het formulier opnieuw.
submit-confirm-new = Dit is een andere organisatie dan de organisaties hierboven
submit-moderators = Voor de moderatie
submit-note-correction = Wat is er veranderd, en hoe weet u dat?
submit-note = Wat de moderatie zou moeten weten
submit-contact = Uw e-mailadres
    .hint = Alleen de moderatie ziet het, om u een vraag te kunnen stellen. Het wordt gewist zodra over uw bijdrage is beslist.
submit-honeypot = Laat dit veld leeg
submit-send = Versturen ter beoordeling
submit-send-correction = Correctie versturen

## De pagina waar wie iets instuurde met de referentie naar terugkeert

received-title = Bijdrage { $reference }
received-description = Uw bijdrage wacht op beoordeling.
received-pending-title = Bedankt: uw bijdrage wacht op beoordeling
received-pending-lead = De moderatie kijkt haar na voordat ze wordt gepubliceerd.
received-approved-title = Uw bijdrage is gepubliceerd
received-see-entry = Bekijk de vermelding
received-rejected-title = Uw bijdrage is niet gepubliceerd
received-rejected-lead = De moderatie heeft besloten haar niet te publiceren.
received-reference-before = Uw referentie is
received-reference-after = . Bewaar haar om naar uw bijdrage te vragen, of kom terug naar deze pagina om te zien of er al is beslist.
received-back = Terug naar het register
received-add-another = Nog een organisatie toevoegen
