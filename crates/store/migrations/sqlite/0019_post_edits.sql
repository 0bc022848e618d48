-- Issue 12: authors edit their idea or comment until someone acts on it (an
-- answer, an endorsement, a reply), and withdraw it afterwards with a reason.
-- Each edit keeps the words it replaced, shown as the post's history.
ALTER TABLE ideas ADD COLUMN edited_at INTEGER;
ALTER TABLE ideas ADD COLUMN withdrawn_at INTEGER;
ALTER TABLE ideas ADD COLUMN withdrawn_reason TEXT;
ALTER TABLE idea_comments ADD COLUMN edited_at INTEGER;
ALTER TABLE idea_comments ADD COLUMN withdrawn_at INTEGER;
ALTER TABLE idea_comments ADD COLUMN withdrawn_reason TEXT;
CREATE TABLE post_revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL CHECK (target IN ('idea', 'comment')),
    target_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    replaced_at INTEGER NOT NULL
);
CREATE INDEX post_revisions_target ON post_revisions (target, target_id, id);
