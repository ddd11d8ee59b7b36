# Las páginas de la moderación: inicio de sesión, cola, revisión de una contribución, edición de una ficha.

## La barra de arriba de cada página de la moderación

admin-signed-in-as = Sesión iniciada como
admin-queue-link = Cola
admin-sign-out = Cerrar sesión

## Inicio de sesión

admin-sign-in-title = Iniciar sesión
admin-sign-in-heading = Iniciar sesión para moderar
admin-sign-in-description = Inicie sesión para moderar el registro.
admin-username = Nombre de usuario
admin-password = Contraseña
admin-sign-in-button = Iniciar sesión
admin-sign-in-refused = El nombre de usuario o la contraseña no son correctos.

## La cola

admin-queue-title = Cola de moderación
admin-queue-description = Contribuciones pendientes de revisión.
admin-queue-empty = No hay nada pendiente de revisión.
admin-queue-waiting =
    { $count ->
        [one] Una contribución pendiente de revisión, la más antigua primero.
       *[other] { $count } contribuciones pendientes de revisión, las más antiguas primero.
    }
admin-queue-pending = Contribuciones pendientes
admin-queue-reference = Referencia
admin-queue-kind = Tipo
admin-queue-organisation = Organización
admin-queue-sent = Enviada
admin-queue-flags = Avisos
admin-queue-correction-to = (a { $organisation })
admin-queue-possible-duplicate = Posible duplicado de { $organisations }
admin-queue-decided = Decididas recientemente

## Tipos y estados de las contribuciones

admin-kind-new = Nueva
admin-kind-correction = Corrección
admin-status-pending = pendiente
admin-status-approved = aprobada
admin-status-rejected = rechazada
admin-decided-by = por { $moderator }

## Revisión de una contribución

admin-review-title = Revisar { $reference }
admin-review-description = Revisar una contribución.
admin-review-heading-new = Nueva organización: { $name }
admin-review-heading-correction = Corrección: { $name }
admin-review-meta = Referencia { $reference } · enviada el { $sent }
admin-review-duplicate = Posible duplicado de
admin-review-note = La nota de quien la envió
admin-review-contact = Contacto (solo para la moderación; se borra al decidir):
admin-review-changes = Qué cambia
admin-review-contents = Qué dice
admin-review-no-change = Ningún cambio respecto a la ficha publicada.
admin-review-field = Campo
admin-review-live = Ficha publicada
admin-review-proposed = Propuesta
admin-review-value = Valor
admin-review-approve-heading = Editar y aprobar
admin-review-approve = Aprobar y publicar
admin-review-reject = Rechazar

## Edición de una ficha

admin-edit-title = Editar { $name }
admin-edit-description = Editar una ficha.
admin-edit-lead-before = Su cambio se publica al momento y queda guardado en el
admin-edit-lead-link = historial de la ficha
admin-edit-lead-after = .
admin-edit-save = Guardar
