-- How to reach an organisation, and how old its sources are.

-- At most one row per organisation, only when it has some contact detail besides its website.
-- The values arrive validated (registry's `Contact`); the constraints keep the shape.
CREATE TABLE organisation_contacts (
    organisation_id     INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    email               TEXT CHECK (email LIKE '%_@_%._%'),
    telephone           TEXT CHECK (telephone LIKE '+%'),
    address_street      TEXT,
    address_postal_code TEXT,
    address_locality    TEXT,
    address_country     TEXT CHECK (length(address_country) = 2),
    meets               TEXT CHECK (meets IN ('in_person', 'online', 'both')),
    how_to_get_in_touch TEXT,
    -- An address is a street, a town and a country together (the postcode is optional).
    CHECK ((address_street IS NULL) = (address_locality IS NULL)
           AND (address_street IS NULL) = (address_country IS NULL)),
    CHECK (address_postal_code IS NULL OR address_street IS NOT NULL)
) STRICT;
CREATE INDEX organisation_contacts_by_meets ON organisation_contacts (meets) WHERE meets IS NOT NULL;

-- Social media and messaging, in the order given.
CREATE TABLE organisation_contact_links (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('social', 'messaging')),
    url             TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;

-- The languages it works in (ISO 639 codes).
CREATE TABLE organisation_languages (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    language        TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 3),
    PRIMARY KEY (organisation_id, language)
) STRICT, WITHOUT ROWID;

-- The year a source was published or last updated, where it says.
ALTER TABLE sources ADD COLUMN year INTEGER CHECK (year >= 1900);
