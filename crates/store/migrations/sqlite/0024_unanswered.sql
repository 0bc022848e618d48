-- Issue 13: the health view counts ideas still waiting for a first response
-- past the target inside this index, instead of reading every idea.
CREATE INDEX ideas_unanswered ON ideas (initiative_id, created_at)
    WHERE first_response_at IS NULL AND hidden_at IS NULL AND withdrawn_at IS NULL;
