-- Issue 13: inserts keep an idea's counters with one UPDATE per idea per
-- statement (a statement-level trigger over the inserted rows) instead of
-- one per row. A thousand comments inserted at once on one idea would
-- otherwise write a thousand versions of that idea's row in one
-- transaction, each found by walking the ones before (the enlarged demo's
-- bulk seeding took 6 s per thousand). Deletes and updates stay per row:
-- PostgreSQL gives no transition tables to column-specific triggers.
DROP TRIGGER idea_endorsements_counted ON idea_endorsements;
CREATE TRIGGER idea_endorsements_counted AFTER DELETE OR UPDATE OF idea_id ON idea_endorsements
    FOR EACH ROW EXECUTE FUNCTION idea_endorsements_counted();
CREATE FUNCTION idea_endorsements_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ideas SET endorsements_count = ideas.endorsements_count + n.added
    FROM (SELECT idea_id, COUNT(*) AS added FROM inserted GROUP BY idea_id) n
    WHERE ideas.id = n.idea_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER idea_endorsements_inserted AFTER INSERT ON idea_endorsements
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION idea_endorsements_inserted();

DROP TRIGGER idea_comments_counted ON idea_comments;
CREATE TRIGGER idea_comments_counted AFTER DELETE OR UPDATE OF hidden_at, idea_id ON idea_comments
    FOR EACH ROW EXECUTE FUNCTION idea_comments_counted();
CREATE FUNCTION idea_comments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ideas SET comments_count = ideas.comments_count + n.added
    FROM (SELECT idea_id, COUNT(*) AS added FROM inserted WHERE hidden_at IS NULL GROUP BY idea_id) n
    WHERE ideas.id = n.idea_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER idea_comments_inserted AFTER INSERT ON idea_comments
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION idea_comments_inserted();
