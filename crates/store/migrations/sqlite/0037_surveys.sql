-- Issue 18: co-evaluation surveys. Questions are kept as their definition
-- (JSON, in order). Each invitee holds a one-time token (stored hashed) on
-- the roll, which says whether they answered — never when, so the roll
-- cannot be matched to the responses by time. An anonymous response keeps
-- no user, no token and no time: its id is random, so not even the order of
-- rows links it to the roll. Confidential and named responses keep the user.
CREATE TABLE surveys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    intro TEXT NOT NULL,
    mode TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    opened_at INTEGER,
    closed_at INTEGER
);
CREATE INDEX surveys_community ON surveys (community_id, id);

CREATE TABLE survey_questions (
    survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (survey_id, position)
);

CREATE TABLE survey_roll (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    school_id INTEGER REFERENCES schools(id) ON DELETE SET NULL,
    channel TEXT NOT NULL,
    answered INTEGER NOT NULL,
    UNIQUE (survey_id, user_id)
);
CREATE INDEX survey_roll_survey ON survey_roll (survey_id, answered);

CREATE TABLE survey_responses (
    id TEXT PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    school_id INTEGER REFERENCES schools(id) ON DELETE SET NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    paper INTEGER NOT NULL,
    answers TEXT NOT NULL
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id);
