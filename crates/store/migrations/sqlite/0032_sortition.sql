-- Issue 15: selection by lot. A selection (a design team, later a council's
-- seats) gathers volunteers with their private answers to the stratification
-- questions; each round publishes a lottery and the hash of a secret, then
-- the draw records the secret, the public entropy and the numbers drawn.
CREATE TABLE selections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    purpose TEXT NOT NULL,
    seats INTEGER NOT NULL,
    dimensions TEXT NOT NULL,
    quotas TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX selections_initiative ON selections (initiative_id, id);

CREATE TABLE selection_volunteers (
    selection_id INTEGER NOT NULL REFERENCES selections(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    answers TEXT NOT NULL,
    number INTEGER,
    status TEXT NOT NULL,
    selected_in INTEGER,
    created_at INTEGER NOT NULL,
    responded_at INTEGER,
    PRIMARY KEY (selection_id, user_id)
);

CREATE TABLE selection_rounds (
    selection_id INTEGER NOT NULL REFERENCES selections(id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    seats INTEGER NOT NULL,
    commitment TEXT NOT NULL,
    lottery TEXT NOT NULL,
    committed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    committed_at INTEGER NOT NULL,
    secret TEXT,
    entropy TEXT,
    selected TEXT,
    drawn_at INTEGER,
    PRIMARY KEY (selection_id, round)
);
