-- The words of the full-text index with the number of organisations using each, so that a search
-- that finds nothing can suggest the nearest word the registry knows ("Did you mean naloxone?").
-- It reads organisation_search, so it holds only what the public may find.
CREATE VIRTUAL TABLE organisation_search_terms USING fts5vocab(organisation_search, 'row');
