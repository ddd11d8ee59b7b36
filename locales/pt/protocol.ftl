# Respostas a pedidos que o site não pode aceitar tal como chegam.

## 405

problem-method-not-allowed = Método não permitido
method-not-allowed-detail = Este endereço não responde a pedidos { $method }; o cabeçalho Allow indica os métodos a que responde.
method-not-allowed-problem = O endereço não responde a este método; o cabeçalho Allow indica aqueles a que responde.

## 413

problem-payload-too-large = Pedido demasiado grande
# $limit: em kilobytes.
payload-too-large-detail = O pedido excede { $limit } KB, o máximo que este site lê. Nada foi guardado.
payload-too-large-problem = O corpo do pedido excede o que o site lê; nada foi lido nem guardado.

## 415 e 400

unsupported-body-type = Este endereço não aceita um corpo de pedido deste tipo.
body-unreadable = não foi possível ler o corpo do pedido
path-not-utf8 = não é um texto válido depois de descodificada a codificação por percentagem (tem de ser UTF-8)
path-not-number = «{ $value }» não é um número
param-lang = «{ $value }» não é uma língua deste site; use uma destas: { $known }
param-empty = está vazio; omita antes o parâmetro
