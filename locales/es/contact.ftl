# Cómo contactar con una organización: sus datos de contacto en la ficha, el formulario, su página y las listas.

## Cómo se reúne una organización con la gente (vocabulario `meets`).
meeting_mode-in_person = En persona
    .definition = Se reúne con la gente cara a cara, en un local o en la calle.
meeting_mode-online = En línea
    .definition = Se reúne con la gente solo en línea: chat, videollamadas, foros o redes sociales.
meeting_mode-both = En persona y en línea
    .definition = Se reúne con la gente cara a cara y en línea.

## Adónde lleva un enlace de contacto.
contact_link_kind-social = Redes sociales
    .definition = Una página o un perfil en una red social.
contact_link_kind-messaging = Mensajería
    .definition = Un chat, un grupo o un canal en un servicio de mensajería.

## Problemas con los datos de contacto, tal como los señala la API.
field-telephone-invalid = «{ $value }» no es un número de teléfono en formato internacional: + y el prefijo del país, luego el número, de 8 a 15 cifras en total
field-working-language = «{ $value }» no es uno de los idiomas del registro

## La sección del formulario.
form-section-contact = Cómo contactar
    .hint = Solo datos que la propia organización hace públicos. Aparecen en su ficha, salvo que la ficha sea discreta.
form-contact-email = Dirección de correo electrónico
    .hint = Por ejemplo info@example.org.
form-contact-telephone = Teléfono
    .hint = En formato internacional, con + y el prefijo del país, por ejemplo +34 912 345 678.
form-contact-address = Dirección postal
    .hint = Solo una que ella misma facilite: la calle (o el apartado de correos), la localidad y el país juntos.
form-contact-street = Calle y número, o apartado de correos
form-contact-postal_code = Código postal
form-contact-locality = Localidad
form-contact-country = País
form-contact_links = Redes sociales y mensajería
    .hint = Sus páginas en redes sociales y los chats o canales a los que invita a unirse.
# $number: el lugar del enlace en la lista.
form-row-contact_links = Enlace { $number }
form-add-contact_links =
    { $count ->
        [0] Añadir un enlace
       *[other] Añadir otro enlace
    }
form-contact_links-kind = Tipo
form-contact_links-url = Dirección web
    .hint = Por ejemplo https://t.me/ejemplo (puede omitir https://).
form-contact-meets = Cómo se reúne con la gente
form-contact-languages = Idiomas en los que trabaja
    .hint = Cada idioma aparece con su propio nombre.
form-contact-how_to_get_in_touch = Cómo ponerse en contacto
    .hint = En pocas líneas: cuándo y dónde se reúne, por quién preguntar, qué esperar.
form-sources-year = Año
    .hint = Cuándo se publicó o se actualizó por última vez, si lo indica.
form-error-telephone = Introduzca un número de teléfono que empiece por + y el prefijo del país, como +34 912 345 678, o déjelo vacío
form-error-address-street-required = Introduzca la calle y el número, o el apartado de correos, o deje vacía toda la dirección
form-error-address-locality-required = Introduzca la localidad, o deje vacía toda la dirección
form-error-address-country-required = Elija el país, o deje vacía toda la dirección

## Cambios e historial: las partes del contacto.
form-field-contact-email = Dirección de correo electrónico
form-field-contact-telephone = Teléfono
form-field-contact-address = Dirección postal
form-field-contact-links = Redes sociales y mensajería
form-field-contact-meets = Cómo se reúne con la gente
form-field-contact-languages = Idiomas en los que trabaja
form-field-contact-how_to_get_in_touch = Cómo ponerse en contacto
history-part-street = Calle
history-part-postal-code = Código postal
history-part-locality = Localidad
history-part-country = País

## El bloque con el que empieza la página de una organización.
reach-heading = Cómo ponerse en contacto
reach-none = Esta ficha aún no indica ni sitio web ni contacto.
reach-suggest = ¿Conoce alguno que la organización haga público? Propóngalo
reach-email = Correo electrónico
reach-telephone = Teléfono
reach-meets = Se reúne
reach-languages = Trabaja en
reach-channels = Redes sociales y mensajería
reach-address = Dirección postal
# Tras «Última verificación»: el año de la fuente más reciente que lo indica.
show-source-year = descrita en una fuente de { $year }

## Fichas de resultados.
# $month: un mes y un año, como «marzo de 2026».
card-checked = Verificada: { $month }
card-source-year = Descrita en una fuente de { $year }
# $how: cómo se reúne con la gente, como «En línea».
card-meets = Se reúne: { $how }

## Facetas y páginas sin resultados.
facet-meets = Cómo se reúne
lists-elsewhere-online =
    { $count ->
        [one] Una organización que se reúne en línea
       *[other] { $count } organizaciones que se reúnen en línea
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Enlace de redes sociales o mensajería
