# Listas de resultados, filtros, la ficha de una organización, su historial, el canal.

## Fechas

show-date = { $day } de { $month ->
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

## La lista de organizaciones, las páginas de categoría y de país

list-heading = Organizaciones
list-description = Buscar en el registro de organizaciones lideradas por personas que usan drogas.
list-count = { $count ->
        [one] { $count } organización
       *[other] { $count } organizaciones
    }
list-count-query = { $count ->
        [one] { $count } organización que coincide con «{ $query }»
       *[other] { $count } organizaciones que coinciden con «{ $query }»
    }
list-counted = { $count ->
        [0] El registro todavía no incluye ninguna.
        [one] El registro incluye una.
       *[other] El registro incluye { $count }.
    }
list-country-intro = { $country }: organizaciones lideradas por personas que usan drogas, con sede o actividad en este país.
list-search-label = Buscar por nombre, ciudad, actividad o fuente
list-search-button = Buscar
list-sort-label = Ordenar por
list-sort-apply = Aplicar
list-results-heading = Resultados
list-jump-to-facets = Acotar o ampliar los resultados
list-facets-heading = Acotar o ampliar
list-facet-selected = seleccionado; vuelva a seleccionarlo para quitarlo
list-filters-label = Filtros aplicados
list-filter = { $name }: { $value }
list-filter-from-words = A partir de las palabras «{ $words }» de su búsqueda
list-filter-remove = quitar este filtro
list-clear-filters = Quitar todos
list-founded-between = de { $from } a { $to }
list-founded-from = { $from } o después
list-founded-to = { $to } o antes
list-filter-evaluated = Con una evaluación
list-filter-not-evaluated = Sin evaluación
list-empty-heading = Ninguna organización coincide con esta búsqueda
list-suggestion-before = ¿Quiso decir
list-suggestion-after = ?
list-empty-spelling = Revise la ortografía o busque con menos palabras o palabras más cortas: la última palabra se busca por su comienzo, así que «narco» encuentra «Narcotics Anonymous».
list-empty-filters-before = Quite uno de los filtros de arriba o
list-empty-filters-link = busque sin filtros
list-empty-filters-after = .
list-empty-browse = Ver todas las organizaciones
list-empty-browse-or = { " " }o
list-empty-about = leer qué abarca el registro
list-empty-about-after = .
list-pages-label = Páginas
list-previous = ← Anterior
list-next = Siguiente →
list-page-of = Página { $page } de { $count }
list-downloads = Descargar esta búsqueda:
list-card-degree = Grado de liderazgo de personas usuarias:
list-card-founded = Fundada en { $year }
list-card-discreet = Registrada de forma discreta

## Filtros: sus nombres

facet-category = Categoría
facet-country = País
facet-degree = Grado de liderazgo de personas usuarias
facet-status = Estado
facet-activity = Actividad
facet-decade = Fundación
facet-scope = Ámbito
facet-decade-value = década de { $decade }

## Órdenes

sort-relevance = Más relevantes
sort-name = Nombre
sort-founded = Más antiguas primero
sort-founded-desc = Más recientes primero
sort-updated = Actualizadas recientemente

## La ficha de una organización

show-title = { $name } – userled
show-description-discreet = { $name } en el registro de organizaciones lideradas por personas que usan drogas.
show-citation = «{ $name }». En: userled, el registro de organizaciones lideradas por personas que usan drogas. { $url } (ficha actualizada el { $date }). Licencia: CC BY 4.0.
show-breadcrumb-label = Ruta de navegación
show-aliases = También conocida como:
show-countries = Países
show-countries-inline = Países:
show-city = Ciudad o zona
show-scope = Ámbito
show-founded = Fundación
show-not-known = se desconoce
show-ended = Cierre
show-status = Estado
show-degree = Grado de liderazgo de personas usuarias
show-degree-note-separator = :
show-profiles = Perfil de consumo
show-website = Sitio web
show-verified = Última verificación
show-not-verified = aún no contrastada con la propia organización
show-activities-heading = Qué hace
show-related-heading = Organizaciones relacionadas
show-related-member-of = Miembro de
show-related-has-member = Tiene como miembro a
show-related-partner-of = Socia de
show-related-founded-by = Fundada por
show-related-founded = Fundó
show-related-succeeded-by = Sustituida por
show-related-succeeded = Sucesora de
show-evaluations-heading = Evaluaciones
show-evaluation-participants = { $count ->
        [one] { $count } participante
       *[other] { $count } participantes
    }
show-figures-heading = En cifras
show-timeline-heading = Cronología
show-timeline-founded = Fundación
show-timeline-founded-text = Se funda { $name }.
show-timeline-figure = Cifra
show-timeline-figure-text = { $label }: { $value }
show-timeline-evaluation = Evaluación
show-timeline-evaluation-text = { $citation }: { $finding }
show-timeline-ended = Cierre
show-timeline-ended-text = { $name } deja de funcionar.
show-timeline-source = fuente
show-sources-heading = Fuentes
show-discreet-notice = Esta organización pidió figurar de forma discreta. El registro muestra solo su nombre, sus categorías y sus países.
show-cite-heading = Citar esta ficha
show-updated = Última actualización: { $date }.
show-json-before = También en
show-json-after = .
show-improve-heading = Mantener esta ficha al día
show-suggest-correction = Proponer una corrección
show-history-link = Ver su historial

## El historial de una organización

history-title = Historial de { $name } – userled
history-description = Todos los cambios en la ficha de { $name }.
history-heading = Historial de { $name }
history-breadcrumb = Historial
history-signed-in = Sesión iniciada como
history-queue = Cola
history-edit-entry = Editar esta ficha
history-discreet-notice = Esta organización figura de forma discreta: su historial muestra cuándo cambió la ficha, no qué cambió.
history-empty = No se ha registrado ningún cambio desde que se publicó esta ficha.
history-revision = Versión { $number }
history-current = actual
history-when = { $date }, { $time } UTC
history-revision-meta = { $when } · { $action } · por { $actor } · { $summary }
history-fields-changed = { $count ->
        [one] { $count } campo modificado
       *[other] { $count } campos modificados
    }
history-column-field = Campo
history-column-before = Antes
history-column-after = Después
history-restore = Restaurar la versión { $number }
history-action-baseline = Primer estado registrado
history-action-import = Importada
history-action-approval = Contribución aprobada
history-action-edit = Editada por la moderación
history-action-restore = Restaurada
history-summary-approved = Contribución { $reference } aprobada
history-summary-restored = Versión { $number } restaurada
history-summary-edited = Editada
history-summary-seed = Cargada desde los datos iniciales
history-summary-import = Importada desde un archivo del registro
history-summary-baseline = La ficha tal como estaba antes de que se llevara el historial
history-field-slug = Nombre en la dirección
history-field-name = Nombre
history-field-aliases = Otros nombres
history-field-description = Descripción
history-field-categories = Categorías
history-field-countries = Países
history-field-city = Ciudad o zona
history-field-scope = Ámbito
history-field-founded-year = Fundación
history-field-status = Estado
history-field-ended-year = Cierre
history-field-user-led-degree = Grado de liderazgo de personas usuarias
history-field-degree-note = Justificación del grado
history-field-user-profiles = Perfiles de consumo
history-field-activities = Actividades
history-field-website = Sitio web
history-field-visibility = Visibilidad
history-field-last-verified = Última verificación
history-field-sources = Fuentes
history-field-evaluations = Evaluaciones
history-field-facts = Cifras
history-field-relations = Organizaciones relacionadas
history-field-events = Hechos
history-part = { $part }: { $value }
history-part-name = Nombre
history-part-language = Idioma
history-part-kind = Tipo
history-part-url = Dirección
history-part-title = Título
history-part-note = Nota
history-part-citation = Referencia
history-part-year = Año
history-part-design = Diseño
history-part-sample-size = Tamaño de la muestra
history-part-finding = Resultado
history-part-label = Etiqueta
history-part-value = Valor
history-part-target = Organización
history-part-source-url = Fuente

## El canal Atom

feed-heading = userled: organizaciones nuevas y modificadas
feed-subtitle = El registro de organizaciones lideradas por personas que usan drogas
feed-entry-summary = { $categories } · { $countries }
