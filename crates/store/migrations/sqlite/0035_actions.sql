-- Issue 17: co-responsibility actions. An action of an initiative is owned
-- together by people of several constituencies (each owner's group is kept
-- as it was when they took it on), its definition of done is a checklist
-- whose ticks are its progress, and it links back to where it came from.
ALTER TABLE initiatives ADD COLUMN action_min_groups INTEGER NOT NULL DEFAULT 2;

CREATE TABLE actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL,
    evidence TEXT NOT NULL,
    source_kind TEXT,
    source_id INTEGER,
    completed_at INTEGER,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX actions_initiative ON actions (initiative_id, status, due_on);

CREATE TABLE action_owners (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    PRIMARY KEY (action_id, user_id)
);

CREATE TABLE action_items (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    done_at INTEGER,
    done_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (action_id, position)
);
