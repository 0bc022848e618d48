-- Issue 17: co-delivery rosters. Strengths are recorded by each person for
-- themselves and shared for matching only if they choose; safeguarding
-- checks are staff records, never public; roles say what they ask and give
-- back; shifts have places and, where pupils take part, a staff
-- supervisor; sign-ups carry the hours given; promises back are tracked
-- until they are kept.
CREATE TABLE strength_profiles (
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    skills TEXT NOT NULL,
    strengths TEXT NOT NULL,
    languages TEXT NOT NULL,
    availability TEXT NOT NULL,
    shared INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (community_id, user_id)
);

CREATE TABLE safeguarding_checks (
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    expires_on TEXT,
    recorded_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (community_id, user_id)
);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    skills TEXT NOT NULL,
    languages TEXT NOT NULL,
    time_ask TEXT NOT NULL,
    safeguarding INTEGER NOT NULL,
    pupils INTEGER NOT NULL,
    gives_back TEXT NOT NULL,
    gives_back_detail TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX roles_initiative ON roles (initiative_id, id);

CREATE TABLE shifts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    location TEXT NOT NULL,
    supervisor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX shifts_role ON shifts (role_id, starts_at);

-- One sign-up per person and shift (the service's check stands on it).
CREATE TABLE shift_signups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    minutes INTEGER,
    recorded_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (shift_id, user_id)
);

CREATE TABLE promises (
    role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    promised_on TEXT NOT NULL,
    delivered_at INTEGER,
    delivered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (role_id, user_id, kind)
);
