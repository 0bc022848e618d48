-- Issue 14: who the community is (baselines per community or school and
-- dimension, with their source), what members declare about themselves
-- (profile answers, "-" for prefer not to say), the community's settings
-- for the representation alerts, and the group an invitation is aimed at.
CREATE TABLE baselines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    school_id INTEGER REFERENCES schools(id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX baselines_community ON baselines (community_id, dimension);

CREATE TABLE baseline_groups (
    baseline_id INTEGER NOT NULL REFERENCES baselines(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    people INTEGER NOT NULL,
    PRIMARY KEY (baseline_id, position)
);

CREATE TABLE profile_answers (
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    answer TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (community_id, user_id, dimension)
);

ALTER TABLE communities ADD COLUMN representation TEXT;
ALTER TABLE invitations ADD COLUMN aimed_dimension TEXT;
ALTER TABLE invitations ADD COLUMN aimed_group TEXT;

-- Who endorsed an initiative's ideas in a period, read by idea and time
-- (the primary key alone made PostgreSQL read every endorsement).
CREATE INDEX idea_endorsements_idea_time ON idea_endorsements (idea_id, created_at, user_id);
