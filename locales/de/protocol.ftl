# Antworten auf Anfragen, die die Website so nicht annehmen kann.

## 405

problem-method-not-allowed = Methode nicht erlaubt
method-not-allowed-detail = Diese Adresse antwortet nicht auf { $method }-Anfragen; der Header Allow nennt die Methoden, auf die sie antwortet.
method-not-allowed-problem = Die Adresse antwortet nicht auf diese Methode; der Header Allow nennt die Methoden, auf die sie antwortet.

## 413

problem-payload-too-large = Anfrage zu groß
# $limit: in Kilobyte.
payload-too-large-detail = Die Anfrage ist größer als { $limit } KB, mehr liest diese Website nicht. Es wurde nichts gespeichert.
payload-too-large-problem = Der Inhalt der Anfrage ist größer, als die Website liest; nichts wurde gelesen oder gespeichert.

## 415 und 400

unsupported-body-type = Diese Adresse nimmt keinen Anfrageinhalt dieses Typs an.
body-unreadable = der Inhalt der Anfrage konnte nicht gelesen werden
path-not-utf8 = ist nach dem Dekodieren der Prozent-Kodierung kein gültiger Text (es muss UTF-8 sein)
path-not-number = „{ $value }“ ist keine Zahl
param-lang = „{ $value }“ ist keine Sprache dieser Website; möglich sind: { $known }
param-empty = ist leer; lassen Sie den Parameter stattdessen weg
