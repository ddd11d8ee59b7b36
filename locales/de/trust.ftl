# Die Seiten, die sagen, wer das Register betreibt und wie es mit Menschen umgeht (Kontakt,
# Datenschutz, Barrierefreiheit), die Bitte, einen Eintrag zu ändern, diskret zu machen oder zu
# entfernen, und die Links dorthin.

## Die Fußzeile jeder Seite.

trust-footer-contact = Kontakt
trust-footer-privacy = Datenschutz
trust-footer-accessibility = Barrierefreiheit

## Auf den Referenzseiten von Beiträgen und Anfragen.

trust-reach = Wie Sie die Moderation erreichen, steht auf der { $link }.
trust-reach-link = Kontaktseite
trust-received-reason = Die Begründung der Moderation

## /contact

contact-title = Kontakt
contact-description = Wer dieses Register betreibt und wie Sie die Moderation erreichen.
contact-lead = userled wird von einer Betreiberin oder einem Betreiber gehostet, die oder der auch die Moderation einsetzt. Die Moderation liest jeden Beitrag und jede Anfrage, bevor sich im Register etwas ändert.
contact-operator-heading = Wer dieses Register betreibt
contact-operator-name = Betrieben von
contact-operator-email = E-Mail
contact-operator-address = Postanschrift
contact-operator-missing = Die Betreiberin oder der Betreiber dieser Website hat Namen und Kontaktdaten noch nicht angegeben. Bis dahin erreichen die Formulare unten trotzdem die Moderation.
contact-moderators-heading = So erreichen Sie die Moderation
contact-moderators-email = Schreiben Sie an { $email }. Die Moderation liest diese Nachrichten; wenn Sie die Referenz eines Beitrags oder einer Anfrage haben, geben Sie sie bitte an.
contact-moderators-no-email = Für die Moderation gibt es noch keine E-Mail-Adresse: Nutzen Sie die Formulare, sie landen direkt in ihrer Warteschlange.
contact-entry = Zu einem Eintrag: Öffnen Sie seine Seite und folgen Sie „{ $link }“. Ihre Anfrage landet direkt in der Warteschlange der Moderation, ob Sie für die Organisation sprechen oder nicht.
contact-new = Um eine Organisation hinzuzufügen, { $link }: Nichts wird veröffentlicht, bevor die Moderation es freigibt.
contact-new-link = nutzen Sie das Formular
contact-reference = Zu etwas, das Sie geschickt haben: Mit der Referenz (etwa UL-ABCD-1234) findet die Moderation es wieder, und ihre Seite zeigt, ob schon entschieden wurde.
contact-more-heading = Siehe auch
contact-privacy-link = Was wir erheben und wie lange wir es aufbewahren (Datenschutz)
contact-accessibility-link = Erklärung zur Barrierefreiheit

## /privacy

privacy-title = Datenschutz
privacy-description = Was die Formulare dieses Registers erheben, wozu und wie lange.
privacy-lead = userled fragt so wenig wie möglich. Sie können jede Seite ohne Konto lesen, und nichts verfolgt Sie.
privacy-forms-heading = Was die Formulare erheben
privacy-submission-heading = Eine Organisation hinzufügen oder eine Korrektur vorschlagen
privacy-submission-record = Die Angaben zur Organisation, die Sie eintragen. Sie werden unter CC BY 4.0 veröffentlicht, sobald die Moderation sie freigibt; bis dahin sieht sie nur die Moderation.
privacy-submission-note = Ihre Notiz an die Moderation. Nur die Moderation liest sie. Sie bleibt nach der Entscheidung mit dem Beitrag in deren Unterlagen, damit die Entscheidung später nachvollziehbar ist.
privacy-submission-email = Ihre E-Mail-Adresse, falls Sie eine angeben (freiwillig). Sie dient nur für Rückfragen der Moderation zu Ihrem Beitrag: Nur die Moderation sieht sie, sie wird nie veröffentlicht und nie protokolliert, und sie wird gelöscht, sobald der Beitrag angenommen oder abgelehnt ist.
privacy-submission-reason = Wird ein Beitrag abgelehnt, steht die Begründung der Moderation auf seiner Referenzseite, die alle öffnen können, die die Referenz kennen.
privacy-request-heading = Bitten, einen Eintrag zu ändern, diskret zu machen oder zu entfernen
privacy-request-content = Worum Sie bitten und Ihre Begründung. Nur die Moderation liest die Begründung. Sie bleibt mit der Anfrage in deren Unterlagen, auch nachdem die Anfrage abgeschlossen ist.
privacy-request-email = Ihre E-Mail-Adresse, falls Sie eine angeben: wie bei Beiträgen nur für Rückfragen der Moderation, und gelöscht, sobald die Anfrage abgeschlossen ist.
privacy-request-note = Die Notiz der Moderation zum Abschluss der Anfrage steht auf deren Referenzseite.
privacy-address-heading = Ihre IP-Adresse
privacy-address = Um zu begrenzen, wie viele Beiträge und Anfragen eine IP-Adresse pro Stunde schicken kann und wie viele Anmeldeversuche pro Viertelstunde, zählt der Server sie je Adresse in seinem Arbeitsspeicher. Die Adresse wird nie in die Datenbank oder in die Protokolle geschrieben und ist nach einem Neustart des Servers vergessen.
privacy-logs-heading = Protokolle
privacy-logs = Der Server protokolliert jede Anfrage nur mit Methode, Pfad der Seite und Status der Antwort: nicht die Suchparameter (also nicht, wonach Sie gesucht haben), nicht Ihre IP-Adresse, nicht Ihre Header oder Cookies. Die Protokolle enthalten keine personenbezogenen Daten.
privacy-proxy = Betreibt die Betreiberin oder der Betreiber die Website hinter einem eigenen Webserver, kann dieser eigene Zugriffsprotokolle führen; was er aufbewahrt, erfahren Sie über die { $link }.
privacy-contact-link = Kontaktseite
privacy-cookies-heading = Cookies
privacy-cookies-lead = userled setzt keine Werbe-, Analyse- oder Tracking-Cookies und lädt nichts von anderen Websites. Es verwendet drei Cookies, jedes für genau einen Zweck:
privacy-cookie-csrf = Ein Zufallswert, der zeigt, dass ein Formular von dieser Website abgeschickt wurde; er schützt die Formulare vor Cross-Site-Request-Forgery. Er wird gesetzt, wenn Sie ein Formular öffnen, und gelöscht, wenn Sie den Browser schließen.
privacy-cookie-language = Merkt sich ein Jahr lang, dass Ihnen diese Website eine Seite in der Sprache Ihres Browsers angeboten hat, damit das Angebot nicht wiederholt wird. Es enthält nur den Wert 1.
privacy-cookie-session = Nur für die Moderation: hält sie 8 Stunden lang angemeldet. Der Server speichert davon nur einen Hash.
privacy-moderators-heading = Moderation und Kopien
privacy-moderators = Moderatorinnen und Moderatoren haben einen Benutzernamen und ein Passwort, das nur als argon2id-Hash gespeichert wird. Ihr Benutzername erscheint in der öffentlichen Versionsgeschichte jedes Eintrags, den sie geändert haben.
privacy-backups = Kopien der Datenbank, die die Betreiberin oder der Betreiber anlegt (Sicherungen), enthalten, was die Datenbank zu diesem Zeitpunkt enthielt: Eine später gelöschte E-Mail-Adresse bleibt in einer älteren Kopie, bis diese gelöscht wird.
privacy-rights-heading = Ihre Rechte
privacy-rights = Sie können die Betreiberin oder den Betreiber fragen, was das Register über Sie enthält, und verlangen, dass es berichtigt oder gelöscht wird. Eine Organisation kann außerdem auf der Seite ihres Eintrags darum bitten, ihn zu ändern, diskret zu machen oder zu entfernen.
privacy-rights-ask = Wie Sie fragen können, steht auf der { $link }.

## /accessibility

accessibility-title = Erklärung zur Barrierefreiheit
accessibility-description = Wie barrierefrei dieses Register ist, wie das geprüft wird, was bekanntermaßen nicht gut funktioniert und wie Sie ein Problem melden.
accessibility-lead = userled soll für alle funktionieren, auch für Menschen, die einen Screenreader, nur eine Tastatur, eine Vergrößerung oder Sprachsteuerung nutzen, am Telefon wie am Computer.
accessibility-standard-heading = Der Standard
accessibility-standard = Unser Ziel sind die Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA.
accessibility-how-heading = Wie das geprüft wird
accessibility-how-axe = Jede Änderung wird in einem echten Browser getestet: axe-core, ein automatisches Prüfwerkzeug für Barrierefreiheit, läuft auf jeder Art von Seite (Startseite, Suchergebnisse, ein Eintrag, die Formulare mit und ohne Fehler, die Seiten der Moderation, Statistik, eine Fehlerseite), auf Englisch bei 390 und 1280 Pixeln Breite und in den sieben anderen Sprachen bei 390 Pixeln. Schon ein einziges gefundenes Problem lässt den Test scheitern.
accessibility-how-languages = Automatische Tests prüfen außerdem, dass jede Seite ihre Sprache angibt und dass Seiten in den sieben anderen Sprachen keinen englischen Satz der Oberfläche behalten.
accessibility-how-design = Die Website braucht kein JavaScript, hält den Tastaturfokus sichtbar, bietet einen Link zum direkten Sprung zum Inhalt und zeigt jeden Formularfehler neben seinem Feld.
accessibility-limits-heading = Bekannte Einschränkungen
accessibility-limit-manual = Automatische Prüfungen finden nur einen Teil der Probleme. Die Website wurde noch nicht von Menschen getestet, die Screenreader, Vergrößerung oder Sprachsteuerung nutzen; ihre Rückmeldungen sind sehr willkommen.
accessibility-limit-language = Der Text der Einträge (Beschreibungen, Notizen, Quellen) steht in der Sprache, in der er geschrieben wurde, meist Englisch, und ist noch nicht mit dieser Sprache ausgezeichnet. Auf Seiten in anderen Sprachen kann ein Screenreader ihn deshalb falsch aussprechen.
accessibility-limit-charts = Die Diagramme auf der Statistikseite sind Bilder für Sehende. Unter jedem steht eine Tabelle mit denselben Zahlen, und jedes Land der Europakarte ist ein Link.
accessibility-limit-translations = Die Übersetzungen der Oberfläche wurden noch nicht von Muttersprachlerinnen und Muttersprachlern aus dem Arbeitsfeld geprüft; manche Formulierung kann unklar sein.
accessibility-limit-external = Die Websites der Organisationen und die Quellen, die Einträge zitieren, sind andere Websites, für deren Barrierefreiheit wir nicht einstehen können.
accessibility-report-heading = Ein Problem melden
accessibility-report = Wenn Ihnen etwas auf dieser Website schwerfällt oder nicht möglich ist, sagen Sie es uns bitte. Hilfreich sind die Adresse der Seite, was Sie tun wollten und was Sie nutzen (Browser, Gerät, assistive Technologie).
accessibility-report-email = Schreiben Sie an { $email }.
accessibility-report-missing = Die Betreiberin oder der Betreiber dieser Website hat für solche Meldungen noch keine E-Mail-Adresse angegeben.
accessibility-report-contact = Weitere Wege zur Moderation stehen auf der { $link }.

## Die Bitte, einen Eintrag zu ändern, diskret zu machen oder zu entfernen.

request-link = Bitten, diesen Eintrag zu ändern, diskret zu machen oder zu entfernen
request-title = Anfrage zu { $name }
request-description = Bitten Sie die Moderation, einen Eintrag zu ändern, diskret zu machen oder zu entfernen.
request-lead = Ihre Anfrage geht an die Moderation, die sie prüft, bevor sich etwas ändert. Sie müssen nicht für die Organisation sprechen, sagen Sie es aber, wenn Sie es tun.
request-kind-legend = Worum bitten Sie?
request-kind-change = Ändern
request-kind-change-hint = Etwas im Eintrag ist falsch oder veraltet.
request-kind-discreet = Diskret machen
request-kind-discreet-hint = Nur Name, Kategorien und Länder der Organisation zeigen, keine ihrer übrigen Angaben.
request-kind-remove = Entfernen
request-kind-remove-hint = Den Eintrag aus dem Register nehmen.
request-reason = Warum, und was soll sich ändern?
request-reason-hint = Nur die Moderation liest das; es wird nicht veröffentlicht. Wenn Sie für die Organisation sprechen, sagen Sie es.
request-contact = Ihre E-Mail-Adresse (freiwillig)
request-contact-hint = Nur, falls die Moderation Sie etwas fragen muss. Sie wird gelöscht, sobald Ihre Anfrage abgeschlossen ist.
request-privacy = Was mit Ihren Angaben geschieht, steht unter { $link }.
request-privacy-link = Datenschutz
request-send = Anfrage senden
request-kind-required = Wählen Sie, worum Sie bitten: den Eintrag ändern, diskret machen oder entfernen.
request-reason-required = Sagen Sie, warum, und was sich ändern soll.
request-reason-too-long = Schreiben Sie höchstens { $max } Zeichen.
request-outcome-required = Wählen Sie, ob die Anfrage erledigt oder abgelehnt ist.
request-note-required = Sagen Sie, warum die Anfrage abgelehnt wird: Die anfragende Person liest diese Notiz.
request-not-found = Es gibt keine Anfrage mit der Referenz { $reference }.
request-already-closed = Die Anfrage { $reference } wurde bereits von einer anderen Person aus der Moderation abgeschlossen.

## Die Seite der anfragenden Person.

request-received-title = Anfrage { $reference }
request-received-description = Ihre Anfrage zu einem Eintrag und was die Moderation entschieden hat.
request-open-heading = Danke: Ihre Anfrage wartet auf die Moderation
request-open-lead = Die Moderation liest sie und entscheidet, was zu tun ist.
request-done-heading = Ihre Anfrage wurde erledigt
request-declined-heading = Ihre Anfrage wurde abgelehnt
request-note-label = Die Notiz der Moderation
request-asked = Erbeten
request-entry = Eintrag
request-reference = Ihre Referenz lautet { $reference }. Bewahren Sie sie auf, um nach Ihrer Anfrage zu fragen, oder kommen Sie auf diese Seite zurück, um zu sehen, ob sie abgeschlossen ist.

## Die Seiten der Moderation.

request-queue-heading = Anfragen zu Einträgen
request-queue-empty = Keine Anfrage zu einem Eintrag ist offen.
request-queue-waiting =
    { $count ->
        [one] Eine Anfrage ist offen, die älteste zuerst.
       *[other] { $count } Anfragen sind offen, die älteste zuerst.
    }
request-queue-closed = Zuletzt abgeschlossene Anfragen
request-status-open = offen
request-status-done = erledigt
request-status-declined = abgelehnt
request-review-title = Anfrage { $reference }
request-review-description = Eine Anfrage zu einem Eintrag, abzuschließen als erledigt oder abgelehnt.
request-review-heading = Anfrage zu { $name }
request-review-reason = Begründung
request-review-edit = Eintrag bearbeiten
request-close-heading = Anfrage abschließen
request-close-legend = Ergebnis
request-close-done = Erledigt: Das Erbetene ist getan
request-close-declined = Abgelehnt
request-close-note = Notiz an die anfragende Person
request-close-note-hint = Steht auf der Referenzseite der Anfrage. Pflicht, wenn die Anfrage abgelehnt wird.
request-close = Anfrage abschließen
