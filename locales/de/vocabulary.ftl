# Die Vokabulare des Registers: die Bezeichnung jedes Werts und seine Definition als Attribut.
# Schlüssel sind `<vokabular>-<slug>`; die Slugs gehören der API und ändern sich nie.

## Kategorie: die fünf Kategorien nutzergeführter Arbeit aus dem Paper.
category-mutual_aid = Selbsthilfe
    .definition = Gemeinschaften, in denen aktuelle und ehemalige Drogengebrauchende einander unterstützen.
category-recovery_enterprise = Recovery-Unternehmen
    .definition = Recovery-Gemeinschaften und -Netzwerke: unterstütztes Wohnen, Recovery-Cafés, Sozialunternehmen, Beschäftigungsprojekte und Peer-Unterstützung.
category-harm_reduction = Schadensminimierung
    .definition = Aktuelle oder ehemalige Drogengebrauchende geben Informationen, Beratung und Mittel, um Drogen sicherer zu gebrauchen.
category-advocacy = Interessenvertretung
    .definition = Einsatz für die Rechte und eine faire Behandlung von Menschen, die Drogen gebrauchen.
category-research = Forschung
    .definition = Von Peers geleitete Untersuchungen zum Leben und zu den Behandlungserfahrungen von Menschen, die Drogen gebrauchen.

## Reichweite: wie weit eine Organisation wirkt.
scope-local = Lokal
    .definition = Arbeitet in einer Stadt oder Gegend.
scope-regional = Regional
    .definition = Arbeitet in mehreren Städten oder Gegenden eines Landes, aber nicht im ganzen Land.
scope-national = National
    .definition = Arbeitet im ganzen Land.
scope-european = Europäisch
    .definition = Ein Netzwerk oder eine Organisation, die europaweit arbeitet.
scope-international = International
    .definition = Arbeitet weltweit.

## Status: ob eine Organisation noch arbeitet, soweit das Register es weiß.
status-active = Aktiv
    .definition = Arbeitet bekanntermaßen.
status-inactive = Inaktiv
    .definition = Hat bekanntermaßen aufgehört oder ist in einer anderen Organisation aufgegangen.
status-unknown = Unbekannt
    .definition = In letzter Zeit nicht überprüft; sie arbeitet vielleicht noch, vielleicht nicht mehr.

## Grad der Führung: wie weit eine Organisation von Menschen geführt wird, die Drogen gebrauchen oder gebraucht haben.
degree-user_led = Von Drogengebrauchenden geführt
    .definition = Überwiegend von aktuellen oder ehemaligen Drogengebrauchenden gestaltet und umgesetzt.
degree-jointly_led = Gemeinsam geführt
    .definition = Gemeinsam von aktuellen oder ehemaligen Drogengebrauchenden und Menschen, die keine Drogen gebrauchen, betrieben.
degree-formalised = Formalisiert
    .definition = Von Drogengebrauchenden gegründet, heute eine formelle Organisation, die hauptsächlich von bezahlten Mitarbeitenden getragen wird.
degree-peer_delivered = Von Peers umgesetzt
    .definition = Von Fachleuten oder einer Einrichtung geleitet; die Arbeit leisten Peers.
degree-unclear = Unklar
    .definition = Die Quellen sagen nicht, wer sie leitet.

## Konsumszenen: die Szenen, für die eine Organisation da ist.
profile-street_drugs = Straßendrogen
    .definition = Menschen, die Opiate, Kokain und andere Drogen gebrauchen, die mit problematischem Konsum verbunden sind.
profile-party_drugs = Partydrogen
    .definition = Menschen, die Drogen auf Partys, in Clubs und auf Festivals gebrauchen.
profile-psychedelics = Psychedelika
    .definition = Menschen, die psychedelische Drogen gebrauchen.
profile-cannabis = Cannabis
    .definition = Menschen, die Cannabis gebrauchen.
profile-all_drugs = Alle Drogen
    .definition = Menschen, die irgendeine legale oder illegale Droge gebrauchen.

## Tätigkeit: was eine Organisation tut.
activity-twelve_step_meetings = 12-Schritte-Meetings
    .definition = Meetings einer Gemeinschaft, die einem Zwölf-Schritte-Programm folgen.
activity-peer_support_meetings = Peer-Support-Treffen
    .definition = Regelmäßige Gruppentreffen, in denen Menschen, die Drogen gebrauchen oder gebraucht haben, einander unterstützen.
activity-online_support = Online-Unterstützung
    .definition = Unterstützung, Meetings oder Foren im Internet.
activity-live_chat_support = Unterstützung im Live-Chat
    .definition = Unterstützung per Chat in Echtzeit für Menschen, denen es gerade schlecht geht.
activity-therapeutic_community = Therapeutische Gemeinschaft
    .definition = Eine Wohngemeinschaft, in der die Bewohnerinnen und Bewohner zusammen leben, arbeiten und genesen.
activity-supported_housing = Unterstütztes Wohnen
    .definition = Drogenfreies Wohnen mit Unterstützung durch Peers, die selbst in Recovery sind.
activity-recovery_cafe = Recovery-Café
    .definition = Ein Recovery-Zentrum oder -Café mit geselligen Angeboten und niedrigschwelliger Unterstützung.
activity-employment_training = Arbeit und Ausbildung
    .definition = Bildung, Berufsausbildung, Sozialunternehmen und Arbeitsplätze.
activity-recovery_coaching = Recovery-Coaching
    .definition = Einzelbegleitung durch einen Coach, der selbst in Recovery ist.
activity-naloxone_training = Naloxon-Schulung
    .definition = Menschen darin schulen, mit Naloxon eine Opioid-Überdosis aufzuheben.
activity-safer_use_education = Safer-Use-Aufklärung
    .definition = Information und Schulung zu sichererem Drogengebrauch und Safer Sex.
activity-syringe_distribution = Spritzenvergabe
    .definition = Spritzentausch, steriles Konsummaterial und das Einsammeln von weggeworfenem Material.
activity-drug_checking = Drug-Checking
    .definition = Pillen und andere Substanzen analysieren, um Menschen zu sagen, was sie enthalten.
activity-festival_support = Unterstützung auf Festivals und Events
    .definition = Information und Krisenhilfe auf Partys und Festivals.
activity-hiv_hepatitis_testing = HIV- und Hepatitis-Tests
    .definition = Tests auf HIV, Hepatitis und andere Infektionen.
activity-wound_care_health = Wundversorgung und medizinische Grundversorgung
    .definition = Wundversorgung, Pflege und medizinische Grundversorgung.
activity-food = Verpflegung
    .definition = Mahlzeiten oder Lebensmittel ausgeben.
activity-legal_aid = Rechtshilfe
    .definition = Hilfe bei rechtlichen Problemen.
activity-housing_help = Wohnungshilfe
    .definition = Hilfe, eine Wohnung zu finden oder zu behalten.
activity-treatment_help = Hilfe zur Behandlung
    .definition = Hilfe, eine Behandlung zu erreichen, zu wählen und durchzuhalten, auch eine Substitutionsbehandlung.
activity-lobbying = Lobbyarbeit
    .definition = Bei Regierungen und Institutionen darauf hinarbeiten, dass sich Gesetze und Politik ändern.
activity-awareness_campaigns = Aufklärungskampagnen
    .definition = Öffentliche Kampagnen, Demonstrationen und Medienarbeit.
activity-peer_research = Peer-Forschung
    .definition = Forschung, die von Menschen gestaltet oder durchgeführt wird, die Drogen gebrauchen oder gebraucht haben.
activity-service_audits = Qualitätsprüfung von Hilfsangeboten
    .definition = Mystery Shopping und andere Prüfungen der Qualität von Hilfsangeboten.
activity-outreach = Aufsuchende Arbeit
    .definition = Menschen dort begegnen, wo sie sind, auf der Straße oder anderswo.
activity-individual_advocacy = Individuelle Interessenvertretung
    .definition = Für einzelne Menschen eintreten, wenn sie mit Hilfsangeboten und Behörden zu tun haben.
activity-drug_information = Drogeninformation
    .definition = Nachschlagewerke wie Wikis, Mischkonsum-Tabellen und Datenbanken getesteter Pillen.

## Sichtbarkeit: wer eine Organisation sehen darf. Wegen Stigmatisierung wollen manche Organisationen nicht gesehen werden.
visibility-listed = Gelistet
    .definition = Vollständig angezeigt.
visibility-discreet = Diskret
    .definition = Nur mit Name, Kategorien und Ländern angezeigt: ohne Stadt, Website oder Kontakt.
visibility-unlisted = Nicht gelistet
    .definition = Nie angezeigt; nur in der Statistik gezählt.

## Ereignis: was im Leben einer Organisation geschehen ist.
event_kind-founded = Gegründet
    .definition = Die Organisation wurde gegründet.
event_kind-formalised = Formalisiert
    .definition = Die Organisation wurde zu einer formellen Körperschaft, etwa mit bezahlten Mitarbeitenden oder einer Rechtsform.
event_kind-renamed = Umbenannt
    .definition = Die Organisation hat einen neuen Namen angenommen.
event_kind-degree_changed = Grad neu bewertet
    .definition = Der Grad ihrer Führung durch Drogengebrauchende wurde neu bewertet.
event_kind-status_changed = Status geändert
    .definition = Die Moderation hat ihren Status (aktiv oder nicht) geändert, aus dem vermerkten Grund.
event_kind-merged = Fusioniert
    .definition = Die Organisation hat sich mit einer anderen zusammengeschlossen.
event_kind-ended = Beendet
    .definition = Die Organisation hat ihre Arbeit eingestellt.
event_kind-other = Sonstiges
    .definition = Alles andere, was festgehalten werden sollte.

## Beziehung: wie eine Organisation zu einer anderen steht; zu lesen als „diese Organisation ist <Art> der anderen“.
relation_kind-member_of = Mitglied von
    .definition = Diese Organisation ist Mitglied der anderen.
relation_kind-partner_of = Partnerin von
    .definition = Die beiden Organisationen arbeiten zusammen.
relation_kind-founded_by = Gegründet von
    .definition = Die andere Organisation hat diese gegründet.
relation_kind-succeeded_by = Fortgeführt von
    .definition = Die andere Organisation hat die Arbeit dieser Organisation fortgeführt.

## Namensart: welche Art von anderem Namen ein Alias ist.
alias_kind-abbreviation = Abkürzung
    .definition = Eine Kurzform des Namens.
alias_kind-full_name = Vollständiger Name
    .definition = Der ausgeschriebene Name einer Organisation, die unter einer Kurzform bekannt ist.
alias_kind-original_name = Originalname
    .definition = Der Name in der eigenen Sprache der Organisation.
alias_kind-translation = Übersetzung
    .definition = Eine Übersetzung des Namens.
alias_kind-former_name = Früherer Name
    .definition = Ein Name, den die Organisation früher verwendet hat.
alias_kind-other = Anderer Name
    .definition = Ein anderer Name, unter dem sie bekannt ist.
