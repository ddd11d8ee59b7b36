-- Two vocabulary values: the `regional` scope (several cities or areas of one country, not all of
-- it) and the `full_name` alias kind (the name written out in full, of an organisation known by a
-- shorter form). SQLite cannot change a CHECK constraint in place.

-- `scope` moves to a new column carrying the wider constraint. A column's own CHECK goes with it on
-- DROP COLUMN, and no index, trigger or view names `scope`, so every other column of
-- `organisations` (whatever later migrations add) and every table that refers to it stay as they
-- are. Only the column's position changes, and nothing reads columns by position.
ALTER TABLE organisations ADD COLUMN scope_with_regional TEXT
    CHECK (scope_with_regional IN ('local', 'regional', 'national', 'european', 'international'));
UPDATE organisations SET scope_with_regional = scope WHERE scope IS NOT NULL;
ALTER TABLE organisations DROP COLUMN scope;
ALTER TABLE organisations RENAME COLUMN scope_with_regional TO scope;

-- No table refers to the aliases and no trigger names them: the table is rebuilt.
CREATE TABLE organisation_aliases_with_full_name (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    language        TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('abbreviation', 'full_name', 'original_name', 'translation', 'former_name', 'other')),
    PRIMARY KEY (organisation_id, position)
) STRICT, WITHOUT ROWID;
INSERT INTO organisation_aliases_with_full_name (organisation_id, position, name, language, kind)
SELECT organisation_id, position, name, language, kind FROM organisation_aliases;
DROP TABLE organisation_aliases;
ALTER TABLE organisation_aliases_with_full_name RENAME TO organisation_aliases;
