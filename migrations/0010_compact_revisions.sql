-- Revisions without a copy of the record that is stored anyway, and with the kind of their
-- summary.
--
-- A revision's record is the organisation as it stood after the change. For the newest revision
-- that is the organisation as stored now: every write of an organisation goes through
-- db::organisations, which appends a revision with each change. So the newest revision keeps no
-- copy (`record` is '' and `record_deflated` NULL), and an import of a hundred thousand new
-- records writes a hundred thousand small rows, not the records a second time. When the next
-- change comes, the record it replaces goes into the revision before the organisation changes:
-- its JSON compressed with zlib, in `record_deflated`. Revisions written before this migration
-- keep their JSON in `record`, read as they are: a revision's record is read from `record`
-- where that is not empty, else from `record_deflated`, else from the organisation.
ALTER TABLE revisions ADD COLUMN record_deflated BLOB;

-- The registry's own summaries by kind, so that the history words them in its reader's language
-- (db::revisions::Summary); NULL for a moderator's own words, shown as written. `summary` keeps
-- the English words for whoever reads the table.
ALTER TABLE revisions ADD COLUMN summary_kind TEXT
    CHECK (summary_kind IN ('baseline', 'seed', 'import', 'approval', 'restore', 'edit'));
-- The reference of the contribution approved; the number of the revision restored.
ALTER TABLE revisions ADD COLUMN summary_argument TEXT
    CHECK ((summary_argument IS NOT NULL) = (summary_kind IN ('approval', 'restore')));

-- The kinds of the summaries written so far, read from their words as the history page read
-- them until now (case-sensitive, a restored revision's number in digits).
UPDATE revisions SET summary_kind = 'approval', summary_argument = substr(summary, 23)
WHERE substr(summary, 1, 22) = 'Approved contribution ';

UPDATE revisions SET summary_kind = 'restore', summary_argument = substr(summary, 19)
WHERE substr(summary, 1, 18) = 'Restored revision '
  AND substr(summary, 19) NOT GLOB '*[^0-9]*';

UPDATE revisions SET summary_kind = CASE summary
        WHEN 'The record as it stood before its history was kept' THEN 'baseline'
        WHEN 'Loaded from the seed' THEN 'seed'
        WHEN 'Imported from a registry file' THEN 'import'
        WHEN 'Edited' THEN 'edit'
    END
WHERE summary IN ('The record as it stood before its history was kept', 'Loaded from the seed',
                  'Imported from a registry file', 'Edited');
