# Páginas de error, documentos de problema de la API, mensajes de validación y de los parámetros de búsqueda.
# Los mensajes de un campo se muestran junto a él y por eso no lo nombran.

## La página de error

error-page-title = { $title } – userled
error-status = Error { $status }
error-search-instead = Buscar en el registro
error-link-home = Inicio
error-link-organisations = Todas las organizaciones
error-link-about = Acerca del registro

## Tipos de problema

problem-invalid-parameter = Parámetro no válido
problem-not-found = No encontrado
problem-invalid-record = Ficha no válida
problem-forbidden = No permitido
problem-conflict = Conflicto
problem-unsupported-media-type = Formato no admitido
problem-too-many-requests = Demasiadas solicitudes
problem-internal-error = Algo ha fallado por nuestra parte

## Qué ha fallado

error-too-many-requests =
    { $count ->
        [one] Espere { $count } segundo y vuelva a intentarlo.
       *[other] Espere { $count } segundos y vuelva a intentarlo.
    }
error-internal = No se ha podido completar la solicitud. El error ha quedado registrado; vuelva a intentarlo más tarde.
error-form-expired = Este formulario ha caducado o no procede de este sitio. Vuelva a cargar la página y envíelo de nuevo.
error-json-only = Envíe la contribución como application/json.
error-nothing-here = No hay nada en { $path }.
error-no-file = No existe el archivo «{ $file }».
error-no-icon = No hay icono.
error-no-category = No existe la categoría «{ $slug }».
error-no-country = No existe el país «{ $code }».
error-no-organisation = No hay ninguna organización «{ $slug }» en el registro.
error-no-organisation-short = No existe la organización «{ $slug }».
error-no-revision = La organización «{ $slug }» no tiene la versión { $number }.
error-discreet-correction = La ficha «{ $slug }» se publica de forma discreta; las correcciones sobre ella deben enviarse directamente al equipo de moderación.
error-no-submission = No existe la contribución { $reference }.
error-already-decided = Ya se ha tomado una decisión sobre la contribución { $reference }.
error-correction-target-gone = La organización a la que se refería esta corrección ya no existe.
error-no-free-slug = No queda ningún identificador (slug) libre para «{ $slug }».

## Parámetros de búsqueda

param-repeated = aparece más de una vez
param-unknown = «{ $name }» no es un parámetro de búsqueda; los posibles son: { $known }
param-too-long = tiene más de { $max } caracteres
param-not-year = «{ $value }» no es un año
param-not-boolean = «{ $value }» no es true ni false
param-page = «{ $value }» no es un número de página (1 o más)
param-per-page = «{ $value }» no es un número del 1 al { $max }

## Valores

field-unknown-value = valor desconocido «{ $value }»; valores posibles: { $expected }
field-country-malformed = «{ $value }» no es un código ISO 3166-1 alfa-2 (dos letras mayúsculas, como DK)
field-country-unassigned =
    «{ $value }» no es un código de país ISO 3166-1 asignado{ $value ->
        [UK] ; el código del Reino Unido es GB
        [EL] ; el código de Grecia es GR
       *[other] {""}
    }
field-year-range = { $value } no es un año entre { $earliest } y { $latest }
field-not-whole-number = «{ $value }» no es un número entero
field-not-positive = { $value } no es un número entero positivo
field-slug-invalid = «{ $value }» no es un identificador (slug) válido: use letras minúsculas y cifras unidas por guiones simples, con { $max } caracteres como máximo
field-url-too-long = una dirección web tiene como máximo { $max } caracteres
field-url-not-web = «{ $value }» no es una dirección web: debe empezar por http:// o https://
field-url-invalid = «{ $value }» no es una dirección web válida ({ $reason })
field-language-code = «{ $value }» no es un código de idioma ISO 639 (dos o tres letras minúsculas, como da)
field-date = «{ $value }» no es una fecha con el formato AAAA-MM-DD
field-date-future = { $value } es una fecha futura
field-email-invalid = «{ $value }» no es una dirección de correo electrónico

## Los campos de la ficha

field-required = es obligatorio
field-control-characters = no puede contener caracteres de control
field-too-long = tiene { $length } caracteres; se admiten { $max } como máximo
field-too-many = { $max } entradas como máximo
field-not-in-record = no es un campo de la ficha de una organización
field-incomplete = está incompleta
field-slug-underivable = no se puede obtener a partir del nombre; indique uno
field-categories-required = elija al menos una categoría
field-ended-before-founded = { $ended } es anterior al año de fundación { $founded }
field-ended-but-active = una organización con año de cierre no puede estar activa
field-degree-required = es obligatorio (elija «{ degree-unclear }» si las fuentes no lo dicen)
field-sources-required = indique al menos una fuente: un enlace que respalde esta ficha
field-language-required = es obligatorio para un nombre en el idioma original
field-relation-to-itself = una organización no puede estar relacionada consigo misma
field-relation-twice = esta relación aparece dos veces
field-relation-missing = no hay ninguna organización «{ $slug }» en el registro
field-event-year =
    { $year } no coincide con el { $other ->
        [founded_year] año de fundación
       *[other] año de cierre
    } { $expected }

## Contribuciones y moderación

field-note-required = diga qué ha cambiado y cómo lo sabe
field-note-too-long = { $max } caracteres como máximo
field-correction-target = no hay ninguna organización «{ $slug }» que corregir
field-reason-required = indique un motivo; quedará registrado
field-honeypot = debe quedar vacío

## Un contenido o formulario que no se puede leer

field-json-invalid = no es un JSON válido: { $reason }
field-json-object = debe ser un objeto JSON
field-json-string = debe ser una cadena de texto
field-json-unreadable = no se puede leer: { $reason }
field-form-unreadable = no se puede leer: { $reason }
