# Odpowiedzi na żądania, których serwis nie może przyjąć w tej postaci.

## 405

problem-method-not-allowed = Niedozwolona metoda
method-not-allowed-detail = Ten adres nie odpowiada na żądania { $method }; nagłówek Allow wymienia metody, na które odpowiada.
method-not-allowed-problem = Adres nie odpowiada na tę metodę; nagłówek Allow wymienia metody, na które odpowiada.

## 413

problem-payload-too-large = Zbyt duże żądanie
# $limit: w kilobajtach.
payload-too-large-detail = Żądanie przekracza { $limit } KB, najwięcej, ile czyta ten serwis. Nic nie zostało zapisane.
payload-too-large-problem = Treść żądania przekracza to, co czyta serwis; nic nie zostało odczytane ani zapisane.

## 415 i 400

unsupported-body-type = Ten adres nie przyjmuje treści żądania tego typu.
body-unreadable = nie udało się odczytać treści żądania
path-not-utf8 = nie jest poprawnym tekstem po zdekodowaniu kodowania procentowego (musi to być UTF-8)
path-not-number = „{ $value }” nie jest liczbą
param-lang = „{ $value }” nie jest językiem tego serwisu; dostępne są: { $known }
param-empty = jest pusty; zamiast tego pomiń parametr
