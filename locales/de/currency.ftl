# Wie aktuell ein Eintrag ist: Überprüfungen bei der Organisation selbst und der Zustand ihrer Links
# (`userled check-links`). Seiten der Moderation und die unaufdringlichen Hinweise auf der Seite eines Eintrags.

## Die Seite eines Eintrags

currency-month-year = { $month ->
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
currency-link-note = { $status ->
        [broken] Dieser Link lieferte bei der Prüfung am { $date } einen Fehler ({ $code }).
       *[other] Dieser Link antwortete bei der Prüfung am { $date } nicht.
    }

## Moderation: Links, die nicht funktionierten

currency-links-title = Links, die nicht funktionierten
currency-links-description = Websites und Quellen, die bei der letzten Prüfung fehlerhaft, unerreichbar oder umgezogen waren.
currency-links-lead = Das Ergebnis des letzten Laufs der Linkprüfung. Eine Website, die einmal nicht antwortete, antwortet vielleicht morgen: Sehen Sie nach, bevor Sie den Eintrag ändern.
currency-links-failing-heading = Fehlerhaft oder unerreichbar
currency-links-none-failing = Alle geprüften Links haben geantwortet.
currency-links-redirected-heading = Umgezogen
currency-links-redirected-lead = Diese Links funktionieren noch, führen aber zu einer anderen Adresse. Erwägen Sie, die neue zu verwenden.
currency-links-none-redirected = Kein geprüfter Link führt woandershin.
currency-links-organisation = Organisation
currency-links-place = Wo
currency-links-address = Link
currency-links-result = Ergebnis
currency-links-checked = Geprüft
currency-place-website = Website
currency-place-source = Quelle
currency-place-event = Quelle in der Chronik
currency-result-broken = Fehler { $code }
currency-result-dns = Name nicht gefunden
currency-result-connect = Keine Verbindung
currency-result-timeout = Keine Antwort in der Zeit
currency-result-redirects = Zu viele Weiterleitungen
currency-result-other = Keine Antwort
currency-result-redirected = Führt jetzt zu
currency-result-ok = Funktioniert

## Moderation: zu überprüfende Einträge

currency-due-title = Zu überprüfen
currency-due-description = Einträge, die noch nie oder lange nicht bei der Organisation selbst überprüft wurden.
currency-due-lead = { $count ->
        [one] Einträge, die noch nie bei der Organisation selbst überprüft wurden oder zuletzt vor mehr als einem Tag, die ältesten zuerst.
       *[other] Einträge, die noch nie bei der Organisation selbst überprüft wurden oder zuletzt vor mehr als { $count } Tagen, die ältesten zuerst.
    }
currency-due-count = { $count ->
        [0] Keiner ist fällig.
        [one] { $count } Eintrag ist fällig.
       *[other] { $count } Einträge sind fällig.
    }
currency-due-more = { $count ->
        [one] { $count } weiterer ist fällig und erscheint, sobald diese überprüft sind.
       *[other] { $count } weitere sind fällig und erscheinen, sobald diese überprüft sind.
    }
currency-due-none = Kein Eintrag muss überprüft werden.
currency-due-never = nie
currency-due-last-checked = Zuletzt überprüft:
currency-due-note = Wie haben Sie überprüft?
    .hint = Zum Beispiel: angerufen, oder die eigene Website wurde dieses Jahr aktualisiert. Erscheint in der Versionsgeschichte des Eintrags.
currency-due-mark = Als heute überprüft markieren
currency-check-note-required = Geben Sie an, wie Sie den Eintrag überprüft haben.
currency-already-checked-today = { $name } wurde heute bereits als überprüft markiert.

## Moderation: einen Eintrag bearbeiten

currency-edit-reason = Grund für diese Änderung
    .hint = Erscheint in der Versionsgeschichte des Eintrags. Nötig, wenn Sie den Status ändern: Er wird mit Datum in der Zeitleiste des Eintrags festgehalten.
currency-status-reason-required = Sie haben den Status geändert: Geben Sie unter „Grund für diese Änderung“ unten im Formular an, warum.
