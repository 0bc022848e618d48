-- Issue 13: an idea's endorsements and visible comments are counters on the
-- idea, kept by these triggers in the same transaction as every write that
-- changes them (endorsing, commenting, hiding, merging accounts, bulk
-- seeding), so the board sorts and shows them without counting per row.
ALTER TABLE ideas ADD COLUMN endorsements_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ideas ADD COLUMN comments_count BIGINT NOT NULL DEFAULT 0;
UPDATE ideas SET
    endorsements_count = (SELECT COUNT(*) FROM idea_endorsements e WHERE e.idea_id = ideas.id),
    comments_count = (SELECT COUNT(*) FROM idea_comments c WHERE c.idea_id = ideas.id AND c.hidden_at IS NULL);
CREATE FUNCTION idea_endorsements_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
        UPDATE ideas SET endorsements_count = endorsements_count - 1 WHERE id = OLD.idea_id;
    END IF;
    IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
        UPDATE ideas SET endorsements_count = endorsements_count + 1 WHERE id = NEW.idea_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER idea_endorsements_counted AFTER INSERT OR DELETE OR UPDATE OF idea_id ON idea_endorsements
    FOR EACH ROW EXECUTE FUNCTION idea_endorsements_counted();
CREATE FUNCTION idea_comments_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
        IF OLD.hidden_at IS NULL THEN
            UPDATE ideas SET comments_count = comments_count - 1 WHERE id = OLD.idea_id;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
        IF NEW.hidden_at IS NULL THEN
            UPDATE ideas SET comments_count = comments_count + 1 WHERE id = NEW.idea_id;
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER idea_comments_counted AFTER INSERT OR DELETE OR UPDATE OF hidden_at, idea_id ON idea_comments
    FOR EACH ROW EXECUTE FUNCTION idea_comments_counted();
CREATE INDEX ideas_most_endorsed ON ideas (initiative_id, endorsements_count, created_at, id);
