-- Issue 3: the seeds' own model. Dates are ISO text (YYYY-MM-DD), which sorts
-- and compares the same way on both databases.
ALTER TABLE initiatives ADD COLUMN participation_open INTEGER NOT NULL DEFAULT 0;

CREATE TABLE stakeholders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    formal_authority TEXT NOT NULL,
    instrument TEXT NOT NULL DEFAULT '',
    influence TEXT NOT NULL,
    stance TEXT NOT NULL,
    suitability TEXT NOT NULL,
    suitability_reason TEXT NOT NULL DEFAULT '',
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    relationship_owner TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX stakeholders_initiative ON stakeholders (initiative_id);

CREATE TABLE authorizations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    stakeholder_id INTEGER REFERENCES stakeholders(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    due_on TEXT,
    happened_on TEXT,
    evidence TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX authorizations_initiative ON authorizations (initiative_id);

CREATE TABLE charters (
    initiative_id INTEGER PRIMARY KEY REFERENCES initiatives(id) ON DELETE CASCADE,
    version INTEGER NOT NULL DEFAULT 0,
    intro TEXT NOT NULL DEFAULT '',
    published_at INTEGER,
    updated_at INTEGER NOT NULL
);

CREATE TABLE decision_areas (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    level TEXT NOT NULL,
    final_decision_by TEXT NOT NULL,
    fixed TEXT NOT NULL DEFAULT '',
    risks TEXT NOT NULL DEFAULT '',
    reciprocity TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX decision_areas_initiative ON decision_areas (initiative_id);

CREATE TABLE charter_versions (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    published_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    published_at INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, version)
);

CREATE TABLE phases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    template_key TEXT,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    starts_on TEXT,
    ends_on TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX phases_initiative ON phases (initiative_id, position);

CREATE TABLE phase_transitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    from_phase_id INTEGER REFERENCES phases(id) ON DELETE SET NULL,
    to_phase_id INTEGER REFERENCES phases(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at INTEGER NOT NULL
);
CREATE INDEX phase_transitions_initiative ON phase_transitions (initiative_id, at);

CREATE TABLE engagement_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    stakeholder_id INTEGER REFERENCES stakeholders(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    people INTEGER NOT NULL,
    occurred_on TEXT NOT NULL,
    source TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX engagement_events_initiative ON engagement_events (initiative_id, occurred_on);

CREATE TABLE worksheet_answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    question INTEGER NOT NULL,
    answer TEXT NOT NULL,
    answered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    answered_at INTEGER NOT NULL
);
CREATE INDEX worksheet_answers_initiative ON worksheet_answers (initiative_id, question, answered_at);
