# Das Organisationsformular nach den Mustern des GOV.UK Design System.

## Kennzeichnungen und Regeln

form-optional-mark = (freiwillig)
form-optional-rule = Beantworten Sie jede Frage, die nicht als (freiwillig) gekennzeichnet ist.

## Wiederholbare Listen

form-row-aliases = Weiterer Name { $number }
form-row-sources = Quelle { $number }
form-row-evaluations = Evaluation { $number }
form-row-facts = Zahl { $number }
form-row-relations = Verbundene Organisation { $number }
form-row-events = Ereignis { $number }
form-remove = Entfernen
form-add-aliases =
    { $count ->
        [0] Einen Namen hinzufügen
       *[other] Weiteren Namen hinzufügen
    }
form-add-countries = Weiteres Land hinzufügen
form-add-sources = Weitere Quelle hinzufügen
form-add-evaluations =
    { $count ->
        [0] Eine Evaluation hinzufügen
       *[other] Weitere Evaluation hinzufügen
    }
form-add-facts =
    { $count ->
        [0] Eine Zahl hinzufügen
       *[other] Weitere Zahl hinzufügen
    }
form-add-relations =
    { $count ->
        [0] Eine verbundene Organisation hinzufügen
       *[other] Weitere verbundene Organisation hinzufügen
    }
form-add-events =
    { $count ->
        [0] Ein Ereignis hinzufügen
       *[other] Weiteres Ereignis hinzufügen
    }
submit-confirm-send = Bestätigen und absenden

## Fehlermeldungen

form-error-name-required = Geben Sie den Namen der Organisation ein
form-error-description-required = Geben Sie eine Beschreibung der Organisation ein
form-error-degree_note-required = Sagen Sie in einem Satz, woher Sie wissen, wie weit sie von Menschen, die Drogen gebrauchen, geführt wird
form-error-aliases-name-required = Geben Sie den weiteren Namen ein oder entfernen Sie diese Zeile
form-error-sources-title-required = Geben Sie den Titel der Quelle ein, wie er dort steht
form-error-evaluations-citation-required = Geben Sie die Quellenangabe der Evaluation ein oder entfernen Sie diese Zeile
form-error-evaluations-finding-required = Geben Sie ein, was die Evaluation ergeben hat
form-error-facts-label-required = Geben Sie ein, was die Zahl zählt, oder entfernen Sie diese Zeile
form-error-facts-value-required = Geben Sie die Zahl als Ziffern ein
form-error-events-year-required = Geben Sie das Jahr des Ereignisses ein
form-error-events-note-required = Beschreiben Sie das Ereignis in wenigen Worten
form-error-required = Füllen Sie dieses Feld aus oder entfernen Sie seine Zeile
form-error-url = Geben Sie eine Webadresse ein, die mit https:// beginnt
form-error-url-too-long = Geben Sie eine Webadresse mit höchstens { $max } Zeichen ein
form-error-year-number = Geben Sie das Jahr als Zahl ein, zum Beispiel 1994
form-error-number = Geben Sie eine ganze Zahl ein, zum Beispiel 120
form-error-year-range = Geben Sie ein Jahr von { $earliest } bis { $latest } ein
form-error-not-positive = Geben Sie eine Zahl größer als 0 ein
form-error-choose = Wählen Sie eine der aufgeführten Möglichkeiten
form-error-relation-target = Geben Sie den letzten Teil der Adresse der Organisation im Register ein, zum Beispiel jes-network
form-error-language-code = Geben Sie die Sprache als Code aus zwei oder drei Kleinbuchstaben ein, zum Beispiel da für Dänisch
form-error-language-required = Geben Sie den Code der Sprache dieses Namens ein, zum Beispiel da für Dänisch
form-error-date = Geben Sie das Datum als Jahr, Monat und Tag ein, zum Beispiel 2026-03-14
form-error-date-future = Geben Sie ein Datum ein, das heute ist oder in der Vergangenheit liegt
form-error-email = Geben Sie eine E-Mail-Adresse wie name@example.org ein oder lassen Sie das Feld leer
form-error-control-characters = Entfernen Sie die unsichtbaren Steuerzeichen, die mit dem Text kopiert wurden
form-error-too-long = Kürzen Sie dies auf höchstens { $max } Zeichen
form-error-too-many = Geben Sie höchstens { $max } an
form-error-name-letters = Geben Sie einen Namen ein, der Buchstaben oder Ziffern enthält
form-error-categories-required = Wählen Sie mindestens eine Kategorie
form-error-ended-before-founded = Geben Sie ein Endjahr ein, das nicht vor dem Gründungsjahr ({ $founded }) liegt
form-error-ended-but-active = Wählen Sie einen anderen Status als aktiv oder lassen Sie das Endjahr leer
form-error-degree-required = Wählen Sie, wie weit sie von Menschen, die Drogen gebrauchen, geführt wird (Unklar, wenn die Quellen es nicht sagen)
form-error-sources-required = Geben Sie mindestens eine Quelle an: Webadresse und Titel einer Seite, die diesen Eintrag belegt
form-error-relation-to-itself = Geben Sie eine andere Organisation ein: Eine Organisation kann nicht mit sich selbst verbunden sein
form-error-relation-twice = Entfernen Sie diese Zeile: Dieselbe Verbindung steht schon weiter oben
form-error-relation-missing = Geben Sie die Adresse einer Organisation im Register ein: Unter { $slug } gibt es keine
form-error-event-year =
    { $other ->
        [founded_year] Geben Sie { $expected } ein, das Gründungsjahr, oder ändern Sie jenes Jahr
       *[other] Geben Sie { $expected } ein, das Endjahr, oder ändern Sie jenes Jahr
    }
form-error-note-required = Sagen Sie, was sich geändert hat und woher Sie es wissen
form-error-correction-target = Die Organisation { $slug } steht nicht mehr im Register: Tragen Sie sie stattdessen neu ein
form-error-reason-required = Sagen Sie, warum Sie dies ändern
form-error-honeypot = Lassen Sie dieses Feld leer
form-error-unreadable = Ein Teil des Formulars war nicht lesbar: Prüfen Sie Ihre Angaben und senden Sie es noch einmal
