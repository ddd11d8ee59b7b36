# Las páginas que dicen quién gestiona el registro y cómo trata a las personas (contacto,
# privacidad, accesibilidad), la solicitud de cambiar, hacer discreta o retirar una ficha, y los
# enlaces a ellas.

## El pie de cada página.

trust-footer-contact = Contacto
trust-footer-privacy = Privacidad
trust-footer-accessibility = Accesibilidad

## En las páginas de seguimiento de contribuciones y solicitudes.

trust-reach = Para contactar con la moderación, vea la { $link }.
trust-reach-link = página de contacto
trust-received-reason = El motivo de la moderación

## /contact

contact-title = Contacto
contact-description = Quién gestiona este registro y cómo contactar con su moderación.
contact-lead = userled lo gestiona un responsable, que lo aloja y nombra a su equipo de moderación. La moderación lee cada contribución y cada solicitud antes de que cambie nada en el registro.
contact-operator-heading = Quién gestiona este registro
contact-operator-name = Gestionado por
contact-operator-email = Correo electrónico
contact-operator-address = Dirección postal
contact-operator-missing = El responsable de este sitio aún no ha indicado su nombre ni sus datos de contacto. Mientras tanto, los formularios de abajo siguen llegando a la moderación.
contact-moderators-heading = Cómo contactar con la moderación
contact-moderators-email = Escriba a { $email }. La moderación lee estos mensajes; si tiene la referencia de una contribución o de una solicitud, indíquela.
contact-moderators-no-email = La moderación aún no tiene dirección de correo electrónico: use los formularios, que llegan directamente a su cola.
contact-entry = Sobre una ficha: abra su página y siga «{ $link }». Su solicitud llega directamente a la cola de moderación, hable o no en nombre de la organización.
contact-new = Para añadir una organización, { $link }: no se publica nada hasta que la moderación lo aprueba.
contact-new-link = use el formulario
contact-reference = Sobre algo que ha enviado: su referencia (por ejemplo UL-ABCD-1234) permite a la moderación encontrarlo, y su página muestra si ya se ha decidido.
contact-more-heading = Véase también
contact-privacy-link = Qué recogemos y cuánto tiempo lo guardamos (privacidad)
contact-accessibility-link = Declaración de accesibilidad

## /privacy

privacy-title = Privacidad
privacy-description = Qué recogen los formularios de este registro, para qué y durante cuánto tiempo.
privacy-lead = userled pide lo menos posible. Puede leer todas las páginas sin cuenta, y nada le rastrea.
privacy-forms-heading = Qué recogen los formularios
privacy-submission-heading = Añadir una organización o proponer una corrección
privacy-submission-record = Los datos de la organización que usted introduce. Se publican con licencia CC BY 4.0 cuando la moderación los aprueba; hasta entonces solo los ve la moderación.
privacy-submission-note = Su nota para la moderación. Solo la lee la moderación. Se queda con la contribución en sus registros después de la decisión, para que la decisión pueda entenderse más adelante.
privacy-submission-email = Su dirección de correo electrónico, si la da (es opcional). Solo sirve para las preguntas de la moderación sobre su contribución: solo la ve la moderación, nunca se publica ni se anota en los registros del servidor, y se borra en cuanto la contribución se aprueba o se rechaza.
privacy-submission-reason = Cuando se rechaza una contribución, el motivo de la moderación aparece en su página de seguimiento, que puede abrir cualquiera que tenga la referencia.
privacy-request-heading = Pedir que una ficha se cambie, se haga discreta o se retire
privacy-request-content = Lo que pide y su motivo. Solo la moderación lee el motivo. Se queda con la solicitud en sus registros después de cerrarla.
privacy-request-email = Su dirección de correo electrónico, si la da: como en las contribuciones, solo para las preguntas de la moderación, y se borra al cerrar la solicitud.
privacy-request-note = La nota de la moderación al cerrar la solicitud aparece en su página de seguimiento.
privacy-address-heading = Su dirección IP
privacy-address = Para limitar cuántas contribuciones y solicitudes puede enviar una misma dirección IP en una hora, y cuántos intentos de inicio de sesión en un cuarto de hora, el servidor las cuenta por dirección en su memoria. La dirección nunca se escribe en la base de datos ni en los registros del servidor, y se olvida cuando el servidor se reinicia.
privacy-logs-heading = Registros del servidor
privacy-logs = El servidor anota cada petición solo con su método, la ruta de la página y el estado de la respuesta: no los parámetros de búsqueda (por tanto, no lo que usted buscó), ni su dirección IP, ni sus cabeceras o cookies. Los registros no contienen datos personales.
privacy-proxy = Si el responsable hace funcionar el sitio detrás de un servidor web propio, ese servidor puede llevar sus propios registros de acceso; el responsable puede decirle qué guarda: vea la { $link }.
privacy-contact-link = página de contacto
privacy-cookies-heading = Cookies
privacy-cookies-lead = userled no usa cookies publicitarias, de analítica ni de seguimiento, y no carga nada de otros sitios. Usa tres cookies, cada una con un solo fin:
privacy-cookie-csrf = Un código aleatorio que demuestra que un formulario se envió desde este sitio, para proteger los formularios contra la falsificación de peticiones entre sitios (CSRF). Se crea al abrir un formulario y se borra al cerrar el navegador.
privacy-cookie-language = Recuerda durante un año que este sitio le ofreció una página en el idioma de su navegador, para no repetir la oferta. Solo contiene el valor 1.
privacy-cookie-session = Solo para la moderación: mantiene la sesión iniciada durante 8 horas. El servidor guarda únicamente un hash de ella.
privacy-moderators-heading = Moderación y copias
privacy-moderators = Las personas de la moderación tienen un nombre de usuario y una contraseña, que se guarda solo como hash argon2id. Su nombre de usuario aparece en el historial público de cada ficha que han cambiado.
privacy-backups = Las copias de la base de datos que hace el responsable (copias de seguridad) contienen lo que había en la base en ese momento: una dirección de correo borrada después sigue en una copia anterior hasta que esa copia se elimina.
privacy-rights-heading = Sus derechos
privacy-rights = Puede preguntar al responsable qué contiene el registro sobre usted y pedir que se corrija o se borre. Una organización también puede pedir, desde la página de su ficha, que la ficha se cambie, se haga discreta o se retire.
privacy-rights-ask = Para pedirlo, vea la { $link }.

## /accessibility

accessibility-title = Declaración de accesibilidad
accessibility-description = Cuán accesible es este registro, cómo se comprueba, qué se sabe que no funciona bien y cómo comunicar un problema.
accessibility-lead = userled debe funcionar para todo el mundo, también para quienes usan un lector de pantalla, solo el teclado, ampliación o control por voz, en el móvil o en el ordenador.
accessibility-standard-heading = La norma
accessibility-standard = Aspiramos a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA.
accessibility-how-heading = Cómo se comprueba
accessibility-how-axe = Cada cambio se prueba en un navegador real: axe-core, un comprobador automático de accesibilidad, se ejecuta en cada tipo de página (inicio, resultados de búsqueda, una ficha, los formularios con y sin errores, las páginas de moderación, estadísticas, una página de error), en inglés a 390 y 1280 píxeles de ancho y en los otros siete idiomas a 390 píxeles. Basta un solo problema para que la prueba falle.
accessibility-how-languages = Otras pruebas automáticas comprueban también que cada página declara su idioma y que las páginas en los otros siete idiomas no conservan ninguna frase en inglés de la interfaz.
accessibility-how-design = El sitio no necesita JavaScript, mantiene visible el foco del teclado, ofrece un enlace para saltar al contenido y muestra cada error de un formulario junto a su campo.
accessibility-limits-heading = Limitaciones conocidas
accessibility-limit-manual = Las comprobaciones automáticas solo encuentran una parte de los problemas. El sitio aún no lo han probado personas que usan lector de pantalla, ampliación o control por voz; sus comentarios serán muy bienvenidos.
accessibility-limit-language = El texto de las fichas (descripciones, notas, fuentes) está en el idioma en que se escribió, sobre todo inglés, y aún no está marcado con ese idioma. En las páginas en otros idiomas, un lector de pantalla puede por eso pronunciarlo mal.
accessibility-limit-charts = Los gráficos de la página de estadísticas son imágenes para quienes ven. Debajo de cada uno hay una tabla con las mismas cifras, y cada país del mapa de Europa es un enlace.
accessibility-limit-translations = Las traducciones de la interfaz aún no las han revisado hablantes nativos que trabajen en el sector, así que alguna formulación puede resultar poco clara.
accessibility-limit-external = Los sitios web de las organizaciones y las fuentes que citan las fichas son otros sitios, de cuya accesibilidad no podemos responder.
accessibility-report-heading = Comunicar un problema
accessibility-report = Si algo de este sitio le resulta difícil o imposible de usar, díganoslo. Ayuda indicar la dirección de la página, lo que intentaba hacer y lo que usa (navegador, dispositivo, tecnología de apoyo).
accessibility-report-email = Escriba a { $email }.
accessibility-report-missing = El responsable de este sitio aún no ha indicado una dirección de correo electrónico para estos avisos.
accessibility-report-contact = Otras formas de contactar con la moderación están en la { $link }.

## La solicitud de cambiar, hacer discreta o retirar una ficha.

request-link = Pedir que esta ficha se cambie, se haga discreta o se retire
request-title = Solicitud sobre { $name }
request-description = Pida a la moderación que cambie una ficha, la haga discreta o la retire.
request-lead = Su solicitud va a la moderación, que la revisa antes de cambiar nada. No hace falta que hable en nombre de la organización, pero dígalo si es así.
request-kind-legend = ¿Qué pide?
request-kind-change = Cambiarla
request-kind-change-hint = Algo de la ficha es incorrecto o está desactualizado.
request-kind-discreet = Hacerla discreta
request-kind-discreet-hint = Mostrar solo el nombre, las categorías y los países de la organización, y ningún otro dato.
request-kind-remove = Retirarla
request-kind-remove-hint = Quitar la ficha del registro.
request-reason = ¿Por qué, y qué debería cambiar?
request-reason-hint = Solo lo lee la moderación; no se publica. Si habla en nombre de la organización, dígalo.
request-contact = Su correo electrónico (opcional)
request-contact-hint = Solo por si la moderación necesita preguntarle algo. Se borra al cerrar su solicitud.
request-privacy = Qué pasa con lo que envía: vea { $link }.
request-privacy-link = privacidad
request-send = Enviar la solicitud
request-kind-required = Elija qué pide: cambiar la ficha, hacerla discreta o retirarla.
request-reason-required = Diga por qué, y qué debería cambiar.
request-reason-too-long = Escriba { $max } caracteres como máximo.
request-outcome-required = Elija si la solicitud está resuelta o rechazada.
request-note-required = Diga por qué se rechaza la solicitud: la persona que la hizo leerá esta nota.
request-not-found = No hay ninguna solicitud con la referencia { $reference }.
request-already-closed = La solicitud { $reference } ya la ha cerrado otra persona de la moderación.

## La página de quien hace la solicitud.

request-received-title = Solicitud { $reference }
request-received-description = Su solicitud sobre una ficha, y lo que decidió la moderación.
request-open-heading = Gracias: su solicitud está pendiente de la moderación
request-open-lead = Alguien de la moderación la leerá y decidirá qué hacer.
request-done-heading = Su solicitud se ha resuelto
request-declined-heading = Su solicitud se ha rechazado
request-note-label = La nota de la moderación
request-asked = Petición
request-entry = Ficha
request-reference = Su referencia es { $reference }. Guárdela para preguntar por su solicitud, o vuelva a esta página para ver si ya se ha cerrado.

## Las páginas de la moderación.

request-queue-heading = Solicitudes sobre fichas
request-queue-empty = No hay ninguna solicitud abierta sobre una ficha.
request-queue-waiting =
    { $count ->
        [one] Hay una solicitud abierta, la más antigua primero.
       *[other] Hay { $count } solicitudes abiertas, la más antigua primero.
    }
request-queue-closed = Solicitudes cerradas recientemente
request-status-open = abierta
request-status-done = resuelta
request-status-declined = rechazada
request-review-title = Solicitud { $reference }
request-review-description = Una solicitud sobre una ficha, para cerrar como resuelta o rechazada.
request-review-heading = Solicitud sobre { $name }
request-review-reason = Motivo
request-review-edit = Editar la ficha
request-close-heading = Cerrar la solicitud
request-close-legend = Resultado
request-close-done = Resuelta: se ha hecho lo que se pedía
request-close-declined = Rechazada
request-close-note = Nota para quien hizo la solicitud
request-close-note-hint = Aparece en la página de seguimiento de la solicitud. Obligatoria si la solicitud se rechaza.
request-close = Cerrar la solicitud
