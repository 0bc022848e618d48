-- Issue 11: one person, one account. A sign-in link is an invitation for an
-- existing member: using it signs in to that member's account and never
-- creates another. An account merged into another keeps its row (the audit
-- log still names it) but can no longer sign in, and says where it went.
ALTER TABLE invitations ADD COLUMN for_user_id BIGINT REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE users ADD COLUMN merged_into BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE users ADD COLUMN merged_at BIGINT;
