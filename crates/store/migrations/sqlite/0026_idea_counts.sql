-- Issue 13: an idea's endorsements and visible comments are counters on the
-- idea, kept by these triggers in the same transaction as every write that
-- changes them (endorsing, commenting, hiding, merging accounts, bulk
-- seeding), so the board sorts and shows them without counting per row.
ALTER TABLE ideas ADD COLUMN endorsements_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ideas ADD COLUMN comments_count INTEGER NOT NULL DEFAULT 0;
UPDATE ideas SET
    endorsements_count = (SELECT COUNT(*) FROM idea_endorsements e WHERE e.idea_id = ideas.id),
    comments_count = (SELECT COUNT(*) FROM idea_comments c WHERE c.idea_id = ideas.id AND c.hidden_at IS NULL);
CREATE TRIGGER idea_endorsement_added AFTER INSERT ON idea_endorsements
BEGIN
    UPDATE ideas SET endorsements_count = endorsements_count + 1 WHERE id = NEW.idea_id;
END;
CREATE TRIGGER idea_endorsement_removed AFTER DELETE ON idea_endorsements
BEGIN
    UPDATE ideas SET endorsements_count = endorsements_count - 1 WHERE id = OLD.idea_id;
END;
CREATE TRIGGER idea_endorsement_moved AFTER UPDATE OF idea_id ON idea_endorsements
BEGIN
    UPDATE ideas SET endorsements_count = endorsements_count - 1 WHERE id = OLD.idea_id;
    UPDATE ideas SET endorsements_count = endorsements_count + 1 WHERE id = NEW.idea_id;
END;
CREATE TRIGGER idea_comment_added AFTER INSERT ON idea_comments WHEN NEW.hidden_at IS NULL
BEGIN
    UPDATE ideas SET comments_count = comments_count + 1 WHERE id = NEW.idea_id;
END;
CREATE TRIGGER idea_comment_removed AFTER DELETE ON idea_comments WHEN OLD.hidden_at IS NULL
BEGIN
    UPDATE ideas SET comments_count = comments_count - 1 WHERE id = OLD.idea_id;
END;
CREATE TRIGGER idea_comment_changed AFTER UPDATE OF hidden_at, idea_id ON idea_comments
BEGIN
    UPDATE ideas SET comments_count = comments_count - (OLD.hidden_at IS NULL) WHERE id = OLD.idea_id;
    UPDATE ideas SET comments_count = comments_count + (NEW.hidden_at IS NULL) WHERE id = NEW.idea_id;
END;
CREATE INDEX ideas_most_endorsed ON ideas (initiative_id, endorsements_count, created_at, id);
