# El formulario de organizaciones según los patrones del GOV.UK Design System.

## Marcas y reglas

form-optional-mark = (opcional)
form-optional-rule = Responda a cada pregunta que no esté marcada como (opcional).

## Listas repetibles

form-row-aliases = Otro nombre { $number }
form-row-sources = Fuente { $number }
form-row-evaluations = Evaluación { $number }
form-row-facts = Cifra { $number }
form-row-relations = Organización relacionada { $number }
form-row-events = Hecho { $number }
form-remove = Quitar
form-add-aliases =
    { $count ->
        [0] Añadir un nombre
       *[other] Añadir otro nombre
    }
form-add-countries = Añadir otro país
form-add-sources = Añadir otra fuente
form-add-evaluations =
    { $count ->
        [0] Añadir una evaluación
       *[other] Añadir otra evaluación
    }
form-add-facts =
    { $count ->
        [0] Añadir una cifra
       *[other] Añadir otra cifra
    }
form-add-relations =
    { $count ->
        [0] Añadir una organización relacionada
       *[other] Añadir otra organización relacionada
    }
form-add-events =
    { $count ->
        [0] Añadir un hecho
       *[other] Añadir otro hecho
    }
submit-confirm-send = Confirmar y enviar

## Mensajes de error

form-error-name-required = Escriba el nombre de la organización
form-error-description-required = Escriba una descripción de la organización
form-error-degree_note-required = Diga en una frase cómo sabe en qué medida la lideran personas que usan drogas
form-error-aliases-name-required = Escriba el otro nombre, o quite esta fila
form-error-sources-title-required = Escriba el título de la fuente, tal como aparece allí
form-error-evaluations-citation-required = Escriba la referencia de la evaluación, o quite esta fila
form-error-evaluations-finding-required = Escriba lo que halló la evaluación
form-error-facts-label-required = Escriba qué cuenta la cifra, o quite esta fila
form-error-facts-value-required = Escriba la cifra como número
form-error-events-year-required = Escriba el año del hecho
form-error-events-note-required = Describa el hecho en pocas palabras
form-error-required = Rellene este campo, o quite su fila
form-error-url = Escriba una dirección web que empiece por https://
form-error-url-too-long = Escriba una dirección web de { $max } caracteres como máximo
form-error-year-number = Escriba el año en cifras, por ejemplo 1994
form-error-number = Escriba un número entero, por ejemplo 120
form-error-year-range = Escriba un año entre { $earliest } y { $latest }
form-error-not-positive = Escriba un número mayor que 0
form-error-choose = Elija una de las opciones de la lista
form-error-relation-target = Escriba la última parte de la dirección de la organización en el registro, por ejemplo jes-network
form-error-language-code = Escriba el idioma con su código de dos o tres letras minúsculas, por ejemplo da para el danés
form-error-language-required = Escriba el código del idioma de este nombre, por ejemplo da para el danés
form-error-date = Escriba la fecha como año, mes y día, por ejemplo 2026-03-14
form-error-date-future = Escriba una fecha de hoy o del pasado
form-error-email = Escriba una dirección de correo como nombre@example.org, o deje el campo vacío
form-error-control-characters = Quite los caracteres de control invisibles copiados con el texto
form-error-too-long = Acorte esto a { $max } caracteres como máximo
form-error-too-many = No indique más de { $max }
form-error-name-letters = Escriba un nombre que contenga letras o cifras
form-error-categories-required = Elija al menos una categoría
form-error-ended-before-founded = Escriba un año de cierre que no sea anterior al año de fundación ({ $founded })
form-error-ended-but-active = Elija un estado distinto de activa, o deje vacío el año de cierre
form-error-degree-required = Elija en qué medida la lideran personas que usan drogas (Sin determinar si las fuentes no lo dicen)
form-error-sources-required = Indique al menos una fuente: la dirección web y el título de una página que respalde esta ficha
form-error-relation-to-itself = Escriba otra organización: una organización no puede estar relacionada consigo misma
form-error-relation-twice = Quite esta fila: la misma relación ya figura más arriba
form-error-relation-missing = Escriba la dirección de una organización del registro: no hay ninguna en { $slug }
form-error-event-year =
    { $other ->
        [founded_year] Escriba { $expected }, el año de fundación, o cambie ese año
       *[other] Escriba { $expected }, el año de cierre, o cambie ese año
    }
form-error-note-required = Diga qué ha cambiado y cómo lo sabe
form-error-correction-target = La organización { $slug } ya no está en el registro: añádala como nueva
form-error-reason-required = Diga por qué hace este cambio
form-error-honeypot = Deje este campo vacío
form-error-unreadable = No se ha podido leer parte del formulario: revise lo que ha escrito y envíelo de nuevo
