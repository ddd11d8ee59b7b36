-- Indexes no statement reads, dropped: they took an eighth of a registry's file and slowed every
-- import, which had to keep them in step row by row in an order unlike the tables'.
--
-- Filters and facets run over the in-memory catalogue (search::catalogue), which reads these
-- tables whole: SQLite scanned the narrower index instead of the table, and now scans the table,
-- in its primary key's order, which the catalogue does not depend on (categories and activities
-- go into sets, countries are sorted). No statement looks an organisation up by its category,
-- country or activity. The statistics' counts per category and per country
-- (db::catalogue::counts) scan the table instead of the index: a few thousand pages, once per
-- registry version. The foreign key from organisation_activities to activities would use the
-- activity index only when an activity is deleted or renamed, which only a migration does.
-- `relations_by_target` stays: the entry page reads the relations pointing at an organisation.
DROP INDEX organisation_categories_by_category;
DROP INDEX organisation_countries_by_country;
DROP INDEX organisation_activities_by_activity;
