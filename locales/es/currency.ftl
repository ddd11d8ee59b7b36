# Cuán al día está una ficha: comprobaciones con la propia organización y estado de sus enlaces
# (`userled check-links`). Páginas de la moderación y notas discretas en la página de una ficha.

## La página de una ficha

currency-month-year = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[other] diciembre
    } de { $year }
currency-link-note = { $status ->
        [broken] Este enlace dio un error ({ $code }) al comprobarlo el { $date }.
       *[other] Este enlace no respondió al comprobarlo el { $date }.
    }

## Moderación: enlaces que no funcionaron

currency-links-title = Enlaces que no funcionaron
currency-links-description = Sitios web y fuentes que la última comprobación encontró rotos, inaccesibles o trasladados.
currency-links-lead = Lo que encontró la última pasada del comprobador de enlaces. Un sitio que no respondió una vez puede responder mañana: revíselo antes de cambiar la ficha.
currency-links-failing-heading = Rotos o inaccesibles
currency-links-none-failing = Todos los enlaces comprobados respondieron.
currency-links-redirected-heading = Trasladados
currency-links-redirected-lead = Estos enlaces aún funcionan, pero llevan a otra dirección. Valore usar la nueva.
currency-links-none-redirected = Ningún enlace comprobado lleva a otra parte.
currency-links-organisation = Organización
currency-links-place = Dónde
currency-links-address = Enlace
currency-links-result = Resultado
currency-links-checked = Comprobado
currency-place-website = Sitio web
currency-place-source = Fuente
currency-place-event = Fuente en la cronología
currency-result-broken = Error { $code }
currency-result-dns = Nombre no encontrado
currency-result-connect = Sin conexión
currency-result-timeout = Sin respuesta a tiempo
currency-result-redirects = Demasiadas redirecciones
currency-result-other = Sin respuesta
currency-result-redirected = Ahora lleva a
currency-result-ok = Funciona

## Moderación: fichas pendientes de comprobar

currency-due-title = Pendientes de comprobar
currency-due-description = Fichas nunca comprobadas con la propia organización, o no desde hace mucho.
currency-due-lead = { $count ->
        [one] Fichas nunca comprobadas con la propia organización, o comprobadas por última vez hace más de un día, de la más antigua a la más reciente.
       *[other] Fichas nunca comprobadas con la propia organización, o comprobadas por última vez hace más de { $count } días, de la más antigua a la más reciente.
    }
currency-due-count = { $count ->
        [0] No hay ninguna pendiente.
        [one] { $count } ficha está pendiente.
       *[other] { $count } fichas están pendientes.
    }
currency-due-more = { $count ->
        [one] { $count } más está pendiente y aparecerá cuando se comprueben estas.
       *[other] { $count } más están pendientes y aparecerán cuando se comprueben estas.
    }
currency-due-none = No hay fichas pendientes de comprobar.
currency-due-never = nunca
currency-due-last-checked = Última comprobación:
currency-due-note = ¿Cómo la ha comprobado?
    .hint = Por ejemplo: por teléfono, o su propio sitio web se actualizó este año. Aparece en el historial de la ficha.
currency-due-mark = Marcar como comprobada hoy
currency-check-note-required = Indique cómo comprobó la ficha.
currency-already-checked-today = { $name } ya se marcó hoy como comprobada.

## Moderación: editar una ficha

currency-edit-reason = Motivo de este cambio
    .hint = Aparece en el historial de la ficha. Necesario si cambia el estado: queda registrado, con fecha, en la cronología de la ficha.
currency-status-reason-required = Ha cambiado el estado: indique por qué en «Motivo de este cambio», al final del formulario.
