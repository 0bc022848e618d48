-- Issue 13: a conversation's votes and voters are counters kept in the same
-- transaction as each vote (store::conversations::vote), not counted from
-- every vote on every page; the index finds a voter's votes in one conversation.
ALTER TABLE conversations ADD COLUMN votes_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN voters_count INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET
    votes_count = (SELECT COUNT(*) FROM conversation_votes v WHERE v.conversation_id = conversations.id),
    voters_count = (SELECT COUNT(DISTINCT v.user_id) FROM conversation_votes v WHERE v.conversation_id = conversations.id);
CREATE INDEX conversation_votes_voter ON conversation_votes (conversation_id, user_id);
