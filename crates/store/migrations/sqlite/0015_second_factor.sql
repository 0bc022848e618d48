-- Issue 11: an optional second factor (RFC 6238 codes from an app), with
-- one-time recovery codes, and communities that require it of their staff.
-- The secret is kept as base 32; a pending one waits for its first code.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending TEXT;
-- The last step whose code was accepted: a code is never accepted twice.
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;
ALTER TABLE communities ADD COLUMN staff_second_factor INTEGER NOT NULL DEFAULT 0;

CREATE TABLE recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (user_id, code_hash)
);

-- A password accepted, waiting for the second factor: the browser holds the
-- token in a cookie for a few minutes, with a few tries.
CREATE TABLE login_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL
);
CREATE INDEX login_challenges_expiry ON login_challenges (expires_at);
