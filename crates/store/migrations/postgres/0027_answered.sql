-- Issue 13: the board's median time to a first response reads the answered
-- ideas through this index, not every idea of the initiative.
CREATE INDEX ideas_answered ON ideas (initiative_id, first_response_at, created_at)
    WHERE first_response_at IS NOT NULL;
-- The board's total ("Showing 50 of 19,809") is counted inside this index:
-- it holds every column the board's filter reads.
CREATE INDEX ideas_board_filter ON ideas (initiative_id, status, hidden_at, author_id);
