-- The full-text table keeps only its index, not a second copy of the text it indexes.
--
-- Every reader of organisation_search asks for rowids, bm25 ranks and matches (with column
-- filters), and organisation_search_terms (0004) for the index's own words: none reads a
-- column's text back, which is all a contentless table cannot do (snippet() and highlight() need
-- it). `contentless_delete = 1` (SQLite 3.43) lets a row be deleted by its rowid alone, as
-- db::organisations::refresh_search does. Same columns, tokenizer and prefix indexes as 0002.
--
-- The vocabulary table of 0004 names its table, not a copy of it, so it reads the new one.
DROP TABLE organisation_search;

CREATE VIRTUAL TABLE organisation_search USING fts5(
    name, aliases, description, city, activities, sources,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The backfill of 0002, unchanged: a discreet organisation is findable by its name only, an
-- unlisted one not at all.
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
