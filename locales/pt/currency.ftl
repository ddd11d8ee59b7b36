# Quão atual é uma ficha: confirmações junto da própria organização e estado das suas ligações
# (`userled check-links`). Páginas da moderação e notas discretas na página de uma ficha.

## A página de uma ficha

currency-month-year = { $month ->
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
currency-link-note = { $status ->
        [broken] Esta ligação deu um erro ({ $code }) quando foi verificada em { $date }.
       *[other] Esta ligação não respondeu quando foi verificada em { $date }.
    }

## Moderação: ligações que não funcionaram

currency-links-title = Ligações que não funcionaram
currency-links-description = Sítios web e fontes que a última verificação encontrou avariados, inacessíveis ou mudados.
currency-links-lead = O que encontrou a última passagem do verificador de ligações. Um sítio que não respondeu uma vez pode responder amanhã: confirme antes de alterar a ficha.
currency-links-failing-heading = Avariadas ou inacessíveis
currency-links-none-failing = Todas as ligações verificadas responderam.
currency-links-redirected-heading = Mudadas
currency-links-redirected-lead = Estas ligações ainda funcionam, mas levam a outro endereço. Considere usar o novo.
currency-links-none-redirected = Nenhuma ligação verificada leva a outro lado.
currency-links-organisation = Organização
currency-links-place = Onde
currency-links-address = Ligação
currency-links-result = Resultado
currency-links-checked = Verificada
currency-place-website = Sítio web
currency-place-source = Fonte
currency-place-event = Fonte na cronologia
currency-result-broken = Erro { $code }
currency-result-dns = Nome não encontrado
currency-result-connect = Sem ligação ao servidor
currency-result-timeout = Sem resposta a tempo
currency-result-redirects = Demasiados redirecionamentos
currency-result-other = Sem resposta
currency-result-redirected = Leva agora a
currency-result-ok = Funciona

## Moderação: fichas a confirmar

currency-due-title = A confirmar
currency-due-description = Fichas nunca confirmadas junto da própria organização, ou não há muito tempo.
currency-due-lead = { $count ->
        [one] Fichas nunca confirmadas junto da própria organização, ou confirmadas pela última vez há mais de um dia, das mais antigas para as mais recentes.
       *[other] Fichas nunca confirmadas junto da própria organização, ou confirmadas pela última vez há mais de { $count } dias, das mais antigas para as mais recentes.
    }
currency-due-count = { $count ->
        [0] Nenhuma está por confirmar.
        [one] { $count } ficha está por confirmar.
       *[other] { $count } fichas estão por confirmar.
    }
currency-due-more = { $count ->
        [one] Mais { $count } está por confirmar e aparecerá quando estas estiverem confirmadas.
       *[other] Mais { $count } estão por confirmar e aparecerão quando estas estiverem confirmadas.
    }
currency-due-none = Nenhuma ficha está por confirmar.
currency-due-never = nunca
currency-due-last-checked = Última confirmação:
currency-due-note = Como confirmou?
    .hint = Por exemplo: por telefone, ou o próprio sítio web foi atualizado este ano. Aparece no histórico da ficha.
currency-due-mark = Marcar como confirmada hoje
currency-check-note-required = Indique como confirmou a ficha.
currency-already-checked-today = { $name } já foi marcada hoje como confirmada.

## Moderação: editar uma ficha

currency-edit-reason = Motivo desta alteração
    .hint = Aparece no histórico da ficha. Necessário se alterar o estado: fica registado, com data, na cronologia da ficha.
currency-status-reason-required = Alterou o estado: indique porquê em «Motivo desta alteração», no fim do formulário.
