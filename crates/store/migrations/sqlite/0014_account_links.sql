-- Issue 11: one-time links sent by email to the account's own address: to
-- reset a forgotten password, and to confirm a new sign-in address before it
-- is used. Only a hash of the token is kept; a link is spent by setting
-- used_at, atomically, so two clicks cannot both use it.
CREATE TABLE account_links (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('reset', 'email')),
    new_email TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX account_links_user ON account_links (user_id, purpose);
CREATE INDEX account_links_expiry ON account_links (expires_at);
