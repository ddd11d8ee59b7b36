# I vocabolari del registro: l’etichetta di ogni valore e la sua definizione come attributo.
# Le chiavi sono `<vocabolario>-<slug>`; gli slug sono quelli dell’API e non cambiano mai.

## Categoria: le cinque categorie del lavoro guidato da persone che usano sostanze, secondo l’articolo.
category-mutual_aid = Auto mutuo aiuto
    .definition = Fratellanze in cui persone che usano o hanno usato sostanze si sostengono a vicenda.
category-recovery_enterprise = Impresa di recovery
    .definition = Comunità e reti di recovery: abitazioni con supporto, recovery café, imprese sociali, programmi di inserimento lavorativo e supporto tra pari.
category-harm_reduction = Riduzione del danno
    .definition = Persone che usano o hanno usato sostanze offrono informazioni, consigli e strumenti per usarle in modo più sicuro.
category-advocacy = Advocacy
    .definition = Sostenere i diritti e un trattamento equo delle persone che usano sostanze.
category-research = Ricerca
    .definition = Indagini condotte da pari sulla vita e sulle esperienze di trattamento delle persone che usano sostanze.

## Ambito: quanto è esteso il lavoro di un’organizzazione.
scope-local = Locale
    .definition = Opera in una città o in una zona.
scope-regional = Regionale
    .definition = Opera in più città o zone di un paese, senza coprirlo tutto.
scope-national = Nazionale
    .definition = Opera in tutto un paese.
scope-european = Europeo
    .definition = Una rete o un’organizzazione che opera in tutta Europa.
scope-international = Internazionale
    .definition = Opera in tutto il mondo.

## Stato: se un’organizzazione è ancora attiva, per quanto ne sa il registro.
status-active = Attiva
    .definition = Risulta in attività.
status-inactive = Inattiva
    .definition = Risulta che abbia cessato l’attività o si sia fusa con un’altra organizzazione.
status-unknown = Sconosciuto
    .definition = Non verificato di recente; potrebbe essere ancora in attività oppure no.

## Grado: quanto un’organizzazione è guidata da persone che usano o hanno usato sostanze.
degree-user_led = Guidato da persone che usano sostanze
    .definition = Prevalentemente progettato e realizzato da persone che usano o hanno usato sostanze.
degree-jointly_led = Guidato insieme
    .definition = Gestito insieme da persone che usano o hanno usato sostanze e da persone che non ne usano.
degree-formalised = Formalizzato
    .definition = Fondato da persone che usano sostanze, oggi è un’organizzazione formale gestita soprattutto da personale retribuito.
degree-peer_delivered = Realizzato da pari
    .definition = Guidato da professionisti o da un ente, con il lavoro svolto da pari.
degree-unclear = Non chiaro
    .definition = Le fonti non dicono chi guida l’organizzazione.

## Profilo: le scene di consumo a cui si rivolge un’organizzazione.
profile-street_drugs = Droghe di strada
    .definition = Persone che usano oppiacei, cocaina e altre sostanze associate a un uso problematico.
profile-party_drugs = Droghe da festa
    .definition = Persone che usano sostanze a feste, nei club e ai festival.
profile-psychedelics = Psichedelici
    .definition = Persone che usano sostanze psichedeliche.
profile-cannabis = Cannabis
    .definition = Persone che usano cannabis.
profile-all_drugs = Tutte le sostanze
    .definition = Persone che usano qualsiasi sostanza, legale o illegale.

## Attività: che cosa fa un’organizzazione.
activity-twelve_step_meetings = Riunioni dei 12 passi
    .definition = Riunioni di fratellanza che seguono un programma in dodici passi.
activity-peer_support_meetings = Gruppi di supporto tra pari
    .definition = Incontri di gruppo regolari in cui persone che usano o hanno usato sostanze si sostengono a vicenda.
activity-online_support = Supporto online
    .definition = Supporto, incontri o forum offerti su internet.
activity-live_chat_support = Supporto in chat dal vivo
    .definition = Supporto in tempo reale via chat per chi sta attraversando un momento difficile.
activity-therapeutic_community = Comunità terapeutica
    .definition = Una comunità residenziale in cui i residenti vivono, lavorano e affrontano insieme la recovery.
activity-supported_housing = Abitazioni con supporto
    .definition = Alloggi liberi da sostanze con il supporto di pari in recovery.
activity-recovery_cafe = Recovery café
    .definition = Un centro o un caffè di recovery con attività sociali e supporto facile da raggiungere.
activity-employment_training = Lavoro e formazione
    .definition = Istruzione, formazione professionale, imprese sociali e posti di lavoro.
activity-recovery_coaching = Recovery coaching
    .definition = Supporto individuale da parte di un coach che è a sua volta in recovery.
activity-naloxone_training = Formazione sul naloxone
    .definition = Insegnare a usare il naloxone per invertire un’overdose da oppioidi.
activity-safer_use_education = Educazione al consumo più sicuro
    .definition = Informazione e formazione su un uso più sicuro delle sostanze e sul sesso sicuro.
activity-syringe_distribution = Distribuzione di siringhe
    .definition = Scambio di aghi e siringhe, materiale sterile e raccolta del materiale abbandonato.
activity-drug_checking = Drug checking
    .definition = Analizzare pasticche e altre sostanze per dire alle persone che cosa contengono.
activity-festival_support = Supporto a festival ed eventi
    .definition = Informazione e supporto nelle crisi a feste e festival.
activity-hiv_hepatitis_testing = Test per HIV ed epatiti
    .definition = Test per HIV, epatiti e altre infezioni.
activity-wound_care_health = Cura delle ferite e assistenza sanitaria di base
    .definition = Cura delle ferite, assistenza infermieristica e assistenza sanitaria di base.
activity-food = Cibo
    .definition = Fornire pasti o cibo.
activity-legal_aid = Assistenza legale
    .definition = Aiuto con problemi legali.
activity-housing_help = Aiuto per la casa
    .definition = Aiuto per trovare o mantenere un alloggio.
activity-treatment_help = Aiuto per il trattamento
    .definition = Aiuto per accedere a un trattamento, sceglierlo e restarvi, compreso il trattamento sostitutivo.
activity-lobbying = Lobbying
    .definition = Lavorare con governi e istituzioni per cambiare leggi e politiche.
activity-awareness_campaigns = Campagne di sensibilizzazione
    .definition = Campagne pubbliche, manifestazioni e lavoro con i media.
activity-peer_research = Ricerca tra pari
    .definition = Ricerca progettata o svolta da persone che usano o hanno usato sostanze.
activity-service_audits = Valutazione dei servizi
    .definition = Mystery shopping e altre verifiche della qualità dei servizi.
activity-outreach = Lavoro di prossimità
    .definition = Incontrare le persone dove si trovano, in strada o altrove.
activity-individual_advocacy = Advocacy individuale
    .definition = Sostenere singole persone nei loro rapporti con servizi e autorità.
activity-drug_information = Informazione sulle sostanze
    .definition = Materiali di riferimento come wiki, tabelle delle combinazioni e banche dati delle pasticche analizzate.

## Visibilità: chi può vedere un’organizzazione. Lo stigma porta alcune organizzazioni a evitare di farsi vedere.
visibility-listed = In elenco
    .definition = Mostrata per intero.
visibility-discreet = Discreta
    .definition = Mostrata solo con nome, categorie e paesi: senza città, sito web né contatti.
visibility-unlisted = Fuori elenco
    .definition = Mai mostrata; contata solo nelle statistiche.

## Evento: che cosa è successo nella vita di un’organizzazione.
event_kind-founded = Fondazione
    .definition = L’organizzazione è stata fondata.
event_kind-formalised = Formalizzazione
    .definition = L’organizzazione è diventata un ente formale, per esempio con personale retribuito o una forma giuridica.
event_kind-renamed = Cambio di nome
    .definition = L’organizzazione ha assunto un nuovo nome.
event_kind-degree_changed = Grado rivalutato
    .definition = È stato rivalutato quanto l’organizzazione è guidata da persone che usano sostanze.
event_kind-status_changed = Stato modificato
    .definition = La moderazione ne ha cambiato lo stato (attiva o no), per il motivo indicato.
event_kind-merged = Fusione
    .definition = L’organizzazione si è fusa con un’altra.
event_kind-ended = Cessazione
    .definition = L’organizzazione ha cessato l’attività.
event_kind-other = Altro
    .definition = Qualsiasi altro fatto che valga la pena di registrare.

## Relazione: il legame di un’organizzazione con un’altra; si legge «questa organizzazione è <relazione> l’altra».
relation_kind-member_of = Membro di
    .definition = Questa organizzazione è membro dell’altra.
relation_kind-partner_of = Partner di
    .definition = Le due organizzazioni lavorano insieme.
relation_kind-founded_by = Fondata da
    .definition = L’altra organizzazione ha fondato questa.
relation_kind-succeeded_by = Proseguita da
    .definition = L’altra organizzazione ha proseguito il lavoro di questa.

## Tipo di nome: che tipo di altro nome è un alias.
alias_kind-abbreviation = Sigla
    .definition = Una forma breve del nome.
alias_kind-full_name = Nome completo
    .definition = Il nome per esteso di un’organizzazione nota con una forma breve.
alias_kind-original_name = Nome originale
    .definition = Il nome nella lingua dell’organizzazione.
alias_kind-translation = Traduzione
    .definition = Una traduzione del nome.
alias_kind-former_name = Nome precedente
    .definition = Un nome usato in passato dall’organizzazione.
alias_kind-other = Altro nome
    .definition = Qualsiasi altro nome con cui è conosciuta.
