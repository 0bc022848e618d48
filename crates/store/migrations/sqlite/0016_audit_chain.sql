-- Issue 11: a tamper-evident audit log. Entries are sealed into a hash chain
-- (seq, prev_hash, hash) under a one-row head that writers lock, so the chain
-- has no gaps and no forks. The actor's name and protection are kept as they
-- were, and no foreign key can cascade a delete or null a column: deleting a
-- user, an initiative or a community keeps its history. Triggers refuse any
-- delete, and any update of a sealed entry (entries from before this
-- migration are sealed once, by the application, right after it).
CREATE TABLE audit_log_chained (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seq INTEGER UNIQUE,
    community_id INTEGER,
    initiative_id INTEGER,
    actor_id INTEGER,
    actor_name TEXT NOT NULL DEFAULT '',
    actor_protected INTEGER NOT NULL DEFAULT 0,
    via TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL,
    prev_hash TEXT,
    hash TEXT
);
INSERT INTO audit_log_chained (id, community_id, initiative_id, actor_id, actor_name, actor_protected, via, action, subject, detail, at)
SELECT a.id, a.community_id, a.initiative_id, a.actor_id, COALESCE(u.display_name, ''),
       COALESCE((SELECT g.protects_identity FROM memberships m JOIN stakeholder_groups g ON g.id = m.group_id
                 WHERE m.user_id = a.actor_id AND m.community_id = a.community_id), 0),
       a.via, a.action, a.subject, a.detail, a.at
FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
ORDER BY a.id;
DROP TABLE audit_log;
ALTER TABLE audit_log_chained RENAME TO audit_log;
CREATE INDEX audit_log_community ON audit_log (community_id, at);
CREATE INDEX audit_log_initiative ON audit_log (initiative_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
