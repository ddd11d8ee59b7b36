# Le pagine della moderazione: accesso, coda, verifica di un contributo, modifica di una scheda.

## La barra in cima a ogni pagina della moderazione

admin-signed-in-as = Accesso effettuato come
admin-queue-link = Coda
admin-sign-out = Esci

## Accesso

admin-sign-in-title = Accedi
admin-sign-in-heading = Accedi per moderare
admin-sign-in-description = Accedi per moderare il registro.
admin-username = Nome utente
admin-password = Password
admin-sign-in-button = Accedi
admin-sign-in-refused = Il nome utente o la password non sono corretti.

## La coda

admin-queue-title = Coda di moderazione
admin-queue-description = Contributi in attesa di verifica.
admin-queue-empty = Niente in attesa di verifica.
admin-queue-waiting =
    { $count ->
        [one] Un contributo in attesa di verifica, dal più vecchio.
       *[other] { $count } contributi in attesa di verifica, dal più vecchio.
    }
admin-queue-pending = Contributi in attesa
admin-queue-reference = Riferimento
admin-queue-kind = Tipo
admin-queue-organisation = Organizzazione
admin-queue-sent = Inviato
admin-queue-flags = Segnalazioni
admin-queue-correction-to = (a { $organisation })
admin-queue-possible-duplicate = Possibile duplicato di { $organisations }
admin-queue-decided = Decisi di recente

## Tipi e stati dei contributi

admin-kind-new = Nuovo
admin-kind-correction = Correzione
admin-status-pending = in attesa
admin-status-approved = approvato
admin-status-rejected = respinto
admin-decided-by = da { $moderator }

## Verifica di un contributo

admin-review-title = Verifica { $reference }
admin-review-description = Verificare un contributo.
admin-review-heading-new = Nuova organizzazione: { $name }
admin-review-heading-correction = Correzione: { $name }
admin-review-meta = Riferimento { $reference } · inviato il { $sent }
admin-review-duplicate = Possibile duplicato di
admin-review-note = La nota di chi ha inviato
admin-review-contact = Contatto (solo per la moderazione; cancellato alla decisione):
admin-review-changes = Che cosa cambia
admin-review-contents = Che cosa dice
admin-review-no-change = Nessuna modifica rispetto alla scheda pubblicata.
admin-review-field = Campo
admin-review-live = Scheda pubblicata
admin-review-proposed = Proposta
admin-review-value = Valore
admin-review-approve-heading = Modifica e approva
admin-review-approve = Approva e pubblica
admin-review-reject = Respingi

## Modifica di una scheda

admin-edit-title = Modifica { $name }
admin-edit-description = Modificare una scheda.
admin-edit-lead-before = La tua modifica viene pubblicata subito e conservata nella
admin-edit-lead-link = cronologia delle versioni della scheda
admin-edit-lead-after = .
admin-edit-save = Salva
