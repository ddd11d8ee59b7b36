# Listas de resultados, filtros, a ficha de uma organização, o seu histórico, o feed.
# Em português europeu 0 leva plural; as regras de plural comuns tratam-no como singular,
# por isso as mensagens com $count têm uma variante [0] própria.

## Datas

show-date = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[other] dezembro
    } de { $year }

## A lista de organizações, as páginas de categoria e de país

list-heading = Organizações
list-description = Pesquisar no registo de organizações lideradas por pessoas que usam drogas.
list-count = { $count ->
        [0] 0 organizações
        [one] { $count } organização
       *[other] { $count } organizações
    }
list-count-query = { $count ->
        [0] 0 organizações correspondem a «{ $query }»
        [one] { $count } organização corresponde a «{ $query }»
       *[other] { $count } organizações correspondem a «{ $query }»
    }
list-counted = { $count ->
        [0] O registo ainda não inclui nenhuma.
        [one] O registo inclui uma.
       *[other] O registo inclui { $count }.
    }
list-country-intro = { $country }: organizações lideradas por pessoas que usam drogas, com sede ou atividade neste país.
list-search-label = Pesquisar por nome, cidade, atividade ou fonte
list-search-button = Pesquisar
list-sort-label = Ordenar por
list-sort-apply = Aplicar
list-results-heading = Resultados
list-jump-to-facets = Restringir ou alargar os resultados
list-facets-heading = Restringir ou alargar
list-facet-selected = selecionado; selecione de novo para retirar
list-filters-label = Filtros aplicados
list-filter = { $name }: { $value }
list-filter-from-words = A partir das palavras «{ $words }» da sua pesquisa
list-filter-remove = retirar este filtro
list-clear-filters = Limpar tudo
list-founded-between = de { $from } a { $to }
list-founded-from = { $from } ou depois
list-founded-to = { $to } ou antes
list-filter-evaluated = Com avaliação
list-filter-not-evaluated = Sem avaliação
list-empty-heading = Nenhuma organização corresponde a esta pesquisa
list-suggestion-before = Queria dizer
list-suggestion-after = ?
list-empty-spelling = Verifique a ortografia ou pesquise com menos palavras ou palavras mais curtas: a última palavra é procurada pelo seu início, por isso «narco» encontra «Narcotics Anonymous».
list-empty-filters-before = Retire um dos filtros acima ou
list-empty-filters-link = pesquise sem filtros
list-empty-filters-after = .
list-empty-browse = Ver todas as organizações
list-empty-browse-or = { " " }ou
list-empty-about = ler o que o registo abrange
list-empty-about-after = .
list-pages-label = Páginas
list-previous = ← Anterior
list-next = Seguinte →
list-page-of = Página { $page } de { $count }
list-downloads = Descarregar esta pesquisa:
list-card-degree = Grau de liderança por pessoas que usam drogas:
list-card-founded = Fundada em { $year }
list-card-discreet = Registada de forma discreta

## Filtros: os seus nomes

facet-category = Categoria
facet-country = País
facet-degree = Grau de liderança por pessoas que usam drogas
facet-status = Estado
facet-activity = Atividade
facet-decade = Fundação
facet-scope = Âmbito
facet-decade-value = década de { $decade }

## Ordenações

sort-relevance = Mais relevantes
sort-name = Nome
sort-founded = Mais antigas primeiro
sort-founded-desc = Mais recentes primeiro
sort-updated = Atualizadas recentemente

## A ficha de uma organização

show-title = { $name } – userled
show-description-discreet = { $name } no registo de organizações lideradas por pessoas que usam drogas.
show-citation = «{ $name }». Em: userled, o registo de organizações lideradas por pessoas que usam drogas. { $url } (ficha atualizada em { $date }). Licença: CC BY 4.0.
show-breadcrumb-label = Percurso de navegação
show-aliases = Também conhecida como:
show-countries = Países
show-countries-inline = Países:
show-city = Cidade ou zona
show-scope = Âmbito
show-founded = Fundação
show-not-known = desconhecida
show-ended = Encerramento
show-status = Estado
show-degree = Grau de liderança por pessoas que usam drogas
show-degree-note-separator = :
show-profiles = Perfil de consumo
show-website = Sítio web
show-verified = Última verificação
show-not-verified = ainda não confirmada junto da própria organização
show-activities-heading = O que faz
show-related-heading = Organizações relacionadas
show-related-member-of = Membro de
show-related-has-member = Tem como membro
show-related-partner-of = Parceira de
show-related-founded-by = Fundada por
show-related-founded = Fundou
show-related-succeeded-by = Substituída por
show-related-succeeded = Sucessora de
show-evaluations-heading = Avaliações
show-evaluation-participants = { $count ->
        [0] 0 participantes
        [one] { $count } participante
       *[other] { $count } participantes
    }
show-figures-heading = Em números
show-timeline-heading = Cronologia
show-timeline-founded = Fundação
show-timeline-founded-text = Fundação de { $name }.
show-timeline-figure = Número
show-timeline-figure-text = { $label }: { $value }
show-timeline-evaluation = Avaliação
show-timeline-evaluation-text = { $citation }: { $finding }
show-timeline-ended = Encerramento
show-timeline-ended-text = { $name } cessa a atividade.
show-timeline-source = fonte
show-sources-heading = Fontes
show-discreet-notice = Esta organização pediu para ser registada de forma discreta. O registo mostra apenas o seu nome, as suas categorias e os seus países.
show-cite-heading = Citar esta ficha
show-updated = Última atualização: { $date }.
show-json-before = Também em
show-json-after = .
show-improve-heading = Manter esta ficha correta
show-suggest-correction = Propor uma correção
show-history-link = Ver o histórico

## O histórico de uma organização

history-title = Histórico de { $name } – userled
history-description = Todas as alterações à ficha de { $name }.
history-heading = Histórico de { $name }
history-breadcrumb = Histórico
history-signed-in = Sessão iniciada como
history-queue = Fila
history-edit-entry = Editar esta ficha
history-discreet-notice = Esta organização está registada de forma discreta: o histórico mostra quando a ficha mudou, não o que mudou.
history-empty = Não foi registada nenhuma alteração desde a primeira publicação desta ficha.
history-revision = Versão { $number }
history-current = atual
history-when = { $date }, { $time } UTC
history-revision-meta = { $when } · { $action } · por { $actor } · { $summary }
history-fields-changed = { $count ->
        [0] 0 campos alterados
        [one] { $count } campo alterado
       *[other] { $count } campos alterados
    }
history-column-field = Campo
history-column-before = Antes
history-column-after = Depois
history-restore = Repor a versão { $number }
history-action-baseline = Primeiro estado registado
history-action-import = Importada
history-action-approval = Contribuição aprovada
history-action-edit = Editada pela moderação
history-action-restore = Reposta
history-summary-approved = Contribuição { $reference } aprovada
history-summary-restored = Versão { $number } reposta
history-summary-edited = Editada
history-summary-seed = Carregada a partir dos dados iniciais
history-summary-import = Importada de um ficheiro do registo
history-summary-baseline = A ficha tal como estava antes de se guardar o histórico
history-field-slug = Nome no endereço
history-field-name = Nome
history-field-aliases = Outros nomes
history-field-description = Descrição
history-field-categories = Categorias
history-field-countries = Países
history-field-city = Cidade ou zona
history-field-scope = Âmbito
history-field-founded-year = Fundação
history-field-status = Estado
history-field-ended-year = Encerramento
history-field-user-led-degree = Grau de liderança por pessoas que usam drogas
history-field-degree-note = Justificação do grau
history-field-user-profiles = Perfis de consumo
history-field-activities = Atividades
history-field-website = Sítio web
history-field-visibility = Visibilidade
history-field-last-verified = Última verificação
history-field-sources = Fontes
history-field-evaluations = Avaliações
history-field-facts = Números
history-field-relations = Organizações relacionadas
history-field-events = Acontecimentos
history-part = { $part }: { $value }
history-part-name = Nome
history-part-language = Língua
history-part-kind = Tipo
history-part-url = Endereço
history-part-title = Título
history-part-note = Nota
history-part-citation = Referência
history-part-year = Ano
history-part-design = Desenho do estudo
history-part-sample-size = Dimensão da amostra
history-part-finding = Resultado
history-part-label = Designação
history-part-value = Valor
history-part-target = Organização
history-part-source-url = Fonte

## O feed Atom

feed-heading = userled: organizações novas e alteradas
feed-subtitle = O registo de organizações lideradas por pessoas que usam drogas
feed-entry-summary = { $categories } · { $countries }
