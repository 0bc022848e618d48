-- Issue 11: each community may publish counts only from a higher threshold
-- than the floor of 5 (a small school may want 10).
ALTER TABLE communities ADD COLUMN min_published_count BIGINT NOT NULL DEFAULT 5;
