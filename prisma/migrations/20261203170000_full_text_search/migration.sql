-- Public search moves from substring matching (ILIKE over a trigram index) to PostgreSQL full-text search: at
-- archive scale a trigram index finds candidates in most rows and every one has to be re-read (seconds a query).
-- The 'simple' configuration lowercases and splits words without stemming or stop words, in every language
-- (Hangul included), so a reader's word is matched as typed, as a prefix (lib/search/search-documents.ts).
ALTER TABLE "Localization" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED;

CREATE INDEX "Localization_searchVector_idx" ON "Localization" USING GIN ("searchVector");

-- Nothing matches on the search text with LIKE any more.
DROP INDEX "Localization_searchText_idx";
