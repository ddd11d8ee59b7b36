# El formulario de organizaciones (nuevas fichas, correcciones, ediciones de la moderación)
# y las páginas de quien contribuye.

## El resumen de errores al principio del formulario

form-summary-title =
    { $count ->
        [one] Hay un dato que corregir
       *[other] Hay { $count } datos que corregir
    }
form-summary-item = { $field } – { $message }
form-summary-row = { $row }: { $column }

## Partes de cada campo

form-required = (obligatorio)
form-error-prefix = Error:
form-not-known = Se desconoce

## Las secciones del formulario

form-section-organisation = La organización
form-section-work = Qué hace
form-section-place = Dónde y desde cuándo
form-section-leadership = Quién la lidera
form-section-sources = Fuentes
form-section-more = Más: evaluaciones, cifras, organizaciones relacionadas, cronología
form-section-visibility = Visibilidad

## Los campos y sus indicaciones

form-name = Nombre
    .hint = El nombre que usa la organización.
form-aliases = Otros nombres
    .hint = Siglas, el nombre en su propio idioma (con el código de idioma, por ejemplo da), nombres anteriores.
form-aliases-name = Nombre
form-aliases-language = Código de idioma
form-aliases-kind = Tipo
form-description = Descripción
    .hint = Unas frases: quiénes son y qué hacen.
form-website = Sitio web
    .hint = Por ejemplo https://www.example.org (puede omitir https://).
form-categories = Categorías
    .hint = Elija al menos una.
form-activities = Actividades
form-user_profiles = A quién atiende
form-countries = Países
    .hint = Dónde tiene su sede o dónde trabaja. Déjelo vacío si es una organización mundial sin sede.
form-country = País { $number }
form-city = Ciudad o zona
form-scope = Ámbito de actuación
form-founded_year = Año de fundación
form-status = Estado
form-ended_year = Año de cierre
    .hint = Solo si ha dejado de funcionar.
form-user_led_degree = ¿En qué medida está liderada por personas que usan o han usado drogas?
form-degree_note = ¿Cómo lo sabe?
    .hint = Una frase que lo demuestre, por ejemplo «su junta directiva la eligen socias y socios que usan drogas».
form-sources = Fuentes
    .hint = Al menos un enlace que respalde esta ficha: las páginas de la propia organización, un informe, un artículo.
form-sources-url = Dirección web
    .hint = De la página o del documento, por ejemplo https://www.example.org/informe.
form-sources-title = Título
    .hint = Su título tal como aparece allí, en una línea, de 200 caracteres como máximo.
form-sources-note = Nota
form-evaluations = Evaluaciones
    .hint = Estudios sobre el trabajo de la organización: quién los escribió, cuándo, con qué método y qué encontraron.
form-evaluations-citation = Referencia, por ejemplo «Castrignano 2005»
form-evaluations-year = Año
form-evaluations-design = Diseño del estudio
form-evaluations-sample_size = Tamaño de la muestra
form-evaluations-finding = Resultado
form-facts = Cifras
    .hint = Datos numéricos sobre la organización, con el año al que se refieren si lo sabe.
form-facts-label = Qué se cuenta
form-facts-value = Número
form-facts-year = Año
form-facts-note = Nota
form-relations = Organizaciones relacionadas
    .hint = Otras organizaciones del registro, indicadas con la última parte de su dirección (por ejemplo jes-network).
form-relations-kind = Relación
form-relations-target = Organización (final de su dirección)
form-events = Cronología
    .hint = Hechos con fecha: cuándo se formalizó, cambió de nombre, se fusionó o dejó de funcionar.
form-events-year = Año
form-events-kind = Qué ocurrió
form-events-note = Descripción
form-events-source_url = Enlace a la fuente
form-last_verified = Última verificación
    .hint = Cuándo se comprobó esta ficha por última vez con la propia organización.
form-visibility = ¿Qué visibilidad debe tener?
    .hint = Algunas organizaciones tienen buenos motivos para no ser vistas.

## Los campos de una ficha por su nombre corto, para el resumen de errores y las tablas de cambios

form-field-slug = Dirección (slug)
form-field-name = Nombre
form-field-aliases = Otros nombres
form-field-description = Descripción
form-field-categories = Categorías
form-field-countries = Países
form-field-city = Ciudad o zona
form-field-scope = Ámbito de actuación
form-field-founded_year = Año de fundación
form-field-status = Estado
form-field-ended_year = Año de cierre
form-field-user_led_degree = Grado de liderazgo de personas usuarias
form-field-degree_note = Prueba del liderazgo de personas usuarias
form-field-user_profiles = A quién atiende
form-field-activities = Actividades
form-field-website = Sitio web
form-field-visibility = Visibilidad
form-field-last_verified = Última verificación
form-field-sources = Fuentes
form-field-evaluations = Evaluaciones
form-field-facts = Cifras
form-field-relations = Organizaciones relacionadas
form-field-events = Cronología
form-field-note = Nota para la moderación
form-field-contact_email = Su correo electrónico
form-field-form = El formulario
form-field-record = La ficha
form-field-leave_this_empty = Campo que debe quedar vacío

## La página de contribución: una organización nueva o una corrección

submit-title = Añadir una organización
submit-correction-title = Proponer una corrección a { $name }
submit-description = Contribuya al registro de organizaciones lideradas por personas usuarias de drogas. Cada contribución se revisa antes de publicarse.
submit-lead = Háblenos de un grupo diseñado y gestionado por personas que usan o han usado drogas. La moderación revisa cada ficha antes de publicarla. No hace falta una cuenta.
submit-correction-lead = Cambie lo que esté mal o falte, y díganos cómo lo sabe. La moderación revisa cada corrección antes de publicarla, y el historial de la ficha conserva lo que decía antes.
submit-duplicates-title = ¿Es una de estas?
submit-duplicates-intro = El registro ya incluye organizaciones con nombres parecidos:
submit-duplicates-suggest = proponer una corrección a esta en su lugar
submit-duplicates-outro = Si la suya es otra organización, confírmelo abajo y vuelva a enviar el formulario.
submit-confirm-new = Es una organización distinta de las que aparecen arriba
submit-moderators = Para la moderación
submit-note-correction = ¿Qué ha cambiado y cómo lo sabe?
submit-note = Lo que la moderación debería saber
submit-contact = Su correo electrónico
    .hint = Solo lo ve la moderación, para poder hacerle alguna pregunta. Se borra en cuanto se decide sobre su contribución.
submit-honeypot = Deje este campo vacío
submit-send = Enviar para revisión
submit-send-correction = Enviar la corrección

## La página a la que vuelve quien contribuye con su referencia

received-title = Contribución { $reference }
received-description = Su contribución está pendiente de revisión.
received-pending-title = Gracias: su contribución está pendiente de revisión
received-pending-lead = La moderación la revisará antes de publicarla.
received-approved-title = Su contribución se ha publicado
received-see-entry = Ver la ficha
received-rejected-title = Su contribución no se ha publicado
received-rejected-lead = La moderación decidió no publicarla.
received-reference-before = Su referencia es
received-reference-after = . Guárdela para preguntar por su contribución, o vuelva a esta página para ver si ya se ha decidido.
received-back = Volver al registro
received-add-another = Añadir otra organización
