-- Issue 17: events (a conference, a workshop day, an open evening) with a
-- call for sessions, review by a mixed panel with declared conflicts,
-- decisions with reasons, a programme of rooms and times, and feedback on
-- every session. Registration, the waitlist, access needs and check-in are
-- the meetings' own: the event's gathering and each placed session are a
-- meeting row that points back at the event.
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    call_closes_at INTEGER NOT NULL,
    goal_percent INTEGER NOT NULL,
    criteria TEXT NOT NULL,
    programme_published_at INTEGER,
    report_published_at INTEGER,
    -- The gathering: registration and check-in for the whole event. No
    -- foreign key: the meeting points back at the event (and goes with it),
    -- and tables must not refer to each other in a cycle (backups order them).
    meeting_id INTEGER,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX events_community ON events (community_id, id);

ALTER TABLE meetings ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE CASCADE;
CREATE INDEX meetings_event ON meetings (event_id);

CREATE TABLE event_reviewers (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, user_id)
);

CREATE TABLE event_rooms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    UNIQUE (event_id, name)
);

CREATE TABLE session_proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    format TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    audience TEXT NOT NULL,
    track TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    decided_at INTEGER,
    room_id INTEGER REFERENCES event_rooms(id) ON DELETE SET NULL,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    proposed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX session_proposals_event ON session_proposals (event_id, id);

-- Who leads a session: a member (linked) or a name, with their role. A
-- pupil's name never leaves the staff pages.
CREATE TABLE session_leads (
    proposal_id INTEGER NOT NULL REFERENCES session_proposals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (proposal_id, position)
);

-- One review per reviewer and proposal: scores per criterion, or a declared
-- conflict of interest (no scores, excluded from the totals).
CREATE TABLE session_reviews (
    proposal_id INTEGER NOT NULL REFERENCES session_proposals(id) ON DELETE CASCADE,
    reviewer_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    conflict INTEGER NOT NULL,
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, reviewer_id)
);

-- Feedback from people who attended: one per person and session; the
-- delegates' view of the whole event is kept apart.
CREATE TABLE session_feedback (
    proposal_id INTEGER NOT NULL REFERENCES session_proposals(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    useful INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    worked TEXT NOT NULL,
    better TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);

CREATE TABLE event_feedback (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    overall INTEGER NOT NULL,
    comment TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
