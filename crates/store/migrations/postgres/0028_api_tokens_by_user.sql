-- Issue 13: a person's API tokens page (and its count) reads their tokens
-- through this index, not every token of the district (found by the
-- EXPLAIN test, crates/app/tests/explain.rs).
CREATE INDEX api_tokens_by_user ON api_tokens (user_id, id);
