# La decisión en la página de revisión y la leyenda del mapa de la página de estadísticas.

## La página de revisión: primero decidir, debajo editar.

moderation-decision-heading = Decidir
moderation-approve-as-is = Aprobar tal como está
moderation-approve-errors = No se ha podido aprobar tal como está: el formulario de abajo indica qué hay que corregir.
moderation-reject-reason = Motivo del rechazo
moderation-reject-reason-hint = La persona que la envió ve este motivo en la página de su referencia.
moderation-edit-link = O corregirla antes, en el formulario de abajo.
moderation-edit-lead = La ficha se publica tal como dice este formulario. Cambie lo que haga falta y luego apruébela.

## La leyenda del mapa de Europa en la página de estadísticas: qué representa cada tono.

moderation-map-legend-heading = Qué significan los tonos
moderation-map-legend-none = Ninguna organización
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } organización
       *[other] { $count } organizaciones
    }
moderation-map-legend-range = De { $from } a { $to } organizaciones
