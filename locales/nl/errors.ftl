# Foutpagina's, probleemdocumenten van de API, meldingen bij controle en bij zoekparameters.
# Een melding bij een veld staat naast dat veld en noemt het daarom niet.

## De foutpagina

error-page-title = { $title } – userled
error-status = Fout { $status }
error-search-instead = Zoek in plaats daarvan in het register
error-link-home = Startpagina
error-link-organisations = Alle organisaties
error-link-about = Over het register

## Soorten problemen

problem-invalid-parameter = Ongeldige parameter
problem-not-found = Niet gevonden
problem-invalid-record = Ongeldige vermelding
problem-forbidden = Niet toegestaan
problem-conflict = Conflict
problem-unsupported-media-type = Niet-ondersteund formaat
problem-too-many-requests = Te veel verzoeken
problem-internal-error = Er ging bij ons iets mis

## Wat er misging

error-too-many-requests =
    { $count ->
        [one] Wacht { $count } seconde en probeer het dan opnieuw.
       *[other] Wacht { $count } seconden en probeer het dan opnieuw.
    }
error-internal = Het verzoek kon niet worden uitgevoerd. De fout is vastgelegd; probeer het later opnieuw.
error-form-expired = Dit formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en verstuur het nog eens.
error-json-only = Verstuur de bijdrage als application/json.
error-nothing-here = Op { $path } staat niets.
error-no-file = Er is geen bestand ‘{ $file }’.
error-no-icon = Geen pictogram.
error-no-category = Er is geen categorie ‘{ $slug }’.
error-no-country = Er is geen land ‘{ $code }’.
error-no-organisation = Er staat geen organisatie ‘{ $slug }’ in het register.
error-no-organisation-short = Er is geen organisatie ‘{ $slug }’.
error-no-revision = Organisatie ‘{ $slug }’ heeft geen versie { $number }.
error-discreet-correction = De vermelding ‘{ $slug }’ wordt discreet getoond; correcties daarop gaan rechtstreeks naar de moderatoren.
error-no-submission = Er is geen bijdrage { $reference }.
error-already-decided = Over bijdrage { $reference } is al beslist.
error-correction-target-gone = De organisatie waarvoor deze correctie bedoeld was, bestaat niet meer.
error-no-free-slug = Geen vrije korte naam (slug) voor ‘{ $slug }’.

## Zoekparameters

param-repeated = is meer dan eens opgegeven
param-unknown = ‘{ $name }’ is geen zoekparameter; mogelijke parameters zijn: { $known }
param-too-long = is langer dan { $max } tekens
param-not-year = ‘{ $value }’ is geen jaartal
param-not-boolean = ‘{ $value }’ is niet true of false
param-page = ‘{ $value }’ is geen paginanummer (1 of hoger)
param-per-page = ‘{ $value }’ is geen getal van 1 tot en met { $max }

## Waarden

field-unknown-value = onbekende waarde ‘{ $value }’; mogelijk zijn: { $expected }
field-country-malformed = ‘{ $value }’ is geen ISO 3166-1 alpha-2-code (twee hoofdletters, zoals DK)
field-country-unassigned =
    ‘{ $value }’ is geen toegekende ISO 3166-1-landcode{ $value ->
        [UK] ; het Verenigd Koninkrijk heeft de code GB
        [EL] ; Griekenland heeft de code GR
       *[other] {""}
    }
field-year-range = { $value } is geen jaar van { $earliest } tot en met { $latest }
field-not-whole-number = ‘{ $value }’ is geen geheel getal
field-not-positive = { $value } is geen positief geheel getal
field-slug-invalid = ‘{ $value }’ is geen geldige korte naam (slug): gebruik kleine letters en cijfers, verbonden door enkele koppeltekens, hoogstens { $max } tekens
field-url-too-long = een webadres is hoogstens { $max } tekens lang
field-url-not-web = ‘{ $value }’ is geen webadres: het moet beginnen met http:// of https://
field-url-invalid = ‘{ $value }’ is geen geldig webadres ({ $reason })
field-language-code = ‘{ $value }’ is geen ISO 639-taalcode (twee of drie kleine letters, zoals da)
field-date = ‘{ $value }’ is geen datum in de vorm JJJJ-MM-DD
field-date-future = { $value } ligt in de toekomst
field-email-invalid = ‘{ $value }’ is geen e-mailadres

## De velden van de vermelding

field-required = is verplicht
field-control-characters = mag geen stuurtekens bevatten
field-too-long = is { $length } tekens lang; hoogstens { $max } zijn toegestaan
field-too-many = hoogstens { $max } items
field-not-in-record = is geen veld van de vermelding van een organisatie
field-incomplete = is onvolledig
field-slug-underivable = kan niet uit de naam worden afgeleid; geef er zelf een op
field-categories-required = kies ten minste één categorie
field-ended-before-founded = { $ended } ligt vóór het oprichtingsjaar { $founded }
field-ended-but-active = een organisatie met een eindjaar kan niet actief zijn
field-degree-required = is verplicht (kies ‘{ degree-unclear }’ als de bronnen het niet zeggen)
field-sources-required = geef ten minste één bron: een link die deze vermelding onderbouwt
field-language-required = is verplicht voor een naam in de oorspronkelijke taal
field-relation-to-itself = een organisatie kan niet met zichzelf verbonden zijn
field-relation-twice = deze relatie staat er twee keer in
field-relation-missing = geen organisatie ‘{ $slug }’ in het register
field-event-year =
    { $year } komt niet overeen met het { $other ->
        [founded_year] oprichtingsjaar
       *[other] eindjaar
    } { $expected }

## Bijdragen en moderatie

field-note-required = vertel wat er veranderd is en hoe u dat weet
field-note-too-long = hoogstens { $max } tekens
field-correction-target = er is geen organisatie ‘{ $slug }’ om te corrigeren
field-reason-required = geef een reden op; die wordt vastgelegd
field-honeypot = moet leeg blijven

## Inhoud of een formulier die niet te lezen is

field-json-invalid = is geen geldige JSON: { $reason }
field-json-object = moet een JSON-object zijn
field-json-string = moet een tekenreeks zijn
field-json-unreadable = is niet te lezen: { $reason }
field-form-unreadable = is niet te lezen: { $reason }
