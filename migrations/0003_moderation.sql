-- Contributions, moderation and revision history.

CREATE TABLE moderators (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE
                  CHECK (length(username) BETWEEN 2 AND 40),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
) STRICT;

-- Sign-in sessions. Only a SHA-256 hash of the cookie's token is stored, so a copy of the database
-- cannot be used to sign in.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    moderator_id INTEGER NOT NULL REFERENCES moderators (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- A proposed new organisation or correction, waiting for a moderator.
CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('new', 'correction')),
    -- The organisation a correction is for.
    target_id       INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    -- The proposed record, as validated JSON in the registry file's record shape.
    record          TEXT NOT NULL,
    -- Required for a correction: what changed and how the submitter knows.
    note            TEXT,
    -- Only for the moderators' questions; erased once the submission is decided.
    contact_email   TEXT,
    -- Slugs of existing organisations whose names resemble the proposed one (JSON array).
    duplicates      TEXT NOT NULL DEFAULT '[]',
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'approved', 'rejected')),
    submitted_at    TEXT NOT NULL,
    decided_at      TEXT,
    decided_by      INTEGER REFERENCES moderators (id),
    decision_reason TEXT,
    -- The organisation published or changed by the approval.
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    CHECK (kind = 'new' OR target_id IS NOT NULL OR status <> 'pending'),
    CHECK (status = 'pending' OR (decided_at IS NOT NULL AND contact_email IS NULL))
) STRICT;
CREATE INDEX submissions_queue ON submissions (status, submitted_at);

-- Every change to a published organisation: who, when, what kind of change, and the record as it was
-- after the change (the previous values are the revision before it).
CREATE TABLE revisions (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number >= 1),
    created_at      TEXT NOT NULL,
    action          TEXT NOT NULL
                    CHECK (action IN ('baseline', 'import', 'approval', 'edit', 'restore')),
    moderator_id    INTEGER REFERENCES moderators (id),
    -- Who, in words: a moderator's username, "import" or "seed".
    actor           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    record          TEXT NOT NULL,
    UNIQUE (organisation_id, number)
) STRICT;
