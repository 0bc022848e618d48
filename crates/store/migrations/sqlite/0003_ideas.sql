-- Issue 4: ideas with reasoned responses, accountability, notifications and guardrails.
ALTER TABLE users ADD COLUMN delivery TEXT NOT NULL DEFAULT 'immediate';
ALTER TABLE memberships ADD COLUMN conduct_accepted_at INTEGER;
ALTER TABLE initiatives ADD COLUMN response_target_days INTEGER NOT NULL DEFAULT 10;
ALTER TABLE phases ADD COLUMN accepts_ideas INTEGER NOT NULL DEFAULT 0;
UPDATE phases SET accepts_ideas = 1 WHERE template_key IN ('identify_needs', 'co_design', 'co_evaluation');

CREATE TABLE ideas (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    pseudonym TEXT,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    decision_area_id INTEGER REFERENCES decision_areas(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    response TEXT NOT NULL DEFAULT '',
    response_reason TEXT,
    response_area_id INTEGER REFERENCES decision_areas(id) ON DELETE SET NULL,
    merged_into INTEGER REFERENCES ideas(id) ON DELETE SET NULL,
    conflict_note TEXT NOT NULL DEFAULT '',
    responded_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    first_response_at INTEGER,
    responded_at INTEGER,
    hidden_at INTEGER,
    hidden_reason TEXT,
    hidden_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ideas_initiative ON ideas (initiative_id, created_at);
CREATE INDEX ideas_author ON ideas (author_id, created_at);

CREATE TABLE idea_endorsements (
    idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);

CREATE TABLE idea_comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES idea_comments(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    pseudonym TEXT,
    body TEXT NOT NULL,
    hidden_at INTEGER,
    hidden_reason TEXT,
    hidden_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX idea_comments_idea ON idea_comments (idea_id, created_at);
CREATE INDEX idea_comments_author ON idea_comments (author_id, created_at);

CREATE TABLE idea_responses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    response TEXT NOT NULL,
    reason TEXT,
    conflict_note TEXT NOT NULL DEFAULT '',
    actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at INTEGER NOT NULL
);
CREATE INDEX idea_responses_idea ON idea_responses (idea_id, at);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    decision_area_id INTEGER REFERENCES decision_areas(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    percent INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX commitments_initiative ON commitments (initiative_id);

CREATE TABLE commitment_ideas (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, idea_id)
);

CREATE TABLE commitment_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    percent INTEGER NOT NULL,
    body TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX commitment_updates_commitment ON commitment_updates (commitment_id, happened_on);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE CASCADE,
    idea_id INTEGER REFERENCES ideas(id) ON DELETE CASCADE,
    commitment_id INTEGER REFERENCES commitments(id) ON DELETE CASCADE,
    detail TEXT NOT NULL DEFAULT '',
    read_at INTEGER,
    emailed_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);

CREATE TABLE flags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    resolution TEXT,
    UNIQUE (target_kind, target_id, user_id)
);
CREATE INDEX flags_community ON flags (community_id, resolved_at);

CREATE TABLE moderation_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at INTEGER NOT NULL
);
CREATE INDEX moderation_log_community ON moderation_log (community_id, at);

-- SQLite-only: FTS5 index of ideas, kept in step by triggers.
CREATE VIRTUAL TABLE ideas_fts USING fts5(title, body, content='ideas', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN
    INSERT INTO ideas_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN
    INSERT INTO ideas_fts(ideas_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, body ON ideas BEGIN
    INSERT INTO ideas_fts(ideas_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO ideas_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
