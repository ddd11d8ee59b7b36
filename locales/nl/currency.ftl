# Hoe actueel een vermelding is: controles bij de organisatie zelf en de staat van haar links
# (`userled check-links`). Pagina's van de moderatie en rustige opmerkingen op de pagina van een vermelding.

## De pagina van een vermelding

currency-month-year = { $month ->
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
currency-link-note = { $status ->
        [broken] Deze link gaf een fout ({ $code }) bij de controle op { $date }.
       *[other] Deze link antwoordde niet bij de controle op { $date }.
    }

## Moderatie: links die niet werkten

currency-links-title = Links die niet werkten
currency-links-description = Websites en bronnen die bij de laatste controle kapot, onbereikbaar of verhuisd waren.
currency-links-lead = Wat de laatste ronde van de linkcontrole vond. Een site die één keer niet antwoordde, antwoordt morgen misschien wel: kijk voordat u de vermelding wijzigt.
currency-links-failing-heading = Kapot of onbereikbaar
currency-links-none-failing = Alle gecontroleerde links antwoordden.
currency-links-redirected-heading = Verhuisd
currency-links-redirected-lead = Deze links werken nog, maar leiden naar een ander adres. Overweeg het nieuwe te gebruiken.
currency-links-none-redirected = Geen gecontroleerde link leidt elders heen.
currency-links-organisation = Organisatie
currency-links-place = Waar
currency-links-address = Link
currency-links-result = Resultaat
currency-links-checked = Gecontroleerd
currency-place-website = Website
currency-place-source = Bron
currency-place-event = Bron in de geschiedenis
currency-result-broken = Fout { $code }
currency-result-dns = Naam niet gevonden
currency-result-connect = Geen verbinding
currency-result-timeout = Geen antwoord op tijd
currency-result-redirects = Te veel doorverwijzingen
currency-result-other = Geen antwoord
currency-result-redirected = Leidt nu naar
currency-result-ok = Werkt

## Moderatie: te controleren vermeldingen

currency-due-title = Te controleren
currency-due-description = Vermeldingen die nooit of lang niet bij de organisatie zelf zijn nagegaan.
currency-due-lead = { $count ->
        [one] Vermeldingen die nooit bij de organisatie zelf zijn nagegaan, of voor het laatst meer dan een dag geleden, de oudste eerst.
       *[other] Vermeldingen die nooit bij de organisatie zelf zijn nagegaan, of voor het laatst meer dan { $count } dagen geleden, de oudste eerst.
    }
currency-due-count = { $count ->
        [0] Er is er geen aan de beurt.
        [one] { $count } vermelding is aan de beurt.
       *[other] { $count } vermeldingen zijn aan de beurt.
    }
currency-due-more = { $count ->
        [one] Nog { $count } is aan de beurt en verschijnt zodra deze zijn gecontroleerd.
       *[other] Nog { $count } zijn aan de beurt en verschijnen zodra deze zijn gecontroleerd.
    }
currency-due-none = Geen enkele vermelding hoeft gecontroleerd te worden.
currency-due-never = nooit
currency-due-last-checked = Laatst gecontroleerd:
currency-due-note = Hoe heeft u het nagegaan?
    .hint = Bijvoorbeeld: gebeld, of hun eigen website is dit jaar bijgewerkt. Zichtbaar in de geschiedenis van de vermelding.
currency-due-mark = Markeren als vandaag gecontroleerd
currency-check-note-required = Geef aan hoe u de vermelding hebt nagegaan.
currency-already-checked-today = { $name } is vandaag al als gecontroleerd gemarkeerd.

## Moderatie: een vermelding bewerken

currency-edit-reason = Reden voor deze wijziging
    .hint = Zichtbaar in de geschiedenis van de vermelding. Nodig als u de status wijzigt: die wordt met datum vastgelegd in de tijdlijn van de vermelding.
currency-status-reason-required = U hebt de status gewijzigd: geef onder het formulier bij ‘Reden voor deze wijziging’ aan waarom.
