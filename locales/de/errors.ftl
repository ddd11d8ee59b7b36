# Fehlerseiten, Problem-Dokumente der API, Prüf- und Suchparameter-Meldungen.
# Feldmeldungen stehen neben ihrem Eingabefeld und nennen es daher nicht.

## Die Fehlerseite

error-page-title = { $title } – userled
error-status = Fehler { $status }
error-search-instead = Stattdessen im Register suchen
error-link-home = Startseite
error-link-organisations = Alle Organisationen
error-link-about = Über das Register

## Arten von Problemen

problem-invalid-parameter = Ungültiger Parameter
problem-not-found = Nicht gefunden
problem-invalid-record = Ungültiger Eintrag
problem-forbidden = Nicht erlaubt
problem-conflict = Konflikt
problem-unsupported-media-type = Nicht unterstütztes Format
problem-too-many-requests = Zu viele Anfragen
problem-internal-error = Bei uns ist etwas schiefgelaufen

## Was schiefging

error-too-many-requests =
    { $count ->
        [one] Bitte warten Sie { $count } Sekunde und versuchen Sie es dann erneut.
       *[other] Bitte warten Sie { $count } Sekunden und versuchen Sie es dann erneut.
    }
error-internal = Die Anfrage konnte nicht ausgeführt werden. Der Fehler wurde protokolliert; bitte versuchen Sie es später noch einmal.
error-form-expired = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Bitte laden Sie die Seite neu und senden Sie es noch einmal ab.
error-json-only = Senden Sie den Beitrag als application/json.
error-nothing-here = Unter { $path } gibt es nichts.
error-no-file = Es gibt keine Datei „{ $file }“.
error-no-icon = Kein Symbol vorhanden.
error-no-category = Es gibt keine Kategorie „{ $slug }“.
error-no-country = Es gibt kein Land „{ $code }“.
error-no-organisation = Im Register gibt es keine Organisation „{ $slug }“.
error-no-organisation-short = Es gibt keine Organisation „{ $slug }“.
error-no-revision = Die Organisation „{ $slug }“ hat keine Version { $number }.
error-discreet-correction = Der Eintrag „{ $slug }“ wird diskret geführt; Korrekturen dazu gehen bitte direkt an die Moderation.
error-no-submission = Es gibt keinen Beitrag { $reference }.
error-already-decided = Über den Beitrag { $reference } wurde bereits entschieden.
error-correction-target-gone = Die Organisation, die mit dieser Korrektur berichtigt werden sollte, gibt es nicht mehr.
error-no-free-slug = Für „{ $slug }“ ist kein freier Kurzname (Slug) mehr verfügbar.

## Suchparameter

param-repeated = ist mehr als einmal angegeben
param-unknown = „{ $name }“ ist kein Suchparameter; möglich sind: { $known }
param-too-long = ist länger als { $max } Zeichen
param-not-year = „{ $value }“ ist keine Jahreszahl
param-not-boolean = „{ $value }“ ist weder true noch false
param-page = „{ $value }“ ist keine Seitenzahl (1 oder mehr)
param-per-page = „{ $value }“ ist keine Zahl von 1 bis { $max }

## Werte

field-unknown-value = unbekannter Wert „{ $value }“; möglich sind: { $expected }
field-country-malformed = „{ $value }“ ist kein Ländercode nach ISO 3166-1 alpha-2 (zwei Großbuchstaben, z. B. DK)
field-country-unassigned =
    „{ $value }“ ist kein vergebener Ländercode nach ISO 3166-1{ $value ->
        [UK] ; das Vereinigte Königreich hat den Code GB
        [EL] ; Griechenland hat den Code GR
       *[other] {""}
    }
field-year-range = { $value } ist kein Jahr von { $earliest } bis { $latest }
field-not-whole-number = „{ $value }“ ist keine ganze Zahl
field-not-positive = { $value } ist keine positive ganze Zahl
field-slug-invalid = „{ $value }“ ist kein gültiger Kurzname (Slug): erlaubt sind Kleinbuchstaben und Ziffern, verbunden durch einzelne Bindestriche, höchstens { $max } Zeichen
field-url-too-long = eine Webadresse darf höchstens { $max } Zeichen lang sein
field-url-not-web = „{ $value }“ ist keine Webadresse: sie muss mit http:// oder https:// beginnen
field-url-invalid = „{ $value }“ ist keine gültige Webadresse ({ $reason })
field-language-code = „{ $value }“ ist kein Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben, z. B. da)
field-date = „{ $value }“ ist kein Datum in der Form JJJJ-MM-TT
field-date-future = { $value } liegt in der Zukunft
field-email-invalid = „{ $value }“ ist keine E-Mail-Adresse

## Die Felder des Eintrags

field-required = muss ausgefüllt werden
field-control-characters = darf keine Steuerzeichen enthalten
field-too-long = ist { $length } Zeichen lang; erlaubt sind höchstens { $max }
field-too-many = höchstens { $max } Einträge
field-not-in-record = ist kein Feld des Organisationseintrags
field-incomplete = ist unvollständig
field-slug-underivable = lässt sich nicht aus dem Namen bilden; bitte geben Sie einen an
field-categories-required = wählen Sie mindestens eine Kategorie
field-ended-before-founded = { $ended } liegt vor dem Gründungsjahr { $founded }
field-ended-but-active = eine Organisation mit einem Endjahr kann nicht aktiv sein
field-degree-required = muss angegeben werden (wählen Sie „{ degree-unclear }“, wenn die Quellen nichts dazu sagen)
field-sources-required = geben Sie mindestens eine Quelle an: einen Link, der diesen Eintrag belegt
field-language-required = muss bei einem Namen in der Originalsprache angegeben werden
field-relation-to-itself = eine Organisation kann nicht mit sich selbst verbunden sein
field-relation-twice = diese Verbindung ist doppelt angegeben
field-relation-missing = keine Organisation „{ $slug }“ im Register
field-event-year =
    { $year } passt nicht zum { $other ->
        [founded_year] Gründungsjahr
       *[other] Endjahr
    } { $expected }

## Beiträge und Moderation

field-note-required = sagen Sie, was sich geändert hat und woher Sie es wissen
field-note-too-long = höchstens { $max } Zeichen
field-correction-target = es gibt keine Organisation „{ $slug }“, die korrigiert werden könnte
field-reason-required = geben Sie einen Grund an; er wird festgehalten
field-honeypot = muss leer bleiben

## Ein Inhalt oder Formular, das sich gar nicht lesen lässt

field-json-invalid = ist kein gültiges JSON: { $reason }
field-json-object = muss ein JSON-Objekt sein
field-json-string = muss eine Zeichenkette sein
field-json-unreadable = lässt sich nicht lesen: { $reason }
field-form-unreadable = lässt sich nicht lesen: { $reason }
