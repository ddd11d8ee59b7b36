-- The registry: organisations and everything recorded about them.
-- Vocabulary columns carry CHECK constraints that mirror the Rust enums in src/domain/vocabulary.rs;
-- a test inserts every enum value to keep the two in step. Activities, the vocabulary most likely to
-- grow, live in a table of their own so that a new one is an INSERT in a later migration.

CREATE TABLE activities (
    slug       TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    definition TEXT NOT NULL
) STRICT;

INSERT INTO activities (slug, label, definition) VALUES
    ('twelve_step_meetings', '12-step meetings', 'Fellowship meetings that follow a twelve-step programme.'),
    ('peer_support_meetings', 'Peer support meetings', 'Regular group meetings in which people who use or used drugs support each other.'),
    ('online_support', 'Online support', 'Support, meetings or forums offered over the internet.'),
    ('live_chat_support', 'Live chat support', 'Real-time support by chat for people having a difficult time.'),
    ('therapeutic_community', 'Therapeutic community', 'A residential community in which residents live, work and recover together.'),
    ('supported_housing', 'Supported housing', 'Drug-free accommodation with support from peers in recovery.'),
    ('recovery_cafe', 'Recovery café', 'A recovery centre or café offering social activities and easy-to-reach support.'),
    ('employment_training', 'Employment and training', 'Education, vocational training, social enterprises and jobs.'),
    ('recovery_coaching', 'Recovery coaching', 'Individual support from a coach who is in recovery.'),
    ('naloxone_training', 'Naloxone training', 'Training people to use naloxone to reverse an opioid overdose.'),
    ('safer_use_education', 'Safer-use education', 'Information and training on safer drug use and safer sex.'),
    ('syringe_distribution', 'Syringe distribution', 'Needle and syringe exchange, sterile equipment, and collecting discarded equipment.'),
    ('drug_checking', 'Drug checking', 'Analysing pills and other substances to tell people what they contain.'),
    ('festival_support', 'Festival and event support', 'Information and crisis support at parties and festivals.'),
    ('hiv_hepatitis_testing', 'HIV and hepatitis testing', 'Testing for HIV, hepatitis and other infections.'),
    ('wound_care_health', 'Wound care and basic health care', 'Wound care, nursing and basic health care.'),
    ('food', 'Food', 'Providing meals or food.'),
    ('legal_aid', 'Legal aid', 'Help with legal problems.'),
    ('housing_help', 'Housing help', 'Help to find or keep housing.'),
    ('treatment_help', 'Treatment help', 'Help to reach, choose and stay in treatment, including substitution treatment.'),
    ('lobbying', 'Lobbying', 'Working to change laws and policies with governments and institutions.'),
    ('awareness_campaigns', 'Awareness campaigns', 'Public campaigns, demonstrations and media work.'),
    ('peer_research', 'Peer research', 'Research designed or carried out by people who use or used drugs.'),
    ('service_audits', 'Service audits', 'Mystery shopping and other audits of the quality of services.'),
    ('outreach', 'Outreach', 'Meeting people where they are, in the street or elsewhere.'),
    ('individual_advocacy', 'Individual advocacy', 'Standing up for individual people in their dealings with services and authorities.'),
    ('drug_information', 'Drug information', 'Reference material such as wikis, combination charts and databases of tested pills.');

CREATE TABLE organisations (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE
                    CHECK (length(slug) BETWEEN 1 AND 80 AND slug NOT GLOB '*[^a-z0-9-]*'),
    name            TEXT NOT NULL CHECK (length(name) > 0),
    description     TEXT NOT NULL,
    city            TEXT,
    scope           TEXT CHECK (scope IN ('local', 'national', 'european', 'international')),
    founded_year    INTEGER CHECK (founded_year >= 1900),
    status          TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'unknown')),
    ended_year      INTEGER CHECK (ended_year >= 1900),
    user_led_degree TEXT NOT NULL CHECK (user_led_degree IN ('user_led', 'jointly_led', 'formalised', 'peer_delivered', 'unclear')),
    degree_note     TEXT NOT NULL,
    website         TEXT,
    visibility      TEXT NOT NULL CHECK (visibility IN ('listed', 'discreet', 'unlisted')),
    last_verified   TEXT CHECK (last_verified IS NULL OR date(last_verified) = last_verified),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (ended_year IS NULL OR founded_year IS NULL OR ended_year >= founded_year)
) STRICT;

CREATE TABLE organisation_aliases (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    language        TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('abbreviation', 'original_name', 'translation', 'former_name', 'other')),
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE organisation_categories (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    category        TEXT NOT NULL CHECK (category IN ('mutual_aid', 'recovery_enterprise', 'harm_reduction', 'advocacy', 'research')),
    PRIMARY KEY (organisation_id, category)
) STRICT, WITHOUT ROWID;
CREATE INDEX organisation_categories_by_category ON organisation_categories (category, organisation_id);

CREATE TABLE organisation_countries (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    country         TEXT NOT NULL CHECK (length(country) = 2 AND country NOT GLOB '*[^A-Z]*'),
    PRIMARY KEY (organisation_id, country)
) STRICT, WITHOUT ROWID;
CREATE INDEX organisation_countries_by_country ON organisation_countries (country, organisation_id);

CREATE TABLE organisation_profiles (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    profile         TEXT NOT NULL CHECK (profile IN ('street_drugs', 'party_drugs', 'psychedelics', 'cannabis', 'all_drugs')),
    PRIMARY KEY (organisation_id, profile)
) STRICT, WITHOUT ROWID;

CREATE TABLE organisation_activities (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    activity        TEXT NOT NULL REFERENCES activities (slug),
    PRIMARY KEY (organisation_id, activity)
) STRICT, WITHOUT ROWID;
CREATE INDEX organisation_activities_by_activity ON organisation_activities (activity, organisation_id);

CREATE TABLE sources (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    url             TEXT NOT NULL,
    title           TEXT NOT NULL,
    note            TEXT,
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE evaluations (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    citation        TEXT NOT NULL,
    year            INTEGER,
    design          TEXT,
    sample_size     INTEGER CHECK (sample_size > 0),
    finding         TEXT NOT NULL,
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE facts (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    label           TEXT NOT NULL,
    value           INTEGER NOT NULL,
    year            INTEGER,
    note            TEXT,
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;

-- Read as: organisation <kind> target ("JES Bonn member_of JES network").
CREATE TABLE relations (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('member_of', 'partner_of', 'founded_by', 'succeeded_by')),
    target_id       INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, position),
    UNIQUE (organisation_id, kind, target_id),
    CHECK (organisation_id <> target_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX relations_by_target ON relations (target_id);

-- The lifecycle: history is appended to, never rewritten (see db::organisations::upsert).
CREATE TABLE events (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    year            INTEGER NOT NULL CHECK (year >= 1900),
    kind            TEXT NOT NULL CHECK (kind IN ('founded', 'formalised', 'renamed', 'degree_changed', 'merged', 'ended', 'other')),
    note            TEXT NOT NULL,
    source_url      TEXT,
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;
