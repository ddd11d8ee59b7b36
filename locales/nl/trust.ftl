# De pagina's die zeggen wie het register beheert en hoe het met mensen omgaat (contact, privacy,
# toegankelijkheid), het verzoek om een vermelding te wijzigen, discreet te maken of te
# verwijderen, en de links ernaartoe.

## De voettekst van elke pagina.

trust-footer-contact = Contact
trust-footer-privacy = Privacy
trust-footer-accessibility = Toegankelijkheid

## Op de referentiepagina's van bijdragen en verzoeken.

trust-reach = Hoe u de moderatie bereikt, staat op de { $link }.
trust-reach-link = contactpagina
trust-received-reason = De reden van de moderatie

## /contact

contact-title = Contact
contact-description = Wie dit register beheert en hoe u de moderatie bereikt.
contact-lead = userled wordt beheerd door een beheerder, die het host en de moderatie aanstelt. De moderatie leest elke bijdrage en elk verzoek voordat er iets in het register verandert.
contact-operator-heading = Wie dit register beheert
contact-operator-name = Beheerd door
contact-operator-email = E-mail
contact-operator-address = Postadres
contact-operator-missing = De beheerder van deze site heeft zijn naam en contactgegevens nog niet opgegeven. Tot dan bereiken de formulieren hieronder de moderatie wel.
contact-moderators-heading = Zo bereikt u de moderatie
contact-moderators-email = Schrijf naar { $email }. De moderatie leest deze berichten; hebt u de referentie van een bijdrage of een verzoek, vermeld die dan.
contact-moderators-no-email = De moderatie heeft nog geen e-mailadres: gebruik de formulieren, die rechtstreeks in haar wachtrij komen.
contact-entry = Over een vermelding: open de pagina ervan en volg ‘{ $link }’. Uw verzoek komt rechtstreeks in de wachtrij van de moderatie, of u nu namens de organisatie spreekt of niet.
contact-new = Om een organisatie toe te voegen, { $link }: er wordt niets gepubliceerd voordat de moderatie het goedkeurt.
contact-new-link = gebruikt u het formulier
contact-reference = Over iets wat u hebt gestuurd: met de referentie (bijvoorbeeld UL-ABCD-1234) vindt de moderatie het terug, en de pagina ervan toont of er al is beslist.
contact-more-heading = Zie ook
contact-privacy-link = Wat we verzamelen en hoe lang we het bewaren (privacy)
contact-accessibility-link = Toegankelijkheidsverklaring

## /privacy

privacy-title = Privacy
privacy-description = Wat de formulieren van dit register verzamelen, waarom en hoe lang.
privacy-lead = userled vraagt zo weinig mogelijk. U kunt elke pagina lezen zonder account, en niets volgt u.
privacy-forms-heading = Wat de formulieren verzamelen
privacy-submission-heading = Een organisatie toevoegen of een correctie voorstellen
privacy-submission-record = De gegevens van de organisatie die u invult. Ze worden gepubliceerd onder CC BY 4.0 zodra de moderatie ze goedkeurt; tot dan ziet alleen de moderatie ze.
privacy-submission-note = Uw opmerking voor de moderatie. Alleen de moderatie leest die. Ze blijft na de beslissing bij de bijdrage in haar administratie, zodat de beslissing later te begrijpen is.
privacy-submission-email = Uw e-mailadres, als u er een opgeeft (dat is niet verplicht). Het dient alleen voor vragen van de moderatie over uw bijdrage: alleen de moderatie ziet het, het wordt nooit gepubliceerd of gelogd, en het wordt gewist zodra de bijdrage is goedgekeurd of afgewezen.
privacy-submission-reason = Wordt een bijdrage afgewezen, dan staat de reden van de moderatie op de referentiepagina ervan, die iedereen met de referentie kan openen.
privacy-request-heading = Vragen om een vermelding te wijzigen, discreet te maken of te verwijderen
privacy-request-content = Waar u om vraagt en uw reden. Alleen de moderatie leest de reden. Die blijft bij het verzoek in haar administratie, ook nadat het verzoek is afgesloten.
privacy-request-email = Uw e-mailadres, als u er een opgeeft: net als bij bijdragen alleen voor vragen van de moderatie, en gewist zodra het verzoek is afgesloten.
privacy-request-note = De notitie van de moderatie bij het afsluiten van het verzoek staat op de referentiepagina ervan.
privacy-address-heading = Uw IP-adres
privacy-address = Om te beperken hoeveel bijdragen en verzoeken één IP-adres per uur kan sturen, en hoeveel aanmeldpogingen per kwartier, telt de server ze per adres in zijn geheugen. Het adres wordt nooit in de database of in de logs geschreven, en het is vergeten zodra de server opnieuw start.
privacy-logs-heading = Logs
privacy-logs = De server logt elk verzoek alleen met de methode, het pad van de pagina en de status van het antwoord: niet de zoekparameters (dus niet wat u zocht), niet uw IP-adres, niet uw headers of cookies. De logs bevatten geen persoonsgegevens.
privacy-proxy = Laat de beheerder de site draaien achter een eigen webserver, dan kan die server eigen toegangslogs bijhouden; de beheerder kan u vertellen wat die bewaart: zie de { $link }.
privacy-contact-link = contactpagina
privacy-cookies-heading = Cookies
privacy-cookies-lead = userled plaatst geen advertentie-, analyse- of trackingcookies en laadt niets van andere sites. Het gebruikt drie cookies, elk voor één doel:
privacy-cookie-csrf = Een willekeurige code die laat zien dat een formulier vanaf deze site is verstuurd, ter bescherming van de formulieren tegen cross-site request forgery. Hij wordt geplaatst wanneer u een formulier opent en gewist wanneer u uw browser sluit.
privacy-cookie-language = Onthoudt een jaar lang dat deze site u een pagina in de taal van uw browser heeft aangeboden, zodat het aanbod niet terugkomt. Hij bevat alleen de waarde 1.
privacy-cookie-session = Alleen voor de moderatie: houdt moderatoren 8 uur aangemeld. De server bewaart er alleen een hash van.
privacy-moderators-heading = Moderatie en kopieën
privacy-moderators = Moderatoren hebben een gebruikersnaam en een wachtwoord, dat alleen als argon2id-hash wordt bewaard. Hun gebruikersnaam staat in de openbare geschiedenis van elke vermelding die ze hebben gewijzigd.
privacy-backups = Kopieën van de database die de beheerder maakt (back-ups) bevatten wat de database op dat moment bevatte: een later gewist e-mailadres blijft in een oudere kopie staan tot die kopie wordt verwijderd.
privacy-rights-heading = Uw rechten
privacy-rights = U kunt de beheerder vragen wat het register over u bevat, en vragen om dat te corrigeren of te wissen. Een organisatie kan ook via de pagina van haar vermelding vragen om de vermelding te wijzigen, discreet te maken of te verwijderen.
privacy-rights-ask = Hoe u dat vraagt, staat op de { $link }.

## /accessibility

accessibility-title = Toegankelijkheidsverklaring
accessibility-description = Hoe toegankelijk dit register is, hoe dat wordt gecontroleerd, wat bekend is dat niet goed werkt en hoe u een probleem meldt.
accessibility-lead = userled moet voor iedereen werken, ook voor mensen die een schermlezer, alleen een toetsenbord, vergroting of spraakbesturing gebruiken, op een telefoon of een computer.
accessibility-standard-heading = De norm
accessibility-standard = We streven ernaar te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA.
accessibility-how-heading = Hoe het wordt gecontroleerd
accessibility-how-axe = Elke wijziging wordt getest in een echte browser: axe-core, een automatische toegankelijkheidscontrole, draait op elk type pagina (startpagina, zoekresultaten, een vermelding, de formulieren met en zonder fouten, de moderatiepagina's, statistieken, een foutpagina), in het Engels op 390 en 1280 pixels breed en in de zeven andere talen op 390 pixels. Eén gevonden probleem laat de test al mislukken.
accessibility-how-languages = Automatische tests controleren ook dat elke pagina haar taal aangeeft en dat pagina's in de zeven andere talen geen Engelse zin van de interface laten staan.
accessibility-how-design = De site heeft geen JavaScript nodig, houdt de toetsenbordfocus zichtbaar, biedt een link om direct naar de inhoud te gaan en toont elke formulierfout naast het bijbehorende veld.
accessibility-limits-heading = Bekende beperkingen
accessibility-limit-manual = Automatische controles vinden maar een deel van de problemen. De site is nog niet getest door mensen die schermlezers, vergroting of spraakbesturing gebruiken; hun meldingen zijn zeer welkom.
accessibility-limit-language = De tekst van vermeldingen (beschrijvingen, notities, bronnen) staat in de taal waarin hij is geschreven, meestal Engels, en is nog niet met die taal gemarkeerd. Op pagina's in andere talen kan een schermlezer hem daardoor verkeerd uitspreken.
accessibility-limit-charts = De grafieken op de statistiekpagina zijn afbeeldingen voor wie kan zien. Onder elke grafiek staat een tabel met dezelfde cijfers, en elk land op de kaart van Europa is een link.
accessibility-limit-translations = De vertalingen van de interface zijn nog niet nagelezen door moedertaalsprekers die in het werkveld werken; sommige formuleringen kunnen onduidelijk zijn.
accessibility-limit-external = De websites van organisaties en de bronnen die vermeldingen aanhalen zijn andere sites, voor de toegankelijkheid waarvan wij niet kunnen instaan.
accessibility-report-heading = Een probleem melden
accessibility-report = Is iets op deze site moeilijk of onmogelijk voor u om te gebruiken, laat het ons dan weten. Het helpt als u het adres van de pagina noemt, wat u probeerde te doen en wat u gebruikt (browser, apparaat, hulptechnologie).
accessibility-report-email = Schrijf naar { $email }.
accessibility-report-missing = De beheerder van deze site heeft nog geen e-mailadres voor zulke meldingen opgegeven.
accessibility-report-contact = Andere manieren om de moderatie te bereiken staan op de { $link }.

## Het verzoek om een vermelding te wijzigen, discreet te maken of te verwijderen.

request-link = Vragen om deze vermelding te wijzigen, discreet te maken of te verwijderen
request-title = Verzoek over { $name }
request-description = Vraag de moderatie om een vermelding te wijzigen, discreet te maken of te verwijderen.
request-lead = Uw verzoek gaat naar de moderatie, die het controleert voordat er iets verandert. U hoeft niet namens de organisatie te spreken, maar zeg het als u dat doet.
request-kind-legend = Waar vraagt u om?
request-kind-change = Wijzigen
request-kind-change-hint = Iets in de vermelding klopt niet of is verouderd.
request-kind-discreet = Discreet maken
request-kind-discreet-hint = Alleen de naam, de categorieën en de landen van de organisatie tonen, en geen andere gegevens.
request-kind-remove = Verwijderen
request-kind-remove-hint = De vermelding uit het register halen.
request-reason = Waarom, en wat moet er veranderen?
request-reason-hint = Alleen de moderatie leest dit; het wordt niet gepubliceerd. Spreekt u namens de organisatie, zeg het dan.
request-contact = Uw e-mailadres (niet verplicht)
request-contact-hint = Alleen als de moderatie u misschien iets moet vragen. Het wordt gewist zodra uw verzoek is afgesloten.
request-privacy = Wat er gebeurt met wat u stuurt: zie { $link }.
request-privacy-link = privacy
request-send = Verzoek versturen
request-kind-required = Kies waar u om vraagt: de vermelding wijzigen, discreet maken of verwijderen.
request-reason-required = Zeg waarom, en wat er moet veranderen.
request-reason-too-long = Schrijf hoogstens { $max } tekens.
request-outcome-required = Kies of het verzoek is uitgevoerd of afgewezen.
request-note-required = Zeg waarom het verzoek wordt afgewezen: de persoon die het vroeg leest deze notitie.
request-not-found = Er is geen verzoek met de referentie { $reference }.
request-already-closed = Verzoek { $reference } is al afgesloten door iemand anders van de moderatie.

## De pagina van wie het verzoek deed.

request-received-title = Verzoek { $reference }
request-received-description = Uw verzoek over een vermelding, en wat de moderatie besliste.
request-open-heading = Dank u: uw verzoek wacht op de moderatie
request-open-lead = Iemand van de moderatie leest het en beslist wat er gebeurt.
request-done-heading = Uw verzoek is uitgevoerd
request-declined-heading = Uw verzoek is afgewezen
request-note-label = De notitie van de moderatie
request-asked = Gevraagd
request-entry = Vermelding
request-reference = Uw referentie is { $reference }. Bewaar haar om naar uw verzoek te vragen, of kom terug naar deze pagina om te zien of het is afgesloten.

## De pagina's van de moderatie.

request-queue-heading = Verzoeken over vermeldingen
request-queue-empty = Er staat geen verzoek over een vermelding open.
request-queue-waiting =
    { $count ->
        [one] Er staat één verzoek open, het oudste eerst.
       *[other] Er staan { $count } verzoeken open, het oudste eerst.
    }
request-queue-closed = Onlangs afgesloten verzoeken
request-status-open = open
request-status-done = uitgevoerd
request-status-declined = afgewezen
request-review-title = Verzoek { $reference }
request-review-description = Een verzoek over een vermelding, af te sluiten als uitgevoerd of afgewezen.
request-review-heading = Verzoek over { $name }
request-review-reason = Reden
request-review-edit = Vermelding bewerken
request-close-heading = Verzoek afsluiten
request-close-legend = Uitkomst
request-close-done = Uitgevoerd: wat gevraagd werd is gedaan
request-close-declined = Afgewezen
request-close-note = Notitie voor wie het vroeg
request-close-note-hint = Staat op de referentiepagina van het verzoek. Verplicht als het verzoek wordt afgewezen.
request-close = Verzoek afsluiten
