-- Issue 13: a poll or budget is counted once, when its count is final, and
-- the result is stored with a hash of the ballots it counted; pages and the
-- API serve the stored result, and a recount says whether it still matches.
CREATE TABLE counts (
    ballot_box TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    ballots INTEGER NOT NULL,
    ballots_sha256 TEXT NOT NULL,
    body TEXT NOT NULL,
    counted_at INTEGER NOT NULL,
    recounted_at INTEGER,
    recount_matches INTEGER,
    PRIMARY KEY (ballot_box, owner_id)
);
