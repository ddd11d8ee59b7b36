# Antwoorden op verzoeken die de site niet kan aannemen zoals ze zijn.

## 405

problem-method-not-allowed = Methode niet toegestaan
method-not-allowed-detail = Dit adres antwoordt niet op { $method }-verzoeken; de header Allow noemt de methoden waarop het antwoordt.
method-not-allowed-problem = Het adres antwoordt niet op deze methode; de header Allow noemt de methoden waarop het wel antwoordt.

## 413

problem-payload-too-large = Verzoek te groot
# $limit: in kilobytes.
payload-too-large-detail = Het verzoek is groter dan { $limit } KB, het meeste dat deze site leest. Er is niets opgeslagen.
payload-too-large-problem = De inhoud van het verzoek is groter dan de site leest; er is niets gelezen of opgeslagen.

## 415 en 400

unsupported-body-type = Dit adres neemt geen verzoekinhoud van dit type aan.
body-unreadable = de inhoud van het verzoek kon niet worden gelezen
path-not-utf8 = is geen geldige tekst nadat de procentcodering is gedecodeerd (het moet UTF-8 zijn)
path-not-number = ‘{ $value }’ is geen getal
param-lang = ‘{ $value }’ is geen taal van deze site; gebruik een van: { $known }
param-empty = is leeg; laat de parameter dan liever weg
