-- Issue 11: a tamper-evident audit log. Entries are sealed into a hash chain
-- (seq, prev_hash, hash) under a one-row head that writers lock, so the chain
-- has no gaps and no forks. The actor's name and protection are kept as they
-- were, and no foreign key can cascade a delete or null a column: deleting a
-- user, an initiative or a community keeps its history. A trigger refuses any
-- delete or truncate, and any update of a sealed entry (entries from before
-- this migration are sealed once, by the application, right after it).
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_community_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_actor_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_initiative_id_fkey;
ALTER TABLE audit_log ADD COLUMN seq BIGINT UNIQUE;
ALTER TABLE audit_log ADD COLUMN actor_name TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN actor_protected BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
UPDATE audit_log a SET
    actor_name = COALESCE((SELECT u.display_name FROM users u WHERE u.id = a.actor_id), ''),
    actor_protected = COALESCE((SELECT g.protects_identity FROM memberships m JOIN stakeholder_groups g ON g.id = m.group_id
                                WHERE m.user_id = a.actor_id AND m.community_id = a.community_id), 0);

CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'the audit log is append-only';
    END IF;
    IF OLD.hash IS NOT NULL THEN
        RAISE EXCEPTION 'the audit log is append-only';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
