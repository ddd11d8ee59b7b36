# Respostas a um pedido que chegou ao mesmo tempo que outros.

## 503: a base de dados ficou bloqueada por outras alterações (uma importação, por exemplo) mais tempo do que uma escrita espera.

problem-busy = O registo está ocupado
busy-detail =
    O registo está a guardar outras alterações, por isso nada foi guardado. { $count ->
        [one] Tente novamente dentro de { $count } segundo.
       *[other] Tente novamente dentro de { $count } segundos.
    }
busy-problem = A base de dados esteve ocupada com outras alterações durante demasiado tempo, por isso nada foi guardado; Retry-After indica quando tentar novamente.

## 409: já foi tomada uma decisão sobre o contributo (por outra pessoa moderadora, ou noutro separador).

conflict-already-decided =
    { $decision ->
        [approved] O contributo { $reference } já foi aprovado por { $moderator }; a sua decisão não foi registada.
       *[rejected] O contributo { $reference } já foi rejeitado por { $moderator }; a sua decisão não foi registada.
    }
