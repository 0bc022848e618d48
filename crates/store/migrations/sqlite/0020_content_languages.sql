-- Issue 12: content in every family's language. A community lists the
-- languages it writes in (the first is the original); facilitators translate
-- an initiative's texts into the others; members say which language they
-- wrote a post in.
ALTER TABLE communities ADD COLUMN languages TEXT NOT NULL DEFAULT 'en';
CREATE TABLE translations (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (field, item_id, lang)
);
CREATE INDEX translations_initiative ON translations (initiative_id, lang);
ALTER TABLE ideas ADD COLUMN lang TEXT;
ALTER TABLE idea_comments ADD COLUMN lang TEXT;
