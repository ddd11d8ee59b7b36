# Ergebnislisten, Filter, die Seite eines Eintrags, seine Versionsgeschichte, der Feed.

## Daten

show-date = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[other] Dezember
    } { $year }

## Die Liste der Organisationen, Kategorie- und Länderseiten

list-heading = Organisationen
list-description = Das Register der von Drogengebrauchenden geführten Organisationen durchsuchen.
list-count = { $count ->
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    }
list-count-query = { $count ->
        [one] { $count } Organisation zu „{ $query }“
       *[other] { $count } Organisationen zu „{ $query }“
    }
list-counted = { $count ->
        [0] Das Register führt noch keine.
        [one] Das Register führt eine.
       *[other] Das Register führt { $count }.
    }
list-country-intro = { $country }: von Drogengebrauchenden geführte Organisationen mit Sitz oder Tätigkeit in diesem Land.
list-search-label = Nach Name, Ort, Tätigkeit oder Quelle suchen
list-search-button = Suchen
list-sort-label = Sortieren nach
list-sort-apply = Anwenden
list-results-heading = Ergebnisse
list-jump-to-facets = Ergebnisse eingrenzen oder erweitern
list-facets-heading = Eingrenzen oder erweitern
list-facet-selected = ausgewählt; erneut wählen, um es zu entfernen
list-filters-label = Aktive Filter
list-filter = { $name }: { $value }
list-filter-from-words = Aus den Suchwörtern „{ $words }“
list-filter-remove = diesen Filter entfernen
list-clear-filters = Alle entfernen
list-founded-between = { $from } bis { $to }
list-founded-from = { $from } oder später
list-founded-to = { $to } oder früher
list-filter-evaluated = Mit Evaluation
list-filter-not-evaluated = Ohne Evaluation
list-empty-heading = Keine Organisation passt zu dieser Suche
list-suggestion-before = Meinten Sie
list-suggestion-after = ?
list-empty-spelling = Prüfen Sie die Schreibweise oder suchen Sie mit weniger oder kürzeren Wörtern: Beim letzten Wort genügt der Anfang, „narco“ findet also „Narcotics Anonymous“.
list-empty-filters-before = Entfernen Sie oben einen Filter oder
list-empty-filters-link = suchen Sie ohne Filter
list-empty-filters-after = .
list-empty-browse = Alle Organisationen ansehen
list-empty-browse-or = { " " }oder
list-empty-about = lesen, was das Register umfasst
list-empty-about-after = .
list-pages-label = Seiten
list-previous = ← Zurück
list-next = Weiter →
list-page-of = Seite { $page } von { $count }
list-downloads = Diese Suche herunterladen:
list-card-degree = Führung durch Drogengebrauchende:
list-card-founded = Gegründet { $year }
list-card-discreet = Diskret gelistet

## Filter: ihre Namen

facet-category = Kategorie
facet-country = Land
facet-degree = Führung durch Drogengebrauchende
facet-status = Status
facet-activity = Tätigkeit
facet-decade = Gegründet
facet-scope = Reichweite
facet-decade-value = { $decade }er

## Sortierungen

sort-relevance = Beste Treffer
sort-name = Name
sort-founded = Älteste zuerst
sort-founded-desc = Neueste zuerst
sort-updated = Zuletzt aktualisiert

## Die Seite einer Organisation

show-title = { $name } – userled
show-description-discreet = { $name } im Register der von Drogengebrauchenden geführten Organisationen.
show-citation = „{ $name }“. In: userled, das Register der von Drogengebrauchenden geführten Organisationen. { $url } (Eintrag aktualisiert am { $date }). Lizenz: CC BY 4.0.
show-breadcrumb-label = Navigationspfad
show-aliases = Auch bekannt als:
show-countries = Länder
show-countries-inline = Länder:
show-city = Stadt oder Region
show-scope = Reichweite
show-founded = Gegründet
show-not-known = unbekannt
show-ended = Beendet
show-status = Status
show-degree = Führung durch Drogengebrauchende
show-degree-note-separator = :
show-profiles = Zielgruppe
show-website = Website
show-verified = Zuletzt geprüft
show-not-verified = noch nicht bei der Organisation selbst nachgeprüft
show-activities-heading = Was sie tut
show-related-heading = Verbundene Organisationen
show-related-member-of = Mitglied von
show-related-has-member = Hat als Mitglied
show-related-partner-of = Partnerorganisation von
show-related-founded-by = Gegründet von
show-related-founded = Gründete
show-related-succeeded-by = Abgelöst durch
show-related-succeeded = Nachfolgerin von
show-evaluations-heading = Evaluationen
show-evaluation-participants = { $count ->
        [one] { $count } teilnehmende Person
       *[other] { $count } Teilnehmende
    }
show-figures-heading = In Zahlen
show-timeline-heading = Chronik
show-timeline-founded = Gegründet
show-timeline-founded-text = { $name } wurde gegründet.
show-timeline-figure = Zahl
show-timeline-figure-text = { $label }: { $value }
show-timeline-evaluation = Evaluation
show-timeline-evaluation-text = { $citation }: { $finding }
show-timeline-ended = Beendet
show-timeline-ended-text = { $name } hat die Arbeit eingestellt.
show-timeline-source = Quelle
show-sources-heading = Quellen
show-discreet-notice = Diese Organisation hat gebeten, diskret gelistet zu werden. Das Register zeigt nur ihren Namen, ihre Kategorien und ihre Länder.
show-cite-heading = Diesen Eintrag zitieren
show-updated = Zuletzt aktualisiert am { $date }.
show-json-before = Auch als
show-json-after = .
show-improve-heading = Diesen Eintrag aktuell halten
show-suggest-correction = Korrektur vorschlagen
show-history-link = Versionsgeschichte ansehen

## Die Versionsgeschichte einer Organisation

history-title = Versionsgeschichte von { $name } – userled
history-description = Jede Änderung am Eintrag von { $name }.
history-heading = Versionsgeschichte von { $name }
history-breadcrumb = Versionsgeschichte
history-signed-in = Angemeldet als
history-queue = Warteschlange
history-edit-entry = Diesen Eintrag bearbeiten
history-discreet-notice = Diese Organisation ist diskret gelistet: Die Versionsgeschichte zeigt, wann sich der Eintrag geändert hat, nicht was.
history-empty = Seit der ersten Veröffentlichung dieses Eintrags wurde keine Änderung verzeichnet.
history-revision = Version { $number }
history-current = aktuell
history-when = { $date }, { $time } UTC
history-revision-meta = { $when } · { $action } · von { $actor } · { $summary }
history-fields-changed = { $count ->
        [one] { $count } Feld geändert
       *[other] { $count } Felder geändert
    }
history-column-field = Feld
history-column-before = Vorher
history-column-after = Nachher
history-restore = Version { $number } wiederherstellen
history-action-baseline = Ältester erfasster Stand
history-action-import = Importiert
history-action-approval = Beitrag freigegeben
history-action-edit = Von der Moderation bearbeitet
history-action-restore = Wiederhergestellt
history-summary-approved = Beitrag { $reference } freigegeben
history-summary-restored = Version { $number } wiederhergestellt
history-summary-edited = Bearbeitet
history-summary-seed = Aus dem Grundbestand geladen
history-summary-import = Aus einer Registerdatei importiert
history-summary-baseline = Der Eintrag, wie er vor Beginn der Versionsgeschichte stand
history-field-slug = Adressname
history-field-name = Name
history-field-aliases = Weitere Namen
history-field-description = Beschreibung
history-field-categories = Kategorien
history-field-countries = Länder
history-field-city = Stadt oder Region
history-field-scope = Reichweite
history-field-founded-year = Gegründet
history-field-status = Status
history-field-ended-year = Beendet
history-field-user-led-degree = Führung durch Drogengebrauchende
history-field-degree-note = Begründung der Einstufung
history-field-user-profiles = Zielgruppen
history-field-activities = Tätigkeiten
history-field-website = Website
history-field-visibility = Sichtbarkeit
history-field-last-verified = Zuletzt geprüft
history-field-sources = Quellen
history-field-evaluations = Evaluationen
history-field-facts = Zahlen
history-field-relations = Verbundene Organisationen
history-field-events = Ereignisse
history-part = { $part }: { $value }
history-part-name = Name
history-part-language = Sprache
history-part-kind = Art
history-part-url = Adresse
history-part-title = Titel
history-part-note = Anmerkung
history-part-citation = Literaturangabe
history-part-year = Jahr
history-part-design = Studiendesign
history-part-sample-size = Stichprobengröße
history-part-finding = Ergebnis
history-part-label = Bezeichnung
history-part-value = Wert
history-part-target = Organisation
history-part-source-url = Quelle

## Der Atom-Feed

feed-heading = userled: neue und geänderte Organisationen
feed-subtitle = Das Register der von Drogengebrauchenden geführten Organisationen
feed-entry-summary = { $categories } · { $countries }
