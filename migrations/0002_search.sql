-- Full-text search and the registry's change counter.

-- One row per organisation that the public may find, rowid = organisations.id. Case- and
-- diacritics-insensitive ("osnabruck" finds "Osnabrück"); prefix indexes keep search-as-you-type fast.
-- A discreet organisation is findable by its name only; an unlisted one not at all. Kept up to date
-- by db::organisations::refresh_search, whose SELECT this backfill mirrors.
CREATE VIRTUAL TABLE organisation_search USING fts5(
    name, aliases, description, city, activities, sources,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

INSERT INTO organisation_search (rowid, name, aliases, description, city, activities, sources)
SELECT o.id,
       o.name,
       CASE WHEN o.visibility = 'listed' THEN
           (SELECT group_concat(name, ' ') FROM organisation_aliases WHERE organisation_id = o.id)
       END,
       CASE WHEN o.visibility = 'listed' THEN o.description END,
       CASE WHEN o.visibility = 'listed' THEN o.city END,
       CASE WHEN o.visibility = 'listed' THEN
           (SELECT group_concat(a.label, ' ') FROM organisation_activities oa
            JOIN activities a ON a.slug = oa.activity WHERE oa.organisation_id = o.id)
       END,
       CASE WHEN o.visibility = 'listed' THEN
           (SELECT group_concat(title, ' ') FROM sources WHERE organisation_id = o.id)
       END
FROM organisations o
WHERE o.visibility <> 'unlisted';

-- Bumped by every write to an organisation, from any process, so that a running server notices an
-- `import` made beside it and rebuilds its in-memory catalogue (see search::Catalogue).
CREATE TABLE registry_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    changed_at TEXT NOT NULL
) STRICT;

INSERT INTO registry_state (id, version, changed_at)
VALUES (1, 0, coalesce((SELECT max(updated_at) FROM organisations),
                       strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));

CREATE TRIGGER organisations_inserted AFTER INSERT ON organisations BEGIN
    UPDATE registry_state SET version = version + 1, changed_at = NEW.updated_at WHERE id = 1;
END;

CREATE TRIGGER organisations_updated AFTER UPDATE ON organisations BEGIN
    UPDATE registry_state SET version = version + 1, changed_at = NEW.updated_at WHERE id = 1;
END;

CREATE TRIGGER organisations_deleted AFTER DELETE ON organisations BEGIN
    UPDATE registry_state SET version = version + 1,
        changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = 1;
END;
