# Respuestas a una solicitud que llegó al mismo tiempo que otras.

## 503: la base de datos siguió bloqueada por otros cambios (una importación, por ejemplo) más tiempo del que espera una escritura.

problem-busy = El registro está ocupado
busy-detail =
    El registro está guardando otros cambios, así que no se ha guardado nada. { $count ->
        [one] Vuelva a intentarlo dentro de { $count } segundo.
       *[other] Vuelva a intentarlo dentro de { $count } segundos.
    }
busy-problem = La base de datos estuvo ocupada con otros cambios demasiado tiempo, así que no se guardó nada; Retry-After indica cuándo volver a intentarlo.

## 409: ya se ha decidido sobre la contribución (otra persona moderadora, u otra pestaña, lo hizo antes).

conflict-already-decided =
    { $decision ->
        [approved] { $moderator } ya ha aprobado la contribución { $reference }; su decisión no se ha registrado.
       *[rejected] { $moderator } ya ha rechazado la contribución { $reference }; su decisión no se ha registrado.
    }
