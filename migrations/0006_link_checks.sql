-- How current the registry is.

-- The last check of every web address the registry names (organisations' websites, sources, the
-- sources of events), written by `userled check-links`. One row per address, however many
-- records name it; rows of addresses no record names any more are removed after each run.
CREATE TABLE link_checks (
    url         TEXT PRIMARY KEY,
    status      TEXT NOT NULL CHECK (status IN ('ok', 'redirected', 'broken', 'unreachable')),
    -- Where a redirected address led, after every redirect followed.
    final_url   TEXT,
    -- The HTTP status of the last answer; for `broken`, the 4xx or 5xx code.
    http_status INTEGER CHECK (http_status BETWEEN 100 AND 599),
    -- Why an unreachable address gave no answer.
    failure     TEXT CHECK (failure IN ('dns', 'connect', 'timeout', 'redirects', 'other')),
    checked_on  TEXT NOT NULL CHECK (date(checked_on) = checked_on),
    CHECK ((status = 'redirected') = (final_url IS NOT NULL)),
    CHECK ((status = 'unreachable') = (failure IS NOT NULL)),
    CHECK (status <> 'broken' OR http_status BETWEEN 400 AND 599)
) STRICT, WITHOUT ROWID;
CREATE INDEX link_checks_by_status ON link_checks (status);

-- A moderator's change of an organisation's status is recorded as a `status_changed` event, its
-- note the moderator's reason (see registry::moderate). SQLite cannot change a CHECK constraint
-- in place, so the events table is rebuilt with the new kind, its rows kept as they are.
CREATE TABLE events_with_status (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    year            INTEGER NOT NULL CHECK (year >= 1900),
    kind            TEXT NOT NULL CHECK (kind IN ('founded', 'formalised', 'renamed', 'degree_changed', 'status_changed', 'merged', 'ended', 'other')),
    note            TEXT NOT NULL,
    source_url      TEXT,
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;
INSERT INTO events_with_status (organisation_id, position, year, kind, note, source_url)
SELECT organisation_id, position, year, kind, note, source_url FROM events;
DROP TABLE events;
ALTER TABLE events_with_status RENAME TO events;
