# Como contactar uma organização: os seus contactos no registo, no formulário, na sua página e nas listas.

## Como uma organização se encontra com as pessoas (vocabulário `meets`).
meeting_mode-in_person = Presencialmente
    .definition = Encontra-se com as pessoas cara a cara, num espaço ou na rua.
meeting_mode-online = Online
    .definition = Encontra-se com as pessoas apenas online: chat, videochamadas, fóruns ou redes sociais.
meeting_mode-both = Presencialmente e online
    .definition = Encontra-se com as pessoas cara a cara e online.

## Para onde leva uma ligação de contacto.
contact_link_kind-social = Redes sociais
    .definition = Uma página ou um perfil numa rede social.
contact_link_kind-messaging = Mensagens
    .definition = Um chat, grupo ou canal num serviço de mensagens.

## Problemas com os contactos, tal como a API os indica.
field-telephone-invalid = «{ $value }» não é um número de telefone em formato internacional: + e o indicativo do país, depois o número, de 8 a 15 algarismos no total
field-working-language = «{ $value }» não é uma das línguas do registo

## A secção do formulário.
form-section-contact = Como contactar
    .hint = Apenas os contactos que a própria organização torna públicos. Aparecem no seu registo, exceto se o registo for discreto.
form-contact-email = Endereço de correio eletrónico
    .hint = Por exemplo info@example.org.
form-contact-telephone = Telefone
    .hint = Em formato internacional, começando por + e o indicativo do país, por exemplo +351 21 123 4567.
form-contact-address = Morada postal
    .hint = Apenas uma que ela própria divulgue: a rua (ou apartado), a localidade e o país em conjunto.
form-contact-street = Rua e número, ou apartado
form-contact-postal_code = Código postal
form-contact-locality = Localidade
form-contact-country = País
form-contact_links = Redes sociais e mensagens
    .hint = As suas páginas em redes sociais e os chats ou canais a que convida as pessoas a aderir.
# $number: a posição da ligação na lista.
form-row-contact_links = Ligação { $number }
form-add-contact_links =
    { $count ->
        [0] Adicionar uma ligação
       *[other] Adicionar outra ligação
    }
form-contact_links-kind = Tipo
form-contact_links-url = Endereço web
    .hint = Por exemplo https://t.me/exemplo (pode omitir https://).
form-contact-meets = Como se encontra com as pessoas
form-contact-languages = Línguas em que trabalha
    .hint = Cada língua aparece com o seu próprio nome.
form-contact-how_to_get_in_touch = Como entrar em contacto
    .hint = Em poucas linhas: quando e onde se reúne, por quem perguntar, o que esperar.
form-sources-year = Ano
    .hint = Quando foi publicada ou atualizada pela última vez, se o indicar.
form-error-telephone = Introduza um número de telefone que comece por + e o indicativo do país, como +351 21 123 4567, ou deixe-o vazio
form-error-address-street-required = Introduza a rua e o número, ou o apartado, ou deixe toda a morada vazia
form-error-address-locality-required = Introduza a localidade, ou deixe toda a morada vazia
form-error-address-country-required = Escolha o país, ou deixe toda a morada vazia

## Alterações e histórico: as partes do contacto.
form-field-contact-email = Endereço de correio eletrónico
form-field-contact-telephone = Telefone
form-field-contact-address = Morada postal
form-field-contact-links = Redes sociais e mensagens
form-field-contact-meets = Como se encontra com as pessoas
form-field-contact-languages = Línguas em que trabalha
form-field-contact-how_to_get_in_touch = Como entrar em contacto
history-part-street = Rua
history-part-postal-code = Código postal
history-part-locality = Localidade
history-part-country = País

## O bloco com que começa a página de uma organização.
reach-heading = Como entrar em contacto
reach-none = Este registo ainda não indica nem sítio web nem contacto.
reach-suggest = Conhece algum que a organização torne público? Sugira-o
reach-email = Correio eletrónico
reach-telephone = Telefone
reach-meets = Encontra-se
reach-languages = Trabalha em
reach-channels = Redes sociais e mensagens
reach-address = Morada postal
# Depois de «Última verificação»: o ano da fonte mais recente que o indica.
show-source-year = descrita numa fonte de { $year }

## Fichas de resultados.
# $month: um mês e um ano, como «março de 2026».
card-checked = Verificada: { $month }
card-source-year = Descrita numa fonte de { $year }
# $how: como se encontra com as pessoas, como «Online».
card-meets = Encontros: { $how }

## Filtros e páginas sem resultados.
facet-meets = Como se encontra
lists-elsewhere-online =
    { $count ->
        [one] Uma organização que se encontra online
       *[other] { $count } organizações que se encontram online
    }

## The moderators' list of links that did not work: where the record names one.
currency-place-contact = Ligação de redes sociais ou mensagens
