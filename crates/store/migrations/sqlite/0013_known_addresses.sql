-- Issue 11: throttling that cannot lock a real person out. Addresses an
-- account signed in from recently are "known": guesses spread over many other
-- addresses do not hold the person back where they usually sign in.
-- Forgotten 90 days after the last sign-in from there.
CREATE TABLE login_known_addresses (
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    last_success_at INTEGER NOT NULL,
    PRIMARY KEY (account, address)
);
CREATE INDEX login_known_addresses_age ON login_known_addresses (last_success_at);
