# Het organisatieformulier volgens de patronen van het GOV.UK Design System.

## Markeringen en regels

form-optional-mark = (niet verplicht)
form-optional-rule = Beantwoord elke vraag die niet gemarkeerd is met (niet verplicht).

## Herhaalbare lijsten

form-row-aliases = Andere naam { $number }
form-row-sources = Bron { $number }
form-row-evaluations = Evaluatie { $number }
form-row-facts = Cijfer { $number }
form-row-relations = Verwante organisatie { $number }
form-row-events = Gebeurtenis { $number }
form-remove = Verwijderen
form-add-aliases =
    { $count ->
        [0] Een naam toevoegen
       *[other] Nog een naam toevoegen
    }
form-add-countries = Nog een land toevoegen
form-add-sources = Nog een bron toevoegen
form-add-evaluations =
    { $count ->
        [0] Een evaluatie toevoegen
       *[other] Nog een evaluatie toevoegen
    }
form-add-facts =
    { $count ->
        [0] Een cijfer toevoegen
       *[other] Nog een cijfer toevoegen
    }
form-add-relations =
    { $count ->
        [0] Een verwante organisatie toevoegen
       *[other] Nog een verwante organisatie toevoegen
    }
form-add-events =
    { $count ->
        [0] Een gebeurtenis toevoegen
       *[other] Nog een gebeurtenis toevoegen
    }
submit-confirm-send = Bevestigen en versturen

## Foutmeldingen

form-error-name-required = Vul de naam van de organisatie in
form-error-description-required = Vul een beschrijving van de organisatie in
form-error-degree_note-required = Zeg in één zin hoe u weet in hoeverre ze geleid wordt door mensen die drugs gebruiken
form-error-aliases-name-required = Vul de andere naam in, of verwijder deze rij
form-error-sources-title-required = Vul de titel van de bron in, zoals die daar staat
form-error-evaluations-citation-required = Vul de bronvermelding van de evaluatie in, of verwijder deze rij
form-error-evaluations-finding-required = Vul in wat de evaluatie vond
form-error-facts-label-required = Vul in wat het cijfer telt, of verwijder deze rij
form-error-facts-value-required = Vul het cijfer in als getal
form-error-events-year-required = Vul het jaar van de gebeurtenis in
form-error-events-note-required = Beschrijf de gebeurtenis in een paar woorden
form-error-required = Vul dit veld in, of verwijder de rij
form-error-url = Vul een webadres in dat begint met https://
form-error-url-too-long = Vul een webadres in van hoogstens { $max } tekens
form-error-year-number = Vul het jaar in als getal, bijvoorbeeld 1994
form-error-number = Vul een geheel getal in, bijvoorbeeld 120
form-error-year-range = Vul een jaar in van { $earliest } tot en met { $latest }
form-error-not-positive = Vul een getal groter dan 0 in
form-error-choose = Kies een van de mogelijkheden uit de lijst
form-error-relation-target = Vul het laatste deel van het adres van de organisatie in het register in, bijvoorbeeld jes-network
form-error-language-code = Vul de taal in als code van twee of drie kleine letters, bijvoorbeeld da voor Deens
form-error-language-required = Vul de code in van de taal van deze naam, bijvoorbeeld da voor Deens
form-error-date = Vul de datum in als jaar, maand en dag, bijvoorbeeld 2026-03-14
form-error-date-future = Vul een datum in van vandaag of uit het verleden
form-error-email = Vul een e-mailadres in zoals naam@example.org, of laat het veld leeg
form-error-control-characters = Verwijder de onzichtbare stuurtekens die met de tekst zijn meegekopieerd
form-error-too-long = Kort dit in tot hoogstens { $max } tekens
form-error-too-many = Geef er niet meer dan { $max }
form-error-name-letters = Vul een naam in met letters of cijfers
form-error-categories-required = Kies ten minste één categorie
form-error-ended-before-founded = Vul een eindjaar in dat niet vóór het oprichtingsjaar ({ $founded }) ligt
form-error-ended-but-active = Kies een andere status dan actief, of laat het eindjaar leeg
form-error-degree-required = Kies in hoeverre ze geleid wordt door mensen die drugs gebruiken (Onduidelijk als de bronnen het niet zeggen)
form-error-sources-required = Geef ten minste één bron: het webadres en de titel van een pagina die dit item onderbouwt
form-error-relation-to-itself = Vul een andere organisatie in: een organisatie kan niet aan zichzelf verwant zijn
form-error-relation-twice = Verwijder deze rij: dezelfde relatie staat al hierboven
form-error-relation-missing = Vul het adres in van een organisatie in het register: op { $slug } staat er geen
form-error-event-year =
    { $other ->
        [founded_year] Vul { $expected } in, het oprichtingsjaar, of wijzig dat jaar
       *[other] Vul { $expected } in, het eindjaar, of wijzig dat jaar
    }
form-error-note-required = Zeg wat er veranderd is en hoe u dat weet
form-error-correction-target = De organisatie { $slug } staat niet meer in het register: voeg haar liever als nieuwe toe
form-error-reason-required = Zeg waarom u dit wijzigt
form-error-honeypot = Laat dit veld leeg
form-error-unreadable = Een deel van het formulier kon niet worden gelezen: controleer wat u hebt ingevuld en verstuur het opnieuw
