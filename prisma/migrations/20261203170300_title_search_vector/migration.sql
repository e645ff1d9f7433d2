-- Search ranks documents whose title holds every word first. Computing to_tsvector(title) row by row to count those
-- took a second for a word found in most texts but few titles (100,000 documents); indexed, it is a bitmap AND.
ALTER TABLE "Localization" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "title")) STORED;

CREATE INDEX "Localization_titleVector_idx" ON "Localization" USING GIN ("titleVector");
