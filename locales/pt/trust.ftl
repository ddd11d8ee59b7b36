# As páginas que dizem quem gere o registo e como trata as pessoas (contacto, privacidade,
# acessibilidade), o pedido para alterar, tornar discreta ou retirar uma ficha, e as ligações
# para elas.

## O rodapé de cada página.

trust-footer-contact = Contacto
trust-footer-privacy = Privacidade
trust-footer-accessibility = Acessibilidade

## Nas páginas de acompanhamento de contribuições e pedidos.

trust-reach = Para contactar a moderação, veja a { $link }.
trust-reach-link = página de contacto
trust-received-reason = O motivo da moderação

## /contact

contact-title = Contacto
contact-description = Quem gere este registo e como contactar a moderação.
contact-lead = O userled é gerido por um responsável, que o aloja e nomeia a equipa de moderação. A moderação lê cada contribuição e cada pedido antes de qualquer alteração no registo.
contact-operator-heading = Quem gere este registo
contact-operator-name = Gerido por
contact-operator-email = Email
contact-operator-address = Morada postal
contact-operator-missing = O responsável por este sítio ainda não indicou o seu nome nem os seus contactos. Até lá, os formulários abaixo continuam a chegar à moderação.
contact-moderators-heading = Como contactar a moderação
contact-moderators-email = Escreva para { $email }. A moderação lê estas mensagens; se tiver a referência de uma contribuição ou de um pedido, indique-a.
contact-moderators-no-email = A moderação ainda não tem endereço de email: use os formulários, que chegam diretamente à sua fila.
contact-entry = Sobre uma ficha: abra a sua página e siga «{ $link }». O seu pedido chega diretamente à fila de moderação, quer fale em nome da organização quer não.
contact-new = Para acrescentar uma organização, { $link }: nada é publicado antes de a moderação o aprovar.
contact-new-link = use o formulário
contact-reference = Sobre algo que enviou: a sua referência (por exemplo UL-ABCD-1234) permite à moderação encontrá-lo, e a sua página mostra se já houve uma decisão.
contact-more-heading = Ver também
contact-privacy-link = O que recolhemos e durante quanto tempo o guardamos (privacidade)
contact-accessibility-link = Declaração de acessibilidade

## /privacy

privacy-title = Privacidade
privacy-description = O que os formulários deste registo recolhem, para quê e durante quanto tempo.
privacy-lead = O userled pede o mínimo possível. Pode ler todas as páginas sem conta, e nada o segue.
privacy-forms-heading = O que os formulários recolhem
privacy-submission-heading = Acrescentar uma organização ou propor uma correção
privacy-submission-record = Os dados da organização que introduz. São publicados sob licença CC BY 4.0 quando a moderação os aprova; até lá, só a moderação os vê.
privacy-submission-note = A sua nota para a moderação. Só a moderação a lê. Fica com a contribuição nos seus registos depois da decisão, para que a decisão possa ser compreendida mais tarde.
privacy-submission-email = O seu endereço de email, se o indicar (é opcional). Serve apenas para as perguntas da moderação sobre a sua contribuição: só a moderação o vê, nunca é publicado nem registado nos registos do servidor, e é apagado assim que a contribuição é aprovada ou recusada.
privacy-submission-reason = Quando uma contribuição é recusada, o motivo da moderação aparece na sua página de acompanhamento, que qualquer pessoa com a referência pode abrir.
privacy-request-heading = Pedir que uma ficha seja alterada, tornada discreta ou retirada
privacy-request-content = O que pede e o seu motivo. Só a moderação lê o motivo. Fica com o pedido nos seus registos depois de o pedido ser encerrado.
privacy-request-email = O seu endereço de email, se o indicar: tal como nas contribuições, só para as perguntas da moderação, e apagado quando o pedido é encerrado.
privacy-request-note = A nota da moderação ao encerrar o pedido aparece na sua página de acompanhamento.
privacy-address-heading = O seu endereço IP
privacy-address = Para limitar quantas contribuições e pedidos um mesmo endereço IP pode enviar numa hora, e quantas tentativas de início de sessão num quarto de hora, o servidor conta-os por endereço na sua memória. O endereço nunca é escrito na base de dados nem nos registos do servidor, e é esquecido quando o servidor reinicia.
privacy-logs-heading = Registos do servidor
privacy-logs = O servidor regista cada pedido apenas com o método, o caminho da página e o estado da resposta: não os parâmetros de pesquisa (portanto, não o que pesquisou), não o seu endereço IP, não os seus cabeçalhos nem cookies. Os registos não contêm dados pessoais.
privacy-proxy = Se o responsável fizer funcionar o sítio atrás de um servidor web próprio, esse servidor pode manter os seus próprios registos de acesso; o responsável pode dizer-lhe o que guarda: veja a { $link }.
privacy-contact-link = página de contacto
privacy-cookies-heading = Cookies
privacy-cookies-lead = O userled não usa cookies de publicidade, de análise ou de rastreio, e não carrega nada de outros sítios. Usa três cookies, cada um com uma única finalidade:
privacy-cookie-csrf = Um código aleatório que mostra que um formulário foi enviado a partir deste sítio, para proteger os formulários contra a falsificação de pedidos entre sítios (CSRF). É criado quando abre um formulário e apagado quando fecha o navegador.
privacy-cookie-language = Lembra durante um ano que este sítio lhe propôs uma página na língua do seu navegador, para que a proposta não se repita. Contém apenas o valor 1.
privacy-cookie-session = Só para a moderação: mantém a sessão iniciada durante 8 horas. O servidor guarda apenas um hash dele.
privacy-moderators-heading = Moderação e cópias
privacy-moderators = Quem modera tem um nome de utilizador e uma palavra-passe, guardada apenas como hash argon2id. O nome de utilizador aparece no histórico público de cada ficha que alterou.
privacy-backups = As cópias da base de dados feitas pelo responsável (cópias de segurança) contêm o que a base continha nesse momento: um endereço de email apagado mais tarde continua numa cópia mais antiga até essa cópia ser eliminada.
privacy-rights-heading = Os seus direitos
privacy-rights = Pode perguntar ao responsável o que o registo contém sobre si, e pedir que seja corrigido ou apagado. Uma organização pode também pedir, a partir da página da sua ficha, que a ficha seja alterada, tornada discreta ou retirada.
privacy-rights-ask = Para o pedir, veja a { $link }.

## /accessibility

accessibility-title = Declaração de acessibilidade
accessibility-description = Quão acessível é este registo, como isso é verificado, o que se sabe que não funciona bem e como comunicar um problema.
accessibility-lead = O userled deve funcionar para todas as pessoas, incluindo quem usa um leitor de ecrã, apenas o teclado, ampliação ou controlo por voz, no telemóvel ou no computador.
accessibility-standard-heading = A norma
accessibility-standard = O nosso objetivo é cumprir as Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) 2.2, nível AA.
accessibility-how-heading = Como é verificado
accessibility-how-axe = Cada alteração é testada num navegador real: o axe-core, um verificador automático de acessibilidade, corre em cada tipo de página (início, resultados de pesquisa, uma ficha, os formulários com e sem erros, as páginas de moderação, estatísticas, uma página de erro), em inglês a 390 e 1280 píxeis de largura e nas outras sete línguas a 390 píxeis. Basta um único problema encontrado para o teste falhar.
accessibility-how-languages = Outros testes automáticos verificam também que cada página declara a sua língua e que as páginas nas outras sete línguas não mantêm nenhuma frase inglesa da interface.
accessibility-how-design = O sítio não precisa de JavaScript, mantém visível o foco do teclado, oferece uma ligação para saltar para o conteúdo e mostra cada erro de formulário junto ao respetivo campo.
accessibility-limits-heading = Limitações conhecidas
accessibility-limit-manual = As verificações automáticas só encontram uma parte dos problemas. O sítio ainda não foi testado por pessoas que usam leitores de ecrã, ampliação ou controlo por voz; as suas observações serão muito bem-vindas.
accessibility-limit-language = O texto das fichas (descrições, notas, fontes) está na língua em que foi escrito, sobretudo inglês, e ainda não está marcado com essa língua. Nas páginas noutras línguas, um leitor de ecrã pode por isso pronunciá-lo mal.
accessibility-limit-charts = Os gráficos da página de estatísticas são imagens para quem vê. Por baixo de cada um há uma tabela com os mesmos números, e cada país do mapa da Europa é uma ligação.
accessibility-limit-translations = As traduções da interface ainda não foram revistas por falantes nativos que trabalham na área, pelo que algumas formulações podem ser pouco claras.
accessibility-limit-external = Os sítios web das organizações e as fontes citadas nas fichas são outros sítios, por cuja acessibilidade não podemos responder.
accessibility-report-heading = Comunicar um problema
accessibility-report = Se alguma coisa neste sítio lhe for difícil ou impossível de usar, diga-nos. Ajuda indicar o endereço da página, o que estava a tentar fazer e o que usa (navegador, dispositivo, tecnologia de apoio).
accessibility-report-email = Escreva para { $email }.
accessibility-report-missing = O responsável por este sítio ainda não indicou um endereço de email para estas comunicações.
accessibility-report-contact = Outras formas de contactar a moderação estão na { $link }.

## O pedido para alterar, tornar discreta ou retirar uma ficha.

request-link = Pedir que esta ficha seja alterada, tornada discreta ou retirada
request-title = Pedido sobre { $name }
request-description = Peça à moderação que altere uma ficha, a torne discreta ou a retire.
request-lead = O seu pedido vai para a moderação, que o verifica antes de qualquer alteração. Não precisa de falar em nome da organização, mas diga-o se for o caso.
request-kind-legend = O que pede?
request-kind-change = Alterá-la
request-kind-change-hint = Algo na ficha está errado ou desatualizado.
request-kind-discreet = Torná-la discreta
request-kind-discreet-hint = Mostrar apenas o nome, as categorias e os países da organização, e nenhum outro dado.
request-kind-remove = Retirá-la
request-kind-remove-hint = Tirar a ficha do registo.
request-reason = Porquê, e o que deve mudar?
request-reason-hint = Só a moderação lê isto; não é publicado. Se fala em nome da organização, diga-o.
request-contact = O seu email (opcional)
request-contact-hint = Só caso a moderação precise de lhe perguntar alguma coisa. É apagado quando o seu pedido é encerrado.
request-privacy = O que acontece ao que envia: veja { $link }.
request-privacy-link = privacidade
request-send = Enviar o pedido
request-kind-required = Escolha o que pede: alterar a ficha, torná-la discreta ou retirá-la.
request-reason-required = Diga porquê, e o que deve mudar.
request-reason-too-long = Escreva no máximo { $max } caracteres.
request-outcome-required = Escolha se o pedido foi tratado ou recusado.
request-note-required = Diga porque é que o pedido é recusado: a pessoa que o fez vai ler esta nota.
request-not-found = Não há nenhum pedido com a referência { $reference }.
request-already-closed = O pedido { $reference } já foi encerrado por outra pessoa da moderação.

## A página de quem faz o pedido.

request-received-title = Pedido { $reference }
request-received-description = O seu pedido sobre uma ficha, e o que a moderação decidiu.
request-open-heading = Obrigado: o seu pedido aguarda a moderação
request-open-lead = Alguém da moderação vai lê-lo e decidir o que fazer.
request-done-heading = O seu pedido foi tratado
request-declined-heading = O seu pedido foi recusado
request-note-label = A nota da moderação
request-asked = Pedido
request-entry = Ficha
request-reference = A sua referência é { $reference }. Guarde-a para perguntar pelo seu pedido, ou volte a esta página para ver se já foi encerrado.

## As páginas da moderação.

request-queue-heading = Pedidos sobre fichas
request-queue-empty = Não há nenhum pedido aberto sobre uma ficha.
request-queue-waiting =
    { $count ->
        [one] Há um pedido aberto, o mais antigo primeiro.
       *[other] Há { $count } pedidos abertos, o mais antigo primeiro.
    }
request-queue-closed = Pedidos encerrados recentemente
request-status-open = aberto
request-status-done = tratado
request-status-declined = recusado
request-review-title = Pedido { $reference }
request-review-description = Um pedido sobre uma ficha, a encerrar como tratado ou recusado.
request-review-heading = Pedido sobre { $name }
request-review-reason = Motivo
request-review-edit = Editar a ficha
request-close-heading = Encerrar o pedido
request-close-legend = Resultado
request-close-done = Tratado: o que foi pedido está feito
request-close-declined = Recusado
request-close-note = Nota para quem fez o pedido
request-close-note-hint = Aparece na página de acompanhamento do pedido. Obrigatória se o pedido for recusado.
request-close = Encerrar o pedido
