-- Issue 16: co-production bodies and their meetings. A body (a council, a
-- steering group) has seats, each for a constituency, held in terms (the
-- history is kept) with ranked alternates; meetings have agenda items,
-- registrations with places reserved per constituency and a waitlist,
-- attendance by check-in code, and minutes in versions that the body
-- approves before they are published.
CREATE TABLE bodies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL,
    school_id INTEGER REFERENCES schools(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    purpose TEXT NOT NULL,
    rules TEXT NOT NULL,
    notice_hours INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX bodies_community ON bodies (community_id, id);

CREATE TABLE body_areas (
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    area_id INTEGER NOT NULL REFERENCES decision_areas(id) ON DELETE CASCADE,
    PRIMARY KEY (body_id, area_id)
);

CREATE TABLE seats (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    method TEXT NOT NULL,
    term_months INTEGER NOT NULL,
    term_limit INTEGER,
    selection_id INTEGER REFERENCES selections(id) ON DELETE SET NULL,
    opened_on TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX seats_body ON seats (body_id, id);

CREATE TABLE seat_terms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seat_id INTEGER NOT NULL REFERENCES seats(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    interests TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX seat_terms_seat ON seat_terms (seat_id, starts_on);

CREATE TABLE seat_alternates (
    seat_id INTEGER NOT NULL REFERENCES seats(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (seat_id, user_id)
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    body_id INTEGER REFERENCES bodies(id) ON DELETE CASCADE,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    mode TEXT NOT NULL,
    location TEXT NOT NULL,
    link TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    agenda_published_at INTEGER,
    cancelled_at INTEGER,
    sequence INTEGER NOT NULL,
    reminder_hours INTEGER NOT NULL,
    reminded_at INTEGER,
    minutes_status TEXT NOT NULL,
    minutes_approved_in INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    minutes_moved_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    minutes_approved_at INTEGER,
    minutes_published_at INTEGER,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX meetings_community ON meetings (community_id, starts_at);
CREATE INDEX meetings_body ON meetings (body_id, starts_at);

CREATE TABLE meeting_reserved (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES stakeholder_groups(id) ON DELETE CASCADE,
    places INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, group_id)
);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    owner TEXT NOT NULL,
    area_id INTEGER REFERENCES decision_areas(id) ON DELETE SET NULL,
    minutes INTEGER NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

-- One registration per person and meeting (walk-ins without an account have
-- no user). Access needs are private: organisers see totals only.
CREATE TABLE meeting_registrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    reserved INTEGER NOT NULL,
    code TEXT NOT NULL,
    needs TEXT NOT NULL,
    language TEXT NOT NULL,
    needs_other TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    attended_at INTEGER,
    walk_in INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (meeting_id, user_id),
    UNIQUE (meeting_id, code)
);
CREATE INDEX meeting_registrations_queue ON meeting_registrations (meeting_id, status, queued_at, id);

CREATE TABLE minutes_versions (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    summary TEXT NOT NULL,
    decisions TEXT NOT NULL,
    actions TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, version)
);

-- A personal calendar feed: the secret is stored hashed, revoked by deleting.
CREATE TABLE calendar_feeds (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, community_id)
);
