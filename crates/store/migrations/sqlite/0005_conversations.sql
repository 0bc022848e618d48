-- Issue 6: conversations (opinion maps). A member's vote on a statement is
-- one row, replaced when they change it. The latest analysis and the
-- clustering memory are stored as JSON written by the background job.
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    analysis TEXT,
    memory TEXT,
    -- People per stakeholder group and opinion group, as the map was drawn.
    spread TEXT,
    analysed_at INTEGER,
    analysed_votes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_initiative ON conversations (initiative_id);

CREATE TABLE conversation_statements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    seeded INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX conversation_statements_conversation ON conversation_statements (conversation_id, status);

CREATE TABLE conversation_votes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    statement_id INTEGER NOT NULL REFERENCES conversation_statements(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    vote INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (statement_id, user_id)
);
CREATE INDEX conversation_votes_conversation ON conversation_votes (conversation_id, updated_at);
