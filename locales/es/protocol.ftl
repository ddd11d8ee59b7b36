# Respuestas a solicitudes que el sitio no puede aceptar tal como llegan.

## 405

problem-method-not-allowed = Método no permitido
method-not-allowed-detail = Esta dirección no responde a solicitudes { $method }; la cabecera Allow indica los métodos a los que responde.
method-not-allowed-problem = La dirección no responde a este método; la cabecera Allow indica a cuáles responde.

## 413

problem-payload-too-large = Solicitud demasiado grande
# $limit: en kilobytes.
payload-too-large-detail = La solicitud supera los { $limit } KB, lo máximo que lee este sitio. No se ha guardado nada.
payload-too-large-problem = El cuerpo de la solicitud supera lo que lee el sitio; no se ha leído ni guardado nada.

## 415 y 400

unsupported-body-type = Esta dirección no acepta un cuerpo de solicitud de este tipo.
body-unreadable = no se ha podido leer el cuerpo de la solicitud
path-not-utf8 = no es un texto válido una vez descodificada la codificación porcentual (debe ser UTF-8)
path-not-number = «{ $value }» no es un número
param-lang = «{ $value }» no es un idioma de este sitio; use uno de estos: { $known }
param-empty = está vacío; omita el parámetro en su lugar
