-- Requests from the public about one published entry: change it, make it discreet, or remove it.
-- They wait in the moderators' queue beside the submissions, and are closed as done or declined.
CREATE TABLE entry_requests (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    -- The entry asked about; kept as a slug too, so a request outlives the entry it removed.
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    slug            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('change', 'discreet', 'remove')),
    -- Why, in the requester's words: for the moderators only.
    reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    -- Only for the moderators' questions; erased once the request is closed.
    contact_email   TEXT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'declined')),
    requested_at    TEXT NOT NULL,
    closed_at       TEXT,
    closed_by       INTEGER REFERENCES moderators (id),
    -- The moderator's note on closing, which the requester's page shows.
    closing_note    TEXT,
    CHECK (status = 'open' OR (closed_at IS NOT NULL AND contact_email IS NULL)),
    CHECK (status <> 'declined' OR length(trim(closing_note)) > 0)
) STRICT;
CREATE INDEX entry_requests_queue ON entry_requests (status, requested_at);
