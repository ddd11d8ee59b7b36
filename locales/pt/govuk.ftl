# O formulário de organizações segundo os padrões do GOV.UK Design System.

## Marcas e regras

form-optional-mark = (opcional)
form-optional-rule = Responda a todas as perguntas que não estejam marcadas como (opcional).

## Listas repetíveis

form-row-aliases = Outro nome { $number }
form-row-sources = Fonte { $number }
form-row-evaluations = Avaliação { $number }
form-row-facts = Número { $number }
form-row-relations = Organização relacionada { $number }
form-row-events = Acontecimento { $number }
form-remove = Retirar
form-add-aliases =
    { $count ->
        [0] Acrescentar um nome
       *[other] Acrescentar outro nome
    }
form-add-countries = Acrescentar outro país
form-add-sources = Acrescentar outra fonte
form-add-evaluations =
    { $count ->
        [0] Acrescentar uma avaliação
       *[other] Acrescentar outra avaliação
    }
form-add-facts =
    { $count ->
        [0] Acrescentar um número
       *[other] Acrescentar outro número
    }
form-add-relations =
    { $count ->
        [0] Acrescentar uma organização relacionada
       *[other] Acrescentar outra organização relacionada
    }
form-add-events =
    { $count ->
        [0] Acrescentar um acontecimento
       *[other] Acrescentar outro acontecimento
    }
submit-confirm-send = Confirmar e enviar

## Mensagens de erro

form-error-name-required = Escreva o nome da organização
form-error-description-required = Escreva uma descrição da organização
form-error-degree_note-required = Diga numa frase como sabe até que ponto é liderada por pessoas que usam drogas
form-error-aliases-name-required = Escreva o outro nome, ou retire esta linha
form-error-sources-title-required = Escreva o título da fonte, tal como lá aparece
form-error-evaluations-citation-required = Escreva a referência da avaliação, ou retire esta linha
form-error-evaluations-finding-required = Escreva o que a avaliação concluiu
form-error-facts-label-required = Escreva o que o número conta, ou retire esta linha
form-error-facts-value-required = Escreva o número em algarismos
form-error-events-year-required = Escreva o ano do acontecimento
form-error-events-note-required = Descreva o acontecimento em poucas palavras
form-error-required = Preencha este campo, ou retire a sua linha
form-error-url = Escreva um endereço web que comece por https://
form-error-url-too-long = Escreva um endereço web com { $max } caracteres no máximo
form-error-year-number = Escreva o ano em algarismos, por exemplo 1994
form-error-number = Escreva um número inteiro, por exemplo 120
form-error-year-range = Escreva um ano entre { $earliest } e { $latest }
form-error-not-positive = Escreva um número maior do que 0
form-error-choose = Escolha uma das opções da lista
form-error-relation-target = Escreva a última parte do endereço da organização no registo, por exemplo jes-network
form-error-language-code = Escreva a língua com o seu código de duas ou três letras minúsculas, por exemplo da para dinamarquês
form-error-language-required = Escreva o código da língua deste nome, por exemplo da para dinamarquês
form-error-date = Escreva a data como ano, mês e dia, por exemplo 2026-03-14
form-error-date-future = Escreva uma data de hoje ou do passado
form-error-email = Escreva um endereço de email como nome@example.org, ou deixe o campo vazio
form-error-control-characters = Retire os caracteres de controlo invisíveis copiados com o texto
form-error-too-long = Encurte isto para { $max } caracteres no máximo
form-error-too-many = Não indique mais de { $max }
form-error-name-letters = Escreva um nome que contenha letras ou algarismos
form-error-categories-required = Escolha pelo menos uma categoria
form-error-ended-before-founded = Escreva um ano de fim que não seja anterior ao ano de fundação ({ $founded })
form-error-ended-but-active = Escolha um estado que não seja ativa, ou deixe vazio o ano de fim
form-error-degree-required = Escolha até que ponto é liderada por pessoas que usam drogas (Pouco claro se as fontes não o disserem)
form-error-sources-required = Indique pelo menos uma fonte: o endereço web e o título de uma página que sustente esta entrada
form-error-relation-to-itself = Escreva outra organização: uma organização não pode estar relacionada consigo própria
form-error-relation-twice = Retire esta linha: a mesma relação já está indicada acima
form-error-relation-missing = Escreva o endereço de uma organização do registo: não há nenhuma em { $slug }
form-error-event-year =
    { $other ->
        [founded_year] Escreva { $expected }, o ano de fundação, ou altere esse ano
       *[other] Escreva { $expected }, o ano de fim, ou altere esse ano
    }
form-error-note-required = Diga o que mudou e como sabe
form-error-correction-target = A organização { $slug } já não está no registo: acrescente-a antes como nova
form-error-reason-required = Diga porque faz esta alteração
form-error-honeypot = Deixe este campo vazio
form-error-unreadable = Não foi possível ler parte do formulário: verifique o que escreveu e envie-o de novo
