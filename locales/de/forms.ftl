# Das Formular für Organisationen (neue Einträge, Korrekturen, Bearbeitung durch die Moderation)
# und die Seiten für Beitragende.

## Die Fehlerübersicht über dem Formular

form-summary-title =
    { $count ->
        [one] Eine Angabe muss korrigiert werden
       *[other] { $count } Angaben müssen korrigiert werden
    }
form-summary-item = { $field } – { $message }
form-summary-row = { $row }: { $column }

## Teile jedes Feldes

form-required = (Pflichtfeld)
form-error-prefix = Fehler:
form-not-known = Nicht bekannt

## Abschnitte des Formulars

form-section-organisation = Die Organisation
form-section-work = Was sie tut
form-section-place = Wo und seit wann
form-section-leadership = Wer sie führt
form-section-sources = Quellen
form-section-more = Mehr: Evaluationen, Zahlen, verbundene Organisationen, Chronik
form-section-visibility = Sichtbarkeit

## Die Felder und ihre Hinweise

form-name = Name
    .hint = Der Name, den die Organisation selbst verwendet.
form-aliases = Weitere Namen
    .hint = Abkürzungen, der Name in der eigenen Sprache (mit Sprachcode, etwa da), frühere Namen.
form-aliases-name = Name
form-aliases-language = Sprachcode
form-aliases-kind = Art
form-description = Beschreibung
    .hint = Ein paar Sätze: wer sie sind und was sie tun.
form-website = Website
    .hint = Zum Beispiel https://www.example.org (https:// können Sie weglassen).
form-categories = Kategorien
    .hint = Wählen Sie mindestens eine.
form-activities = Tätigkeiten
form-user_profiles = Für wen sie da ist
form-countries = Länder
    .hint = Wo sie ihren Sitz hat oder tätig ist. Leer lassen bei einer weltweit tätigen Organisation ohne festen Sitz.
form-country = Land { $number }
form-city = Stadt oder Region
form-scope = Wirkungsbereich
form-founded_year = Gründungsjahr
form-status = Status
form-ended_year = Jahr der Auflösung
    .hint = Nur wenn sie ihre Arbeit eingestellt hat.
form-user_led_degree = Wie weit wird sie von Menschen geführt, die Drogen gebrauchen oder gebraucht haben?
form-degree_note = Woher wissen Sie das?
    .hint = Ein Satz als Beleg, etwa „ihr Vorstand wird von Mitgliedern gewählt, die Drogen gebrauchen“.
form-sources = Quellen
    .hint = Mindestens ein Link, der diesen Eintrag belegt: die Seiten der Organisation selbst, ein Bericht, ein Artikel.
form-sources-url = Webadresse
    .hint = Der Seite oder des Dokuments, zum Beispiel https://www.example.org/bericht.
form-sources-title = Titel
    .hint = Der Titel, wie er dort steht, in einer Zeile, höchstens 200 Zeichen.
form-sources-note = Anmerkung
form-evaluations = Evaluationen
    .hint = Studien über die Arbeit der Organisation: wer sie verfasst hat, wann, mit welcher Methode und mit welchem Ergebnis.
form-evaluations-citation = Quellenangabe, etwa „Castrignano 2005“
form-evaluations-year = Jahr
form-evaluations-design = Studiendesign
form-evaluations-sample_size = Stichprobengröße
form-evaluations-finding = Ergebnis
form-facts = Zahlen
    .hint = Zahlen zur Organisation, mit dem Jahr, auf das sie sich beziehen, wenn Sie es wissen.
form-facts-label = Was gezählt wird
form-facts-value = Zahl
form-facts-year = Jahr
form-facts-note = Anmerkung
form-relations = Verbundene Organisationen
    .hint = Andere Organisationen im Register, angegeben mit dem letzten Teil ihrer Adresse (etwa jes-network).
form-relations-kind = Beziehung
form-relations-target = Organisation (letzter Teil ihrer Adresse)
form-events = Chronik
    .hint = Ereignisse mit Jahr: wann sie sich formalisiert hat, umbenannt wurde, fusioniert ist oder aufgelöst wurde.
form-events-year = Jahr
form-events-kind = Was geschah
form-events-note = Beschreibung
form-events-source_url = Link zur Quelle
form-last_verified = Zuletzt überprüft
    .hint = Wann dieser Eintrag zuletzt bei der Organisation selbst überprüft wurde.
form-visibility = Wie sichtbar soll sie sein?
    .hint = Manche Organisationen haben gute Gründe, nicht gesehen zu werden.

## Die Felder eines Eintrags mit Kurznamen, für die Fehlerübersicht und die Änderungstabellen

form-field-slug = Kurzname (Slug)
form-field-name = Name
form-field-aliases = Weitere Namen
form-field-description = Beschreibung
form-field-categories = Kategorien
form-field-countries = Länder
form-field-city = Stadt oder Region
form-field-scope = Wirkungsbereich
form-field-founded_year = Gründungsjahr
form-field-status = Status
form-field-ended_year = Jahr der Auflösung
form-field-user_led_degree = Grad der Führung durch Drogengebrauchende
form-field-degree_note = Beleg für die Führung durch Drogengebrauchende
form-field-user_profiles = Zielgruppen
form-field-activities = Tätigkeiten
form-field-website = Website
form-field-visibility = Sichtbarkeit
form-field-last_verified = Zuletzt überprüft
form-field-sources = Quellen
form-field-evaluations = Evaluationen
form-field-facts = Zahlen
form-field-relations = Verbundene Organisationen
form-field-events = Chronik
form-field-note = Hinweis an die Moderation
form-field-contact_email = Ihre E-Mail-Adresse
form-field-form = Das Formular
form-field-record = Der Eintrag
form-field-leave_this_empty = Leer zu lassendes Feld

## Die Seite für Beiträge: eine neue Organisation oder eine Korrektur

submit-title = Organisation eintragen
submit-correction-title = Korrektur zu { $name } vorschlagen
submit-description = Tragen Sie zum Register der von Drogengebrauchenden geführten Organisationen bei. Jeder Beitrag wird geprüft, bevor er veröffentlicht wird.
submit-lead = Erzählen Sie uns von einer Gruppe, die von Menschen gestaltet und getragen wird, die Drogen gebrauchen oder gebraucht haben. Die Moderation prüft jeden Eintrag, bevor er veröffentlicht wird. Ein Konto ist nicht nötig.
submit-correction-lead = Ändern Sie, was falsch ist oder fehlt, und sagen Sie uns, woher Sie es wissen. Die Moderation prüft jede Korrektur, bevor sie veröffentlicht wird, und die Versionsgeschichte des Eintrags bewahrt, was vorher dort stand.
submit-duplicates-title = Ist es eine von diesen?
submit-duplicates-intro = Das Register enthält bereits Organisationen mit ähnlichen Namen:
submit-duplicates-suggest = stattdessen eine Korrektur dazu vorschlagen
submit-duplicates-outro = Wenn es sich um eine andere Organisation handelt, bestätigen Sie das unten und senden Sie das Formular noch einmal ab.
submit-confirm-new = Dies ist eine andere Organisation als die oben genannten
submit-moderators = Für die Moderation
submit-note-correction = Was hat sich geändert, und woher wissen Sie das?
submit-note = Was die Moderation wissen sollte
submit-contact = Ihre E-Mail-Adresse
    .hint = Nur die Moderation sieht sie, um Ihnen eine Rückfrage stellen zu können. Sie wird gelöscht, sobald über Ihren Beitrag entschieden ist.
submit-honeypot = Dieses Feld leer lassen
submit-send = Zur Prüfung senden
submit-send-correction = Korrektur senden

## Die Seite, auf die Beitragende mit ihrer Referenz zurückkommen

received-title = Beitrag { $reference }
received-description = Ihr Beitrag wartet auf Prüfung.
received-pending-title = Danke: Ihr Beitrag wartet auf Prüfung
received-pending-lead = Die Moderation prüft ihn, bevor er veröffentlicht wird.
received-approved-title = Ihr Beitrag wurde veröffentlicht
received-see-entry = Zum Eintrag
received-rejected-title = Ihr Beitrag wurde nicht veröffentlicht
received-rejected-lead = Die Moderation hat entschieden, ihn nicht zu veröffentlichen.
received-reference-before = Ihre Referenz lautet
received-reference-after = . Bewahren Sie sie auf, um nach Ihrem Beitrag zu fragen, oder kommen Sie auf diese Seite zurück, um zu sehen, ob über ihn entschieden wurde.
received-back = Zurück zum Register
received-add-another = Weitere Organisation eintragen
