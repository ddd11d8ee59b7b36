# Páginas de erro, documentos de problema da API, mensagens de validação e dos parâmetros de pesquisa.
# As mensagens de um campo aparecem junto dele e por isso não o nomeiam.

## A página de erro

error-page-title = { $title } – userled
error-status = Erro { $status }
error-search-instead = Pesquisar antes no registo
error-link-home = Início
error-link-organisations = Todas as organizações
error-link-about = Sobre o registo

## Tipos de problema

problem-invalid-parameter = Parâmetro inválido
problem-not-found = Não encontrado
problem-invalid-record = Entrada inválida
problem-forbidden = Não permitido
problem-conflict = Conflito
problem-unsupported-media-type = Formato não suportado
problem-too-many-requests = Demasiados pedidos
problem-internal-error = Algo correu mal do nosso lado

## O que correu mal

error-too-many-requests =
    { $count ->
        [one] Aguarde { $count } segundo e tente novamente.
       *[other] Aguarde { $count } segundos e tente novamente.
    }
error-internal = Não foi possível concluir o pedido. O erro ficou registado; tente novamente mais tarde.
error-form-expired = Este formulário expirou ou não foi enviado a partir deste site. Recarregue a página e envie-o novamente.
error-json-only = Envie o contributo como application/json.
error-nothing-here = Não há nada em { $path }.
error-no-file = Não existe o ficheiro «{ $file }».
error-no-icon = Sem ícone.
error-no-category = Não existe a categoria «{ $slug }».
error-no-country = Não existe o país «{ $code }».
error-no-organisation = Não há nenhuma organização «{ $slug }» no registo.
error-no-organisation-short = Não existe a organização «{ $slug }».
error-no-revision = A organização «{ $slug }» não tem a versão { $number }.
error-discreet-correction = A entrada «{ $slug }» é publicada de forma discreta; as correções a esta entrada devem ser enviadas diretamente à equipa de moderação.
error-no-submission = Não existe o contributo { $reference }.
error-already-decided = Já foi tomada uma decisão sobre o contributo { $reference }.
error-correction-target-gone = A organização a que esta correção se referia já não existe.
error-no-free-slug = Não há nenhum identificador (slug) livre para «{ $slug }».

## Parâmetros de pesquisa

param-repeated = é indicado mais de uma vez
param-unknown = «{ $name }» não é um parâmetro de pesquisa; os possíveis são: { $known }
param-too-long = tem mais de { $max } caracteres
param-not-year = «{ $value }» não é um ano
param-not-boolean = «{ $value }» não é true nem false
param-page = «{ $value }» não é um número de página (1 ou mais)
param-per-page = «{ $value }» não é um número de 1 a { $max }

## Valores

field-unknown-value = valor desconhecido «{ $value }»; valores possíveis: { $expected }
field-country-malformed = «{ $value }» não é um código ISO 3166-1 alfa-2 (duas letras maiúsculas, por exemplo DK)
field-country-unassigned =
    «{ $value }» não é um código de país ISO 3166-1 atribuído{ $value ->
        [UK] ; o código do Reino Unido é GB
        [EL] ; o código da Grécia é GR
       *[other] {""}
    }
field-year-range = { $value } não é um ano entre { $earliest } e { $latest }
field-not-whole-number = «{ $value }» não é um número inteiro
field-not-positive = { $value } não é um número inteiro positivo
field-slug-invalid = «{ $value }» não é um identificador (slug) válido: use letras minúsculas e algarismos unidos por hífenes simples, com { $max } caracteres no máximo
field-url-too-long = um endereço web tem no máximo { $max } caracteres
field-url-not-web = «{ $value }» não é um endereço web: tem de começar por http:// ou https://
field-url-invalid = «{ $value }» não é um endereço web válido ({ $reason })
field-language-code = «{ $value }» não é um código de língua ISO 639 (duas ou três letras minúsculas, por exemplo da)
field-date = «{ $value }» não é uma data no formato AAAA-MM-DD
field-date-future = { $value } é uma data futura
field-email-invalid = «{ $value }» não é um endereço de correio eletrónico

## Os campos da entrada

field-required = é obrigatório
field-control-characters = não pode conter caracteres de controlo
field-too-long = tem { $length } caracteres; são permitidos no máximo { $max }
field-too-many = no máximo { $max } entradas
field-not-in-record = não é um campo da entrada de uma organização
field-incomplete = está incompleta
field-slug-underivable = não pode ser obtido a partir do nome; indique um
field-categories-required = escolha pelo menos uma categoria
field-ended-before-founded = { $ended } é anterior ao ano de fundação { $founded }
field-ended-but-active = uma organização com ano de encerramento não pode estar ativa
field-degree-required = é obrigatório (escolha «{ degree-unclear }» se as fontes não o disserem)
field-sources-required = indique pelo menos uma fonte: uma ligação que sustente esta entrada
field-language-required = é obrigatória para um nome na língua original
field-relation-to-itself = uma organização não pode estar relacionada consigo própria
field-relation-twice = esta relação aparece duas vezes
field-relation-missing = não há nenhuma organização «{ $slug }» no registo
field-event-year =
    { $year } não coincide com o { $other ->
        [founded_year] ano de fundação
       *[other] ano de encerramento
    } { $expected }

## Contributos e moderação

field-note-required = diga o que mudou e como o sabe
field-note-too-long = no máximo { $max } caracteres
field-correction-target = não há nenhuma organização «{ $slug }» para corrigir
field-reason-required = indique um motivo; ficará registado
field-honeypot = tem de ficar vazio

## Um conteúdo ou formulário que não se consegue ler

field-json-invalid = não é JSON válido: { $reason }
field-json-object = tem de ser um objeto JSON
field-json-string = tem de ser uma cadeia de texto
field-json-unreadable = não se consegue ler: { $reason }
field-form-unreadable = não se consegue ler: { $reason }
