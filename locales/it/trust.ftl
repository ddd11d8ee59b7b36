# Le pagine che dicono chi gestisce il registro e come tratta le persone (contatti, privacy,
# accessibilità), la richiesta di modificare, rendere riservata o rimuovere una scheda, e i
# collegamenti a esse.

## Il piè di pagina di ogni pagina.

trust-footer-contact = Contatti
trust-footer-privacy = Privacy
trust-footer-accessibility = Accessibilità

## Nelle pagine di riferimento di contributi e richieste.

trust-reach = Per contattare la moderazione, vedi la { $link }.
trust-reach-link = pagina dei contatti
trust-received-reason = La motivazione della moderazione

## /contact

contact-title = Contatti
contact-description = Chi gestisce questo registro e come contattare la moderazione.
contact-lead = userled è gestito da un gestore, che lo ospita e nomina chi lo modera. La moderazione legge ogni contributo e ogni richiesta prima che nel registro cambi qualcosa.
contact-operator-heading = Chi gestisce questo registro
contact-operator-name = Gestito da
contact-operator-email = Email
contact-operator-address = Indirizzo postale
contact-operator-missing = Il gestore di questo sito non ha ancora indicato il proprio nome e i propri recapiti. Nel frattempo i moduli qui sotto arrivano comunque alla moderazione.
contact-moderators-heading = Come contattare la moderazione
contact-moderators-email = Scrivi a { $email }. La moderazione legge questi messaggi; se hai il riferimento di un contributo o di una richiesta, indicalo.
contact-moderators-no-email = La moderazione non ha ancora un indirizzo email: usa i moduli, che arrivano direttamente nella sua coda.
contact-entry = Su una scheda: apri la sua pagina e segui «{ $link }». La tua richiesta arriva direttamente nella coda di moderazione, che tu parli a nome dell’organizzazione o no.
contact-new = Per aggiungere un’organizzazione, { $link }: nulla viene pubblicato prima che la moderazione lo approvi.
contact-new-link = usa il modulo
contact-reference = Su qualcosa che hai inviato: il suo riferimento (per esempio UL-ABCD-1234) permette alla moderazione di ritrovarlo, e la sua pagina mostra se è stata presa una decisione.
contact-more-heading = Vedi anche
contact-privacy-link = Che cosa raccogliamo e per quanto tempo lo conserviamo (privacy)
contact-accessibility-link = Dichiarazione di accessibilità

## /privacy

privacy-title = Privacy
privacy-description = Che cosa raccolgono i moduli di questo registro, perché e per quanto tempo.
privacy-lead = userled chiede il meno possibile. Puoi leggere ogni pagina senza un account, e niente ti traccia.
privacy-forms-heading = Che cosa raccolgono i moduli
privacy-submission-heading = Aggiungere un’organizzazione o proporre una correzione
privacy-submission-record = I dati dell’organizzazione che inserisci. Vengono pubblicati con licenza CC BY 4.0 quando la moderazione li approva; fino ad allora li vede solo la moderazione.
privacy-submission-note = La tua nota per la moderazione. La legge solo la moderazione. Resta con il contributo nei suoi archivi dopo la decisione, perché la decisione si possa capire anche in seguito.
privacy-submission-email = Il tuo indirizzo email, se lo indichi (è facoltativo). Serve solo alle domande della moderazione sul tuo contributo: lo vede solo la moderazione, non viene mai pubblicato né registrato nei log, e viene cancellato appena il contributo è approvato o respinto.
privacy-submission-reason = Quando un contributo viene respinto, la motivazione della moderazione compare nella sua pagina di riferimento, che chiunque abbia il riferimento può aprire.
privacy-request-heading = Chiedere che una scheda sia modificata, resa riservata o rimossa
privacy-request-content = Che cosa chiedi e la tua motivazione. La motivazione la legge solo la moderazione. Resta con la richiesta nei suoi archivi anche dopo la chiusura.
privacy-request-email = Il tuo indirizzo email, se lo indichi: come per i contributi, solo per le domande della moderazione, e cancellato alla chiusura della richiesta.
privacy-request-note = La nota della moderazione alla chiusura della richiesta compare nella sua pagina di riferimento.
privacy-address-heading = Il tuo indirizzo IP
privacy-address = Per limitare quanti contributi e richieste può inviare uno stesso indirizzo IP in un’ora, e quanti tentativi di accesso in un quarto d’ora, il server li conta per indirizzo nella sua memoria. L’indirizzo non viene mai scritto nel database né nei log, e viene dimenticato al riavvio del server.
privacy-logs-heading = Log
privacy-logs = Il server registra ogni richiesta solo con il metodo, il percorso della pagina e lo stato della risposta: non i parametri di ricerca (quindi non che cosa hai cercato), non il tuo indirizzo IP, non le tue intestazioni o i tuoi cookie. I log non contengono dati personali.
privacy-proxy = Se il gestore fa funzionare il sito dietro un proprio server web, quel server può tenere propri log degli accessi; il gestore può dirti che cosa conserva: vedi la { $link }.
privacy-contact-link = pagina dei contatti
privacy-cookies-heading = Cookie
privacy-cookies-lead = userled non usa cookie pubblicitari, di analisi o di tracciamento, e non carica nulla da altri siti. Usa tre cookie, ciascuno per un solo scopo:
privacy-cookie-csrf = Un codice casuale che dimostra che un modulo è stato inviato da questo sito, per proteggere i moduli dalla falsificazione di richieste tra siti (CSRF). Viene impostato quando apri un modulo e cancellato quando chiudi il browser.
privacy-cookie-language = Ricorda per un anno che questo sito ti ha proposto una pagina nella lingua del tuo browser, così la proposta non si ripete. Contiene solo il valore 1.
privacy-cookie-session = Solo per la moderazione: mantiene l’accesso per 8 ore. Il server ne conserva solo un hash.
privacy-moderators-heading = Moderazione e copie
privacy-moderators = Chi modera ha un nome utente e una password, conservata solo come hash argon2id. Il nome utente compare nella cronologia pubblica di ogni scheda che ha modificato.
privacy-backups = Le copie del database fatte dal gestore (backup) contengono ciò che il database conteneva in quel momento: un indirizzo email cancellato in seguito resta in una copia più vecchia finché quella copia non viene eliminata.
privacy-rights-heading = I tuoi diritti
privacy-rights = Puoi chiedere al gestore che cosa contiene il registro su di te, e chiedere che venga corretto o cancellato. Un’organizzazione può anche chiedere, dalla pagina della sua scheda, che la scheda sia modificata, resa riservata o rimossa.
privacy-rights-ask = Per chiederlo, vedi la { $link }.

## /accessibility

accessibility-title = Dichiarazione di accessibilità
accessibility-description = Quanto è accessibile questo registro, come viene verificato, che cosa sappiamo che non funziona bene e come segnalare un problema.
accessibility-lead = userled deve funzionare per tutte e tutti, anche per chi usa un lettore di schermo, solo la tastiera, l’ingrandimento o i comandi vocali, da telefono o da computer.
accessibility-standard-heading = Lo standard
accessibility-standard = Il nostro obiettivo è rispettare le Linee guida per l’accessibilità dei contenuti Web (WCAG) 2.2 al livello AA.
accessibility-how-heading = Come viene verificato
accessibility-how-axe = Ogni modifica è provata in un vero browser: axe-core, uno strumento automatico di verifica dell’accessibilità, viene eseguito su ogni tipo di pagina (home, risultati di ricerca, una scheda, i moduli con e senza errori, le pagine di moderazione, statistiche, una pagina di errore), in inglese a 390 e 1280 pixel di larghezza e nelle altre sette lingue a 390 pixel. Basta un solo problema trovato perché il test fallisca.
accessibility-how-languages = Altri test automatici verificano che ogni pagina dichiari la propria lingua e che le pagine nelle altre sette lingue non conservino frasi inglesi dell’interfaccia.
accessibility-how-design = Il sito non ha bisogno di JavaScript, mantiene visibile il focus della tastiera, offre un collegamento per saltare al contenuto e mostra ogni errore dei moduli accanto al suo campo.
accessibility-limits-heading = Limiti noti
accessibility-limit-manual = I controlli automatici trovano solo una parte dei problemi. Il sito non è ancora stato provato da persone che usano lettori di schermo, ingrandimento o comandi vocali; le loro segnalazioni sono benvenute.
accessibility-limit-language = Il testo delle schede (descrizioni, note, fonti) è nella lingua in cui è stato scritto, per lo più l’inglese, e non è ancora marcato con quella lingua. Nelle pagine in altre lingue un lettore di schermo può quindi pronunciarlo male.
accessibility-limit-charts = I grafici della pagina delle statistiche sono immagini per chi vede. Sotto ciascuno c’è una tabella con gli stessi numeri, e ogni paese della mappa dell’Europa è un collegamento.
accessibility-limit-translations = Le traduzioni dell’interfaccia non sono ancora state riviste da persone di madrelingua che lavorano nel settore, quindi qualche formulazione può risultare poco chiara.
accessibility-limit-external = I siti web delle organizzazioni e le fonti citate nelle schede sono altri siti, della cui accessibilità non possiamo rispondere.
accessibility-report-heading = Segnalare un problema
accessibility-report = Se qualcosa in questo sito ti risulta difficile o impossibile da usare, diccelo. È utile indicare l’indirizzo della pagina, che cosa stavi cercando di fare e che cosa usi (browser, dispositivo, tecnologia assistiva).
accessibility-report-email = Scrivi a { $email }.
accessibility-report-missing = Il gestore di questo sito non ha ancora indicato un indirizzo email per queste segnalazioni.
accessibility-report-contact = Altri modi per contattare la moderazione sono nella { $link }.

## La richiesta di modificare, rendere riservata o rimuovere una scheda.

request-link = Chiedi che questa scheda sia modificata, resa riservata o rimossa
request-title = Richiesta su { $name }
request-description = Chiedi alla moderazione di modificare una scheda, renderla riservata o rimuoverla.
request-lead = La tua richiesta va alla moderazione, che la verifica prima di cambiare qualcosa. Non serve che tu parli a nome dell’organizzazione, ma dillo se è così.
request-kind-legend = Che cosa chiedi?
request-kind-change = Modificarla
request-kind-change-hint = Qualcosa nella scheda è sbagliato o non aggiornato.
request-kind-discreet = Renderla riservata
request-kind-discreet-hint = Mostrare solo il nome, le categorie e i paesi dell’organizzazione, e nessun altro dato.
request-kind-remove = Rimuoverla
request-kind-remove-hint = Togliere la scheda dal registro.
request-reason = Perché, e che cosa dovrebbe cambiare?
request-reason-hint = Lo legge solo la moderazione; non viene pubblicato. Se parli a nome dell’organizzazione, dillo.
request-contact = La tua email (facoltativa)
request-contact-hint = Solo se la moderazione potrebbe doverti chiedere qualcosa. Viene cancellata alla chiusura della tua richiesta.
request-privacy = Che cosa succede a ciò che invii: vedi { $link }.
request-privacy-link = privacy
request-send = Invia la richiesta
request-kind-required = Scegli che cosa chiedi: modificare la scheda, renderla riservata o rimuoverla.
request-reason-required = Di’ perché, e che cosa dovrebbe cambiare.
request-reason-too-long = Scrivi al massimo { $max } caratteri.
request-outcome-required = Scegli se la richiesta è stata eseguita o respinta.
request-note-required = Di’ perché la richiesta è respinta: chi l’ha fatta leggerà questa nota.
request-not-found = Non c’è nessuna richiesta con il riferimento { $reference }.
request-already-closed = La richiesta { $reference } è già stata chiusa da un’altra persona della moderazione.

## La pagina di chi fa la richiesta.

request-received-title = Richiesta { $reference }
request-received-description = La tua richiesta su una scheda, e che cosa ha deciso la moderazione.
request-open-heading = Grazie: la tua richiesta è in attesa della moderazione
request-open-lead = Una persona della moderazione la leggerà e deciderà che cosa fare.
request-done-heading = La tua richiesta è stata eseguita
request-declined-heading = La tua richiesta è stata respinta
request-note-label = La nota della moderazione
request-asked = Richiesta
request-entry = Scheda
request-reference = Il tuo riferimento è { $reference }. Conservalo per chiedere notizie della tua richiesta, o torna su questa pagina per vedere se è stata chiusa.

## Le pagine della moderazione.

request-queue-heading = Richieste sulle schede
request-queue-empty = Nessuna richiesta su una scheda è aperta.
request-queue-waiting =
    { $count ->
        [one] Una richiesta è aperta, dalla più vecchia.
       *[other] { $count } richieste sono aperte, dalla più vecchia.
    }
request-queue-closed = Richieste chiuse di recente
request-status-open = aperta
request-status-done = eseguita
request-status-declined = respinta
request-review-title = Richiesta { $reference }
request-review-description = Una richiesta su una scheda, da chiudere come eseguita o respinta.
request-review-heading = Richiesta su { $name }
request-review-reason = Motivazione
request-review-edit = Modifica la scheda
request-close-heading = Chiudi la richiesta
request-close-legend = Esito
request-close-done = Eseguita: ciò che era chiesto è stato fatto
request-close-declined = Respinta
request-close-note = Nota per chi ha fatto la richiesta
request-close-note-hint = Compare nella pagina di riferimento della richiesta. Obbligatoria se la richiesta è respinta.
request-close = Chiudi la richiesta
