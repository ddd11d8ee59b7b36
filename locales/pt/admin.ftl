# As páginas da moderação: início de sessão, fila, revisão de uma contribuição, edição de uma ficha.

## A barra no topo de cada página da moderação

admin-signed-in-as = Sessão iniciada como
admin-queue-link = Fila
admin-sign-out = Terminar sessão

## Início de sessão

admin-sign-in-title = Iniciar sessão
admin-sign-in-heading = Iniciar sessão para moderar
admin-sign-in-description = Inicie sessão para moderar o registo.
admin-username = Nome de utilizador
admin-password = Palavra-passe
admin-sign-in-button = Iniciar sessão
admin-sign-in-refused = O nome de utilizador ou a palavra-passe estão errados.

## A fila

admin-queue-title = Fila de moderação
admin-queue-description = Contribuições a aguardar revisão.
admin-queue-empty = Nada aguarda revisão.
admin-queue-waiting =
    { $count ->
        [one] Uma contribuição aguarda revisão, da mais antiga para a mais recente.
       *[other] { $count } contribuições aguardam revisão, da mais antiga para a mais recente.
    }
admin-queue-pending = Contribuições pendentes
admin-queue-reference = Referência
admin-queue-kind = Tipo
admin-queue-organisation = Organização
admin-queue-sent = Enviada
admin-queue-flags = Alertas
admin-queue-correction-to = (a { $organisation })
admin-queue-possible-duplicate = Possível duplicado de { $organisations }
admin-queue-decided = Decididas recentemente

## Tipos e estados das contribuições

admin-kind-new = Nova
admin-kind-correction = Correção
admin-status-pending = pendente
admin-status-approved = aprovada
admin-status-rejected = rejeitada
admin-decided-by = por { $moderator }

## Revisão de uma contribuição

admin-review-title = Rever { $reference }
admin-review-description = Rever uma contribuição.
admin-review-heading-new = Nova organização: { $name }
admin-review-heading-correction = Correção: { $name }
admin-review-meta = Referência { $reference } · enviada em { $sent }
admin-review-duplicate = Possível duplicado de
admin-review-note = A nota de quem a enviou
admin-review-contact = Contacto (só para a moderação; apagado na decisão):
admin-review-changes = O que altera
admin-review-contents = O que diz
admin-review-no-change = Nenhuma alteração à ficha publicada.
admin-review-field = Campo
admin-review-live = Ficha publicada
admin-review-proposed = Proposta
admin-review-value = Valor
admin-review-approve-heading = Editar e aprovar
admin-review-approve = Aprovar e publicar
admin-review-reject = Rejeitar

## Edição de uma ficha

admin-edit-title = Editar { $name }
admin-edit-description = Editar uma ficha.
admin-edit-lead-before = A sua alteração é publicada de imediato e fica guardada no
admin-edit-lead-link = histórico da ficha
admin-edit-lead-after = .
admin-edit-save = Guardar
