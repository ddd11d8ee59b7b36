# Os vocabulários do registo: o rótulo de cada valor e a sua definição como atributo.
# As chaves são `<vocabulário>-<slug>`; os slugs são os da API e nunca mudam.

## Categoria: as cinco categorias do trabalho liderado por pessoas que usam drogas, segundo o artigo.
category-mutual_aid = Ajuda mútua
    .definition = Irmandades em que pessoas que usam ou usaram drogas se apoiam mutuamente.
category-recovery_enterprise = Empresa de recuperação
    .definition = Comunidades e redes de recuperação: habitação apoiada, cafés de recuperação, empresas sociais, programas de emprego e apoio de pares.
category-harm_reduction = Redução de danos
    .definition = Pessoas que usam ou usaram drogas dão informação, aconselhamento e meios para usar drogas de forma mais segura.
category-advocacy = Defesa de direitos
    .definition = Defender os direitos e um tratamento justo das pessoas que usam drogas.
category-research = Investigação
    .definition = Investigação conduzida por pares sobre a vida e as experiências de tratamento das pessoas que usam drogas.

## Âmbito: até onde chega o trabalho de uma organização.
scope-local = Local
    .definition = Trabalha numa cidade ou zona.
scope-regional = Regional
    .definition = Trabalha em várias cidades ou zonas de um país, sem o abranger todo.
scope-national = Nacional
    .definition = Trabalha em todo um país.
scope-european = Europeu
    .definition = Uma rede ou organização que trabalha em toda a Europa.
scope-international = Internacional
    .definition = Trabalha em todo o mundo.

## Estado: se uma organização continua a funcionar, tanto quanto o registo sabe.
status-active = Ativa
    .definition = Sabe-se que está em funcionamento.
status-inactive = Inativa
    .definition = Sabe-se que deixou de funcionar ou se fundiu noutra organização.
status-unknown = Desconhecido
    .definition = Não verificado recentemente; pode continuar a funcionar ou não.

## Grau: até que ponto uma organização é liderada por pessoas que usam ou usaram drogas.
degree-user_led = Liderado por pessoas que usam drogas
    .definition = Predominantemente concebido e realizado por pessoas que usam ou usaram drogas.
degree-jointly_led = Liderado em conjunto
    .definition = Gerido em conjunto por pessoas que usam ou usaram drogas e por pessoas que não as usam.
degree-formalised = Formalizado
    .definition = Fundado por pessoas que usam drogas, hoje é uma organização formal gerida sobretudo por pessoal remunerado.
degree-peer_delivered = Realizado por pares
    .definition = Liderado por profissionais ou por uma entidade, com o trabalho feito por pares.
degree-unclear = Pouco claro
    .definition = As fontes não dizem quem lidera a organização.

## Perfil: os contextos de consumo a que uma organização se dirige.
profile-street_drugs = Drogas de rua
    .definition = Pessoas que usam opiáceos, cocaína e outras drogas associadas a consumos problemáticos.
profile-party_drugs = Drogas de festa
    .definition = Pessoas que usam drogas em festas, discotecas e festivais.
profile-psychedelics = Psicadélicos
    .definition = Pessoas que usam drogas psicadélicas.
profile-cannabis = Canábis
    .definition = Pessoas que usam canábis.
profile-all_drugs = Todas as drogas
    .definition = Pessoas que usam qualquer droga, legal ou ilícita.

## Atividade: o que uma organização faz.
activity-twelve_step_meetings = Reuniões de 12 passos
    .definition = Reuniões de irmandade que seguem um programa de doze passos.
activity-peer_support_meetings = Reuniões de apoio de pares
    .definition = Reuniões de grupo regulares em que pessoas que usam ou usaram drogas se apoiam mutuamente.
activity-online_support = Apoio online
    .definition = Apoio, reuniões ou fóruns na internet.
activity-live_chat_support = Apoio por chat em direto
    .definition = Apoio em tempo real por chat para quem está a passar por um momento difícil.
activity-therapeutic_community = Comunidade terapêutica
    .definition = Uma comunidade residencial em que os residentes vivem, trabalham e fazem a sua recuperação em conjunto.
activity-supported_housing = Habitação apoiada
    .definition = Alojamento livre de drogas com o apoio de pares em recuperação.
activity-recovery_cafe = Café de recuperação
    .definition = Um centro ou café de recuperação com atividades sociais e apoio de fácil acesso.
activity-employment_training = Emprego e formação
    .definition = Educação, formação profissional, empresas sociais e empregos.
activity-recovery_coaching = Coaching de recuperação
    .definition = Apoio individual de um coach que está, ele próprio, em recuperação.
activity-naloxone_training = Formação em naloxona
    .definition = Ensinar a usar a naloxona para reverter uma overdose de opioides.
activity-safer_use_education = Educação para consumos mais seguros
    .definition = Informação e formação sobre consumo de drogas mais seguro e sexo mais seguro.
activity-syringe_distribution = Distribuição de seringas
    .definition = Troca de agulhas e seringas, material esterilizado e recolha de material abandonado.
activity-drug_checking = Análise de substâncias
    .definition = Analisar comprimidos e outras substâncias para dizer às pessoas o que contêm.
activity-festival_support = Apoio em festivais e eventos
    .definition = Informação e apoio em situações de crise em festas e festivais.
activity-hiv_hepatitis_testing = Rastreio de VIH e hepatites
    .definition = Rastreio do VIH, das hepatites e de outras infeções.
activity-wound_care_health = Tratamento de feridas e cuidados de saúde básicos
    .definition = Tratamento de feridas, enfermagem e cuidados de saúde básicos.
activity-food = Alimentação
    .definition = Fornecer refeições ou alimentos.
activity-legal_aid = Apoio jurídico
    .definition = Ajuda com problemas legais.
activity-housing_help = Apoio à habitação
    .definition = Ajuda para encontrar ou manter uma habitação.
activity-treatment_help = Apoio no tratamento
    .definition = Ajuda para aceder a um tratamento, escolhê-lo e mantê-lo, incluindo o tratamento de substituição.
activity-lobbying = Lobbying
    .definition = Trabalhar junto de governos e instituições para mudar leis e políticas.
activity-awareness_campaigns = Campanhas de sensibilização
    .definition = Campanhas públicas, manifestações e trabalho com a comunicação social.
activity-peer_research = Investigação entre pares
    .definition = Investigação concebida ou realizada por pessoas que usam ou usaram drogas.
activity-service_audits = Auditorias de serviços
    .definition = Cliente mistério e outras avaliações da qualidade dos serviços.
activity-outreach = Trabalho de proximidade
    .definition = Ir ao encontro das pessoas onde estão, na rua ou noutros locais.
activity-individual_advocacy = Defesa individual de direitos
    .definition = Defender pessoas concretas na sua relação com serviços e autoridades.
activity-drug_information = Informação sobre drogas
    .definition = Material de referência como wikis, tabelas de combinações e bases de dados de comprimidos analisados.

## Visibilidade: quem pode ver uma organização. O estigma leva algumas organizações a evitar ser vistas.
visibility-listed = Listada
    .definition = Mostrada na íntegra.
visibility-discreet = Discreta
    .definition = Mostrada apenas com nome, categorias e países: sem cidade, sítio web nem contacto.
visibility-unlisted = Não listada
    .definition = Nunca mostrada; apenas contada nas estatísticas.

## Acontecimento: o que aconteceu na vida de uma organização.
event_kind-founded = Fundação
    .definition = A organização foi fundada.
event_kind-formalised = Formalização
    .definition = A organização tornou-se uma entidade formal, por exemplo com pessoal remunerado ou uma forma jurídica.
event_kind-renamed = Mudança de nome
    .definition = A organização adotou um novo nome.
event_kind-degree_changed = Grau reavaliado
    .definition = Foi reavaliado até que ponto a organização é liderada por pessoas que usam drogas.
event_kind-status_changed = Estado alterado
    .definition = A moderação alterou o seu estado (ativa ou não), pelo motivo indicado.
event_kind-merged = Fusão
    .definition = A organização fundiu-se com outra.
event_kind-ended = Encerramento
    .definition = A organização deixou de funcionar.
event_kind-other = Outro
    .definition = Qualquer outro facto que valha a pena registar.

## Relação: como uma organização se relaciona com outra; lê-se «esta organização é <relação> a outra».
relation_kind-member_of = Membro de
    .definition = Esta organização é membro da outra.
relation_kind-partner_of = Parceira de
    .definition = As duas organizações trabalham em conjunto.
relation_kind-founded_by = Fundada por
    .definition = A outra organização fundou esta.
relation_kind-succeeded_by = Continuada por
    .definition = A outra organização continuou o trabalho desta.

## Tipo de nome: que tipo de outro nome é um alias.
alias_kind-abbreviation = Sigla
    .definition = Uma forma abreviada do nome.
alias_kind-full_name = Nome completo
    .definition = O nome por extenso de uma organização conhecida por uma forma abreviada.
alias_kind-original_name = Nome original
    .definition = O nome na língua da própria organização.
alias_kind-translation = Tradução
    .definition = Uma tradução do nome.
alias_kind-former_name = Nome anterior
    .definition = Um nome que a organização usava antes.
alias_kind-other = Outro nome
    .definition = Qualquer outro nome pelo qual é conhecida.
