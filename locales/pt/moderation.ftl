# A decisão na página de revisão e a legenda do mapa na página de estatísticas.

## A página de revisão: primeiro decidir, depois editar mais abaixo.

moderation-decision-heading = Decidir
moderation-approve-as-is = Aprovar tal como está
moderation-approve-errors = Não foi possível aprovar tal como está: o formulário abaixo indica o que corrigir.
moderation-reject-reason = Motivo da rejeição
moderation-reject-reason-hint = A pessoa que a enviou vê este motivo na página da sua referência.
moderation-edit-link = Ou corrigi-la primeiro, no formulário abaixo.
moderation-edit-lead = A ficha é publicada tal como este formulário a descreve. Altere o que for preciso e depois aprove.

## A legenda do mapa da Europa na página de estatísticas: o que representa cada tonalidade.

moderation-map-legend-heading = O que significam as tonalidades
moderation-map-legend-none = Nenhuma organização
moderation-map-legend-exactly =
    { $count ->
        [one] { $count } organização
       *[other] { $count } organizações
    }
moderation-map-legend-range = De { $from } a { $to } organizações
