-- Issue 11: secret ballots after the close, and paper ballots with four eyes.
-- Every ballot gets a random tracker its voter can look for on the public
-- list after the close; who voted is kept apart, in a roll; at the close the
-- ballots lose their owner (see `decisions::seal`). A paper ballot counts once
-- a second facilitator confirms it; a poll says how many paper ballots it
-- collected, and may take them in a counting window after the close.
ALTER TABLE poll_ballots ADD COLUMN tracker TEXT;
ALTER TABLE budget_ballots ADD COLUMN tracker TEXT;
UPDATE poll_ballots SET tracker = lower(hex(randomblob(5))) WHERE tracker IS NULL;
UPDATE budget_ballots SET tracker = lower(hex(randomblob(5))) WHERE tracker IS NULL;
CREATE UNIQUE INDEX poll_ballots_tracker ON poll_ballots (poll_id, tracker);
CREATE UNIQUE INDEX budget_ballots_tracker ON budget_ballots (budget_id, tracker);

ALTER TABLE poll_ballots ADD COLUMN confirmed_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE poll_ballots ADD COLUMN confirmed_at INTEGER;
ALTER TABLE budget_ballots ADD COLUMN confirmed_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE budget_ballots ADD COLUMN confirmed_at INTEGER;
-- Paper ballots entered before four eyes keep counting, confirmed by whoever entered them.
UPDATE poll_ballots SET confirmed_by = entered_by, confirmed_at = created_at WHERE entered_by IS NOT NULL;
UPDATE budget_ballots SET confirmed_by = entered_by, confirmed_at = created_at WHERE entered_by IS NOT NULL;

ALTER TABLE polls ADD COLUMN sealed_at INTEGER;
ALTER TABLE polls ADD COLUMN paper_declared INTEGER;
ALTER TABLE polls ADD COLUMN counting_until INTEGER;
ALTER TABLE budgets ADD COLUMN sealed_at INTEGER;
ALTER TABLE budgets ADD COLUMN paper_declared INTEGER;
ALTER TABLE budgets ADD COLUMN counting_until INTEGER;

CREATE TABLE ballot_roll (
    box TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    voted_at INTEGER NOT NULL,
    PRIMARY KEY (box, owner_id, user_id)
);
INSERT INTO ballot_roll (box, owner_id, user_id, group_id, voted_at)
    SELECT 'poll', poll_id, user_id, group_id, created_at FROM poll_ballots WHERE user_id IS NOT NULL;
INSERT INTO ballot_roll (box, owner_id, user_id, group_id, voted_at)
    SELECT 'budget', budget_id, user_id, group_id, created_at FROM budget_ballots WHERE user_id IS NOT NULL;
