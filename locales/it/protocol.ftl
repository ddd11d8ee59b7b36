# Risposte a richieste che il sito non può accettare così come sono.

## 405

problem-method-not-allowed = Metodo non consentito
method-not-allowed-detail = Questo indirizzo non risponde a richieste { $method }; l’intestazione Allow elenca i metodi a cui risponde.
method-not-allowed-problem = L’indirizzo non risponde a questo metodo; l’intestazione Allow elenca quelli a cui risponde.

## 413

problem-payload-too-large = Richiesta troppo grande
# $limit: in kilobyte.
payload-too-large-detail = La richiesta supera { $limit } KB, il massimo che questo sito legge. Non è stato salvato nulla.
payload-too-large-problem = Il corpo della richiesta supera quanto il sito legge; non è stato letto né salvato nulla.

## 415 e 400

unsupported-body-type = Questo indirizzo non accetta un corpo della richiesta di questo tipo.
body-unreadable = non è stato possibile leggere il corpo della richiesta
path-not-utf8 = non è un testo valido una volta decodificata la codifica percentuale (deve essere UTF-8)
path-not-number = «{ $value }» non è un numero
param-lang = «{ $value }» non è una lingua di questo sito; usane una tra: { $known }
param-empty = è vuoto; ometti invece il parametro
