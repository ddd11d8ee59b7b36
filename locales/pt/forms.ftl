# O formulário das organizações (novas fichas, correções, edições da moderação)
# e as páginas de quem contribui.

## O resumo dos erros no topo do formulário

form-summary-title =
    { $count ->
        [one] Há um dado a corrigir
       *[other] Há { $count } dados a corrigir
    }
form-summary-item = { $field } – { $message }
form-summary-row = { $row }: { $column }

## Partes de cada campo

form-required = (obrigatório)
form-error-prefix = Erro:
form-not-known = Desconhecido

## As secções do formulário

form-section-organisation = A organização
form-section-work = O que faz
form-section-place = Onde e desde quando
form-section-leadership = Quem a lidera
form-section-sources = Fontes
form-section-more = Mais: avaliações, números, organizações relacionadas, cronologia
form-section-visibility = Visibilidade

## Os campos e as suas indicações

form-name = Nome
    .hint = O nome que a organização usa.
form-aliases = Outros nomes
    .hint = Siglas, o nome na sua própria língua (com o código da língua, por exemplo da), nomes anteriores.
form-aliases-name = Nome
form-aliases-language = Código da língua
form-aliases-kind = Tipo
form-description = Descrição
    .hint = Algumas frases: quem são e o que fazem.
form-website = Sítio web
    .hint = Por exemplo https://www.example.org (pode omitir https://).
form-categories = Categorias
    .hint = Escolha pelo menos uma.
form-activities = Atividades
form-user_profiles = A quem se dirige
form-countries = Países
    .hint = Onde tem sede ou onde trabalha. Deixe em branco para uma organização mundial sem sede.
form-country = País { $number }
form-city = Cidade ou zona
form-scope = Âmbito de atuação
form-founded_year = Ano de fundação
form-status = Estado
form-ended_year = Ano de encerramento
    .hint = Apenas se tiver deixado de funcionar.
form-user_led_degree = Em que medida é liderada por pessoas que usam ou usaram drogas?
form-degree_note = Como sabe?
    .hint = Uma frase como prova, por exemplo «a direção é eleita por membros que usam drogas».
form-sources = Fontes
    .hint = Pelo menos uma ligação que sustente esta ficha: as páginas da própria organização, um relatório, um artigo.
form-sources-url = Endereço web
    .hint = Da página ou do documento, por exemplo https://www.example.org/relatorio.
form-sources-title = Título
    .hint = O título tal como lá aparece, numa linha, com 200 caracteres no máximo.
form-sources-note = Nota
form-evaluations = Avaliações
    .hint = Estudos sobre o trabalho da organização: quem os escreveu, quando, com que método e o que concluíram.
form-evaluations-citation = Referência, por exemplo «Castrignano 2005»
form-evaluations-year = Ano
form-evaluations-design = Desenho do estudo
form-evaluations-sample_size = Dimensão da amostra
form-evaluations-finding = Resultado
form-facts = Números
    .hint = Números sobre a organização, com o ano a que se referem, se o souber.
form-facts-label = O que é contado
form-facts-value = Número
form-facts-year = Ano
form-facts-note = Nota
form-relations = Organizações relacionadas
    .hint = Outras organizações do registo, indicadas pela última parte do seu endereço (por exemplo jes-network).
form-relations-kind = Relação
form-relations-target = Organização (final do seu endereço)
form-events = Cronologia
    .hint = Acontecimentos datados: quando se formalizou, mudou de nome, se fundiu ou encerrou.
form-events-year = Ano
form-events-kind = O que aconteceu
form-events-note = Descrição
form-events-source_url = Ligação para a fonte
form-last_verified = Última verificação
    .hint = Quando esta ficha foi confirmada pela última vez junto da própria organização.
form-visibility = Que visibilidade deve ter?
    .hint = Algumas organizações têm boas razões para não serem vistas.

## Os campos de uma ficha pelo seu nome curto, para o resumo dos erros e as tabelas de alterações

form-field-slug = Endereço (slug)
form-field-name = Nome
form-field-aliases = Outros nomes
form-field-description = Descrição
form-field-categories = Categorias
form-field-countries = Países
form-field-city = Cidade ou zona
form-field-scope = Âmbito de atuação
form-field-founded_year = Ano de fundação
form-field-status = Estado
form-field-ended_year = Ano de encerramento
form-field-user_led_degree = Grau de liderança por pessoas que usam drogas
form-field-degree_note = Prova da liderança por pessoas que usam drogas
form-field-user_profiles = A quem se dirige
form-field-activities = Atividades
form-field-website = Sítio web
form-field-visibility = Visibilidade
form-field-last_verified = Última verificação
form-field-sources = Fontes
form-field-evaluations = Avaliações
form-field-facts = Números
form-field-relations = Organizações relacionadas
form-field-events = Cronologia
form-field-note = Nota para a moderação
form-field-contact_email = O seu email
form-field-form = O formulário
form-field-record = A ficha
form-field-leave_this_empty = Campo a deixar em branco

## A página de contribuição: uma organização nova ou uma correção

submit-title = Acrescentar uma organização
submit-correction-title = Sugerir uma correção a { $name }
submit-description = Contribua para o registo de organizações lideradas por pessoas que usam drogas. Cada contribuição é revista antes de ser publicada.
submit-lead = Fale-nos de um grupo concebido e dinamizado por pessoas que usam ou usaram drogas. A moderação revê cada ficha antes de a publicar. Não é preciso criar conta.
submit-correction-lead = Altere o que está errado ou em falta, e diga-nos como sabe. A moderação revê cada correção antes de a publicar, e o histórico da ficha guarda o que ela dizia antes.
submit-duplicates-title = É uma destas?
submit-duplicates-intro = O registo já inclui organizações com nomes semelhantes:
submit-duplicates-suggest = sugerir antes uma correção a esta
submit-duplicates-outro = Se a sua é outra organização, confirme-o abaixo e envie o formulário de novo.
submit-confirm-new = É uma organização diferente das indicadas acima
submit-moderators = Para a moderação
submit-note-correction = O que mudou, e como sabe?
submit-note = O que a moderação deve saber
submit-contact = O seu email
    .hint = Só a moderação o vê, para lhe poder fazer uma pergunta. É apagado assim que houver uma decisão sobre a sua contribuição.
submit-honeypot = Deixe este campo em branco
submit-send = Enviar para revisão
submit-send-correction = Enviar a correção

## A página a que volta quem contribui, com a sua referência

received-title = Contribuição { $reference }
received-description = A sua contribuição aguarda revisão.
received-pending-title = Obrigado: a sua contribuição aguarda revisão
received-pending-lead = A moderação vai revê-la antes de ser publicada.
received-approved-title = A sua contribuição foi publicada
received-see-entry = Ver a ficha
received-rejected-title = A sua contribuição não foi publicada
received-rejected-lead = A moderação decidiu não a publicar.
received-reference-before = A sua referência é
received-reference-after = . Guarde-a para perguntar pela sua contribuição, ou volte a esta página para ver se já houve uma decisão.
received-back = Voltar ao registo
received-add-another = Acrescentar outra organização
