# Los vocabularios del registro: la etiqueta de cada valor y su definición como atributo.
# Las claves son `<vocabulario>-<slug>`; los slugs son los de la API y no cambian nunca.

## Categoría: las cinco categorías del trabajo liderado por personas usuarias, según el artículo.
category-mutual_aid = Ayuda mutua
    .definition = Confraternidades en las que personas usuarias actuales y antiguas se apoyan entre sí.
category-recovery_enterprise = Empresa de recuperación
    .definition = Comunidades y redes de recuperación: vivienda con apoyo, cafés de recuperación, empresas sociales, programas de empleo y apoyo entre pares.
category-harm_reduction = Reducción de daños
    .definition = Personas usuarias actuales o antiguas que ofrecen información, consejo y medios para usar drogas de forma más segura.
category-advocacy = Incidencia
    .definition = Defender los derechos y un trato justo para las personas que usan drogas.
category-research = Investigación
    .definition = Investigaciones dirigidas por pares sobre la vida y las experiencias de tratamiento de las personas que usan drogas.

## Ámbito: hasta dónde llega el trabajo de una organización.
scope-local = Local
    .definition = Trabaja en una ciudad o zona.
scope-regional = Regional
    .definition = Trabaja en varias ciudades o zonas de un país, sin abarcarlo entero.
scope-national = Nacional
    .definition = Trabaja en todo un país.
scope-european = Europeo
    .definition = Una red u organización que trabaja en toda Europa.
scope-international = Internacional
    .definition = Trabaja en todo el mundo.

## Estado: si una organización sigue funcionando, hasta donde sabe el registro.
status-active = Activa
    .definition = Se sabe que está en funcionamiento.
status-inactive = Inactiva
    .definition = Se sabe que ha dejado de funcionar o se ha fusionado con otra organización.
status-unknown = Desconocido
    .definition = No se ha comprobado recientemente; puede que siga funcionando o no.

## Grado: hasta qué punto una organización está liderada por personas que usan o han usado drogas.
degree-user_led = Liderado por personas usuarias
    .definition = Predominantemente diseñado y llevado a cabo por personas que usan o han usado drogas.
degree-jointly_led = Liderado conjuntamente
    .definition = Gestionado conjuntamente por personas que usan o han usado drogas y personas que no las usan.
degree-formalised = Formalizado
    .definition = Fundado por personas usuarias, hoy es una organización formal gestionada sobre todo por personal remunerado.
degree-peer_delivered = Realizado por pares
    .definition = Dirigido por profesionales o una entidad, con el trabajo realizado por pares.
degree-unclear = Sin determinar
    .definition = Las fuentes no dicen quién dirige la organización.

## Perfil: los ámbitos de consumo a los que atiende una organización.
profile-street_drugs = Drogas de calle
    .definition = Personas que usan opiáceos, cocaína y otras drogas asociadas al uso problemático.
profile-party_drugs = Drogas de fiesta
    .definition = Personas que usan drogas en fiestas, clubes y festivales.
profile-psychedelics = Psicodélicos
    .definition = Personas que usan drogas psicodélicas.
profile-cannabis = Cannabis
    .definition = Personas que usan cannabis.
profile-all_drugs = Todas las drogas
    .definition = Personas que usan cualquier droga, legal o ilegal.

## Actividad: lo que hace una organización.
activity-twelve_step_meetings = Reuniones de 12 pasos
    .definition = Reuniones de confraternidad que siguen un programa de doce pasos.
activity-peer_support_meetings = Reuniones de apoyo entre pares
    .definition = Reuniones de grupo periódicas en las que personas que usan o han usado drogas se apoyan entre sí.
activity-online_support = Apoyo en línea
    .definition = Apoyo, reuniones o foros ofrecidos por internet.
activity-live_chat_support = Apoyo por chat en directo
    .definition = Apoyo en tiempo real por chat para personas que están pasando un mal momento.
activity-therapeutic_community = Comunidad terapéutica
    .definition = Una comunidad residencial en la que los residentes viven, trabajan y se recuperan juntos.
activity-supported_housing = Vivienda con apoyo
    .definition = Alojamiento libre de drogas con el apoyo de pares en recuperación.
activity-recovery_cafe = Café de recuperación
    .definition = Un centro o café de recuperación con actividades sociales y apoyo de fácil acceso.
activity-employment_training = Empleo y formación
    .definition = Educación, formación profesional, empresas sociales y empleos.
activity-recovery_coaching = Coaching de recuperación
    .definition = Apoyo individual de un coach que también está en recuperación.
activity-naloxone_training = Formación en naloxona
    .definition = Formar a personas para usar la naloxona y revertir una sobredosis de opioides.
activity-safer_use_education = Educación para un consumo más seguro
    .definition = Información y formación sobre el consumo de drogas más seguro y el sexo más seguro.
activity-syringe_distribution = Distribución de jeringuillas
    .definition = Intercambio de agujas y jeringuillas, material estéril y recogida de material desechado.
activity-drug_checking = Análisis de sustancias
    .definition = Analizar pastillas y otras sustancias para decir a las personas lo que contienen.
activity-festival_support = Apoyo en festivales y eventos
    .definition = Información y apoyo en crisis en fiestas y festivales.
activity-hiv_hepatitis_testing = Pruebas de VIH y hepatitis
    .definition = Pruebas de VIH, hepatitis y otras infecciones.
activity-wound_care_health = Cura de heridas y atención sanitaria básica
    .definition = Cura de heridas, enfermería y atención sanitaria básica.
activity-food = Alimentación
    .definition = Ofrecer comidas o alimentos.
activity-legal_aid = Asistencia jurídica
    .definition = Ayuda con problemas legales.
activity-housing_help = Ayuda con la vivienda
    .definition = Ayuda para encontrar o conservar una vivienda.
activity-treatment_help = Ayuda con el tratamiento
    .definition = Ayuda para acceder a un tratamiento, elegirlo y mantenerse en él, incluido el tratamiento de sustitución.
activity-lobbying = Incidencia política
    .definition = Trabajar ante gobiernos e instituciones para cambiar leyes y políticas.
activity-awareness_campaigns = Campañas de sensibilización
    .definition = Campañas públicas, manifestaciones y trabajo con medios de comunicación.
activity-peer_research = Investigación entre pares
    .definition = Investigación diseñada o llevada a cabo por personas que usan o han usado drogas.
activity-service_audits = Auditorías de servicios
    .definition = Cliente misterioso y otras evaluaciones de la calidad de los servicios.
activity-outreach = Trabajo de proximidad
    .definition = Ir al encuentro de las personas donde están, en la calle o en otros lugares.
activity-individual_advocacy = Defensa individual de derechos
    .definition = Defender a personas concretas en su relación con servicios y administraciones.
activity-drug_information = Información sobre drogas
    .definition = Material de consulta como wikis, tablas de combinaciones y bases de datos de pastillas analizadas.

## Visibilidad: quién puede ver una organización. El estigma hace que algunas organizaciones eviten ser vistas.
visibility-listed = Listada
    .definition = Se muestra completa.
visibility-discreet = Discreta
    .definition = Solo se muestran su nombre, sus categorías y sus países: sin ciudad, web ni contacto.
visibility-unlisted = No listada
    .definition = Nunca se muestra; solo se cuenta en las estadísticas.

## Hecho: lo que ocurrió en la vida de una organización.
event_kind-founded = Fundación
    .definition = Se fundó la organización.
event_kind-formalised = Formalización
    .definition = La organización se convirtió en una entidad formal, por ejemplo con personal remunerado o una forma jurídica.
event_kind-renamed = Cambio de nombre
    .definition = La organización adoptó un nombre nuevo.
event_kind-degree_changed = Grado reevaluado
    .definition = Se volvió a evaluar hasta qué punto la lideran personas usuarias.
event_kind-status_changed = Cambio de estado
    .definition = La moderación cambió su estado (activa o no), por el motivo indicado.
event_kind-merged = Fusión
    .definition = La organización se fusionó con otra.
event_kind-ended = Cese
    .definition = La organización dejó de funcionar.
event_kind-other = Otro
    .definition = Cualquier otro hecho que merezca constar.

## Relación: cómo se relaciona una organización con otra; se lee «esta organización es <relación> la otra».
relation_kind-member_of = Miembro de
    .definition = Esta organización es miembro de la otra.
relation_kind-partner_of = Socia de
    .definition = Las dos organizaciones trabajan juntas.
relation_kind-founded_by = Fundada por
    .definition = La otra organización fundó esta.
relation_kind-succeeded_by = Continuada por
    .definition = La otra organización continuó el trabajo de esta.

## Tipo de nombre: qué clase de otro nombre es un alias.
alias_kind-abbreviation = Sigla
    .definition = Una forma corta del nombre.
alias_kind-full_name = Nombre completo
    .definition = El nombre escrito por extenso de una organización conocida por una forma abreviada.
alias_kind-original_name = Nombre original
    .definition = El nombre en la lengua propia de la organización.
alias_kind-translation = Traducción
    .definition = Una traducción del nombre.
alias_kind-former_name = Nombre anterior
    .definition = Un nombre que la organización usaba antes.
alias_kind-other = Otro nombre
    .definition = Cualquier otro nombre por el que se la conoce.
