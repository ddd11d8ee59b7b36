# Resultatenlijsten, filters, de pagina van een organisatie, haar geschiedenis, de feed.

## Datums

show-date = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[other] december
    } { $year }

## De lijst van organisaties, de pagina's per categorie en per land

list-heading = Organisaties
list-description = Zoeken in het register van organisaties die door gebruikers geleid worden.
list-count = { $count ->
        [one] { $count } organisatie
       *[other] { $count } organisaties
    }
list-count-query = { $count ->
        [one] { $count } organisatie gevonden voor ‘{ $query }’
       *[other] { $count } organisaties gevonden voor ‘{ $query }’
    }
list-counted = { $count ->
        [0] Het register bevat er nog geen.
        [one] Het register bevat er één.
       *[other] Het register bevat er { $count }.
    }
list-country-intro = { $country }: door gebruikers geleide organisaties die in dit land gevestigd of actief zijn.
list-search-label = Zoeken op naam, plaats, activiteit of bron
list-search-button = Zoeken
list-sort-label = Sorteren op
list-sort-apply = Toepassen
list-results-heading = Resultaten
list-jump-to-facets = Resultaten verfijnen of verruimen
list-facets-heading = Verfijnen of verruimen
list-facet-selected = geselecteerd; nogmaals kiezen om te verwijderen
list-filters-label = Actieve filters
list-filter = { $name }: { $value }
list-filter-from-words = Uit de woorden ‘{ $words }’ van uw zoekopdracht
list-filter-remove = dit filter verwijderen
list-clear-filters = Alles wissen
list-founded-between = { $from } tot { $to }
list-founded-from = { $from } of later
list-founded-to = { $to } of eerder
list-filter-evaluated = Met een evaluatie
list-filter-not-evaluated = Zonder evaluatie
list-empty-heading = Geen enkele organisatie past bij deze zoekopdracht
list-suggestion-before = Bedoelde u
list-suggestion-after = ?
list-empty-spelling = Controleer de spelling, of zoek met minder of kortere woorden: van het laatste woord volstaat het begin, dus ‘narco’ vindt ‘Narcotics Anonymous’.
list-empty-filters-before = Verwijder hierboven een filter, of
list-empty-filters-link = zoek zonder filters
list-empty-filters-after = .
list-empty-browse = Bekijk alle organisaties
list-empty-browse-or = { " " }of
list-empty-about = lees wat het register omvat
list-empty-about-after = .
list-pages-label = Pagina's
list-previous = ← Vorige
list-next = Volgende →
list-page-of = Pagina { $page } van { $count }
list-downloads = Deze zoekopdracht downloaden:
list-card-degree = Mate van leiding door gebruikers:
list-card-founded = Opgericht in { $year }
list-card-discreet = Discreet vermeld

## Filters: hun namen

facet-category = Categorie
facet-country = Land
facet-degree = Mate van leiding door gebruikers
facet-status = Status
facet-activity = Activiteit
facet-decade = Opgericht
facet-scope = Werkgebied
facet-decade-value = jaren { $decade }

## Sorteringen

sort-relevance = Beste overeenkomst
sort-name = Naam
sort-founded = Oudste eerst
sort-founded-desc = Nieuwste eerst
sort-updated = Onlangs bijgewerkt

## De pagina van een organisatie

show-title = { $name } – userled
show-description-discreet = { $name } in het register van organisaties die door gebruikers geleid worden.
show-citation = ‘{ $name }’. In: userled, het register van organisaties die door gebruikers geleid worden. { $url } (vermelding bijgewerkt op { $date }). Licentie: CC BY 4.0.
show-breadcrumb-label = Kruimelpad
show-aliases = Ook bekend als:
show-countries = Landen
show-countries-inline = Landen:
show-city = Plaats of regio
show-scope = Werkgebied
show-founded = Opgericht
show-not-known = onbekend
show-ended = Gestopt
show-status = Status
show-degree = Mate van leiding door gebruikers
show-degree-note-separator = :
show-profiles = Voor wie
show-website = Website
show-verified = Laatst gecontroleerd
show-not-verified = nog niet bij de organisatie zelf nagevraagd
show-activities-heading = Wat ze doet
show-related-heading = Verwante organisaties
show-related-member-of = Lid van
show-related-has-member = Heeft als lid
show-related-partner-of = Partner van
show-related-founded-by = Opgericht door
show-related-founded = Richtte op
show-related-succeeded-by = Opgevolgd door
show-related-succeeded = Opvolger van
show-evaluations-heading = Evaluaties
show-evaluation-participants = { $count ->
        [one] { $count } deelnemer
       *[other] { $count } deelnemers
    }
show-figures-heading = In cijfers
show-timeline-heading = Tijdlijn
show-timeline-founded = Opgericht
show-timeline-founded-text = { $name } wordt opgericht.
show-timeline-figure = Cijfer
show-timeline-figure-text = { $label }: { $value }
show-timeline-evaluation = Evaluatie
show-timeline-evaluation-text = { $citation }: { $finding }
show-timeline-ended = Gestopt
show-timeline-ended-text = { $name } stopt met haar werk.
show-timeline-source = bron
show-sources-heading = Bronnen
show-discreet-notice = Deze organisatie heeft gevraagd om discreet vermeld te worden. Het register toont alleen haar naam, haar categorieën en haar landen.
show-cite-heading = Deze vermelding citeren
show-updated = Laatst bijgewerkt op { $date }.
show-json-before = Ook als
show-json-after = .
show-improve-heading = Houd deze vermelding juist
show-suggest-correction = Een correctie voorstellen
show-history-link = De geschiedenis bekijken

## De geschiedenis van een organisatie

history-title = Geschiedenis van { $name } – userled
history-description = Elke wijziging aan de vermelding van { $name }.
history-heading = Geschiedenis van { $name }
history-breadcrumb = Geschiedenis
history-signed-in = Aangemeld als
history-queue = Wachtrij
history-edit-entry = Deze vermelding bewerken
history-discreet-notice = Deze organisatie is discreet vermeld: haar geschiedenis toont wanneer de vermelding veranderde, niet wat er veranderde.
history-empty = Sinds de eerste publicatie van deze vermelding is er geen wijziging vastgelegd.
history-revision = Versie { $number }
history-current = huidig
history-when = { $date }, { $time } UTC
history-revision-meta = { $when } · { $action } · door { $actor } · { $summary }
history-fields-changed = { $count ->
        [one] { $count } veld gewijzigd
       *[other] { $count } velden gewijzigd
    }
history-column-field = Veld
history-column-before = Voor
history-column-after = Na
history-restore = Versie { $number } terugzetten
history-action-baseline = Oudste vastgelegde stand
history-action-import = Geïmporteerd
history-action-approval = Bijdrage goedgekeurd
history-action-edit = Bewerkt door de moderatie
history-action-restore = Teruggezet
history-summary-approved = Bijdrage { $reference } goedgekeurd
history-summary-restored = Versie { $number } teruggezet
history-summary-edited = Bewerkt
history-summary-seed = Geladen uit de startgegevens
history-summary-import = Geïmporteerd uit een registerbestand
history-summary-baseline = De vermelding zoals die was voordat de geschiedenis werd bijgehouden
history-field-slug = Naam in het adres
history-field-name = Naam
history-field-aliases = Andere namen
history-field-description = Beschrijving
history-field-categories = Categorieën
history-field-countries = Landen
history-field-city = Plaats of regio
history-field-scope = Werkgebied
history-field-founded-year = Opgericht
history-field-status = Status
history-field-ended-year = Gestopt
history-field-user-led-degree = Mate van leiding door gebruikers
history-field-degree-note = Onderbouwing van de mate
history-field-user-profiles = Gebruikersprofielen
history-field-activities = Activiteiten
history-field-website = Website
history-field-visibility = Zichtbaarheid
history-field-last-verified = Laatst gecontroleerd
history-field-sources = Bronnen
history-field-evaluations = Evaluaties
history-field-facts = Cijfers
history-field-relations = Verwante organisaties
history-field-events = Gebeurtenissen
history-part = { $part }: { $value }
history-part-name = Naam
history-part-language = Taal
history-part-kind = Soort
history-part-url = Adres
history-part-title = Titel
history-part-note = Opmerking
history-part-citation = Bronvermelding
history-part-year = Jaar
history-part-design = Onderzoeksopzet
history-part-sample-size = Steekproefgrootte
history-part-finding = Bevinding
history-part-label = Omschrijving
history-part-value = Waarde
history-part-target = Organisatie
history-part-source-url = Bron

## De Atom-feed

feed-heading = userled: nieuwe en gewijzigde organisaties
feed-subtitle = Het register van organisaties die door gebruikers geleid worden
feed-entry-summary = { $categories } · { $countries }
