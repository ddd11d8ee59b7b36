# The registry's vocabularies: each value's label, and its definition as an attribute.
# Keys are `<vocabulary>-<slug>`; the slugs are the API's and never change.

## Category: The paper's five categories of user-led work.
category-mutual_aid = Mutual aid
    .definition = Fellowships where current and former users support each other.
category-recovery_enterprise = Recovery enterprise
    .definition = Recovery communities and networks: supportive housing, recovery cafés, social enterprises, employment schemes and peer support.
category-harm_reduction = Harm reduction
    .definition = Current or former users giving information, advice and means to use drugs more safely.
category-advocacy = Advocacy
    .definition = Arguing for the rights and fair treatment of people who use drugs.
category-research = Research
    .definition = Peer-led investigation of the lives and treatment experiences of people who use drugs.

## Scope: How widely an organisation works.
scope-local = Local
    .definition = Works in one city or area.
scope-regional = Regional
    .definition = Works in several cities or areas of one country, not across all of it.
scope-national = National
    .definition = Works across one country.
scope-european = European
    .definition = A network or organisation working across Europe.
scope-international = International
    .definition = Works worldwide.

## Status: Whether an organisation is still working, as far as the registry knows.
status-active = Active
    .definition = Known to be working.
status-inactive = Inactive
    .definition = Known to have stopped or merged into another organisation.
status-unknown = Unknown
    .definition = Not verified recently; it may or may not still be working.

## UserLedDegree: How far an organisation is led by people who use or used drugs.
degree-user_led = User-led
    .definition = Predominantly designed and delivered by current or former drug users.
degree-jointly_led = Jointly led
    .definition = Run jointly by current or former users and people who do not use drugs.
degree-formalised = Formalised
    .definition = Founded by users, now a formal organisation run mainly by paid staff.
degree-peer_delivered = Peer-delivered
    .definition = Led by professionals or an agency, with the work delivered by peers.
degree-unclear = Unclear
    .definition = The sources do not say who leads it.

## UserProfile: The user scenes an organisation serves.
profile-street_drugs = Street drugs
    .definition = People who use opiates, cocaine and other drugs associated with problem use.
profile-party_drugs = Party drugs
    .definition = People who use drugs at parties, clubs and festivals.
profile-psychedelics = Psychedelics
    .definition = People who use psychedelic drugs.
profile-cannabis = Cannabis
    .definition = People who use cannabis.
profile-all_drugs = All drugs
    .definition = People who use any legal or illicit drug.

## Activity: What an organisation does.
activity-twelve_step_meetings = 12-step meetings
    .definition = Fellowship meetings that follow a twelve-step programme.
activity-peer_support_meetings = Peer support meetings
    .definition = Regular group meetings in which people who use or used drugs support each other.
activity-online_support = Online support
    .definition = Support, meetings or forums offered over the internet.
activity-live_chat_support = Live chat support
    .definition = Real-time support by chat for people having a difficult time.
activity-therapeutic_community = Therapeutic community
    .definition = A residential community in which residents live, work and recover together.
activity-supported_housing = Supported housing
    .definition = Drug-free accommodation with support from peers in recovery.
activity-recovery_cafe = Recovery café
    .definition = A recovery centre or café offering social activities and easy-to-reach support.
activity-employment_training = Employment and training
    .definition = Education, vocational training, social enterprises and jobs.
activity-recovery_coaching = Recovery coaching
    .definition = Individual support from a coach who is in recovery.
activity-naloxone_training = Naloxone training
    .definition = Training people to use naloxone to reverse an opioid overdose.
activity-safer_use_education = Safer-use education
    .definition = Information and training on safer drug use and safer sex.
activity-syringe_distribution = Syringe distribution
    .definition = Needle and syringe exchange, sterile equipment, and collecting discarded equipment.
activity-drug_checking = Drug checking
    .definition = Analysing pills and other substances to tell people what they contain.
activity-festival_support = Festival and event support
    .definition = Information and crisis support at parties and festivals.
activity-hiv_hepatitis_testing = HIV and hepatitis testing
    .definition = Testing for HIV, hepatitis and other infections.
activity-wound_care_health = Wound care and basic health care
    .definition = Wound care, nursing and basic health care.
activity-food = Food
    .definition = Providing meals or food.
activity-legal_aid = Legal aid
    .definition = Help with legal problems.
activity-housing_help = Housing help
    .definition = Help to find or keep housing.
activity-treatment_help = Treatment help
    .definition = Help to reach, choose and stay in treatment, including substitution treatment.
activity-lobbying = Lobbying
    .definition = Working to change laws and policies with governments and institutions.
activity-awareness_campaigns = Awareness campaigns
    .definition = Public campaigns, demonstrations and media work.
activity-peer_research = Peer research
    .definition = Research designed or carried out by people who use or used drugs.
activity-service_audits = Service audits
    .definition = Mystery shopping and other audits of the quality of services.
activity-outreach = Outreach
    .definition = Meeting people where they are, in the street or elsewhere.
activity-individual_advocacy = Individual advocacy
    .definition = Standing up for individual people in their dealings with services and authorities.
activity-drug_information = Drug information
    .definition = Reference material such as wikis, combination charts and databases of tested pills.

## Visibility: Who may see an organisation. Stigma makes some organisations avoid being seen.
visibility-listed = Listed
    .definition = Shown in full.
visibility-discreet = Discreet
    .definition = Shown by name, categories and countries only: no city, website or contact.
visibility-unlisted = Unlisted
    .definition = Never shown; only counted in statistics.

## EventKind: What happened in an organisation's life.
event_kind-founded = Founded
    .definition = The organisation was founded.
event_kind-formalised = Formalised
    .definition = The organisation became a formal body, for example with paid staff or a legal form.
event_kind-renamed = Renamed
    .definition = The organisation took a new name.
event_kind-degree_changed = Degree reassessed
    .definition = Its user-led degree was assessed anew.
event_kind-status_changed = Status changed
    .definition = The moderators changed its status (working or not), for the reason noted.
event_kind-merged = Merged
    .definition = The organisation merged with another.
event_kind-ended = Ended
    .definition = The organisation stopped working.
event_kind-other = Other
    .definition = Anything else worth recording.

## RelationKind: How one organisation relates to another; read as "this organisation <kind> the other".
relation_kind-member_of = Member of
    .definition = This organisation is a member of the other.
relation_kind-partner_of = Partner of
    .definition = The two organisations work together.
relation_kind-founded_by = Founded by
    .definition = The other organisation founded this one.
relation_kind-succeeded_by = Succeeded by
    .definition = The other organisation continued this one's work.

## AliasKind: What kind of other name an alias is.
alias_kind-abbreviation = Abbreviation
    .definition = A short form of the name.
alias_kind-full_name = Full name
    .definition = The name written out in full, of an organisation known by a shorter form.
alias_kind-original_name = Original name
    .definition = The name in the organisation's own language.
alias_kind-translation = Translation
    .definition = A translation of the name.
alias_kind-former_name = Former name
    .definition = A name the organisation used before.
alias_kind-other = Other name
    .definition = Any other name it is known by.
