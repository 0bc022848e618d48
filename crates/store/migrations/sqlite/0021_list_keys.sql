-- Issue 12: every list pages by a cursor on its sort keys. The idea page
-- reads its comments a thread at a time: the threads' opening comments in
-- posting order, then each thread's replies by their parent.
CREATE INDEX idea_comments_threads ON idea_comments (idea_id, parent_id, created_at, id);
CREATE INDEX idea_comments_parent ON idea_comments (parent_id);
-- A community's initiatives, most recently updated first.
CREATE INDEX initiatives_listed ON initiatives (community_id, updated_at, id);
