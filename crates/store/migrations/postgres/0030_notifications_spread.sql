-- Issue 13: notifications belong to many people. Without this PostgreSQL
-- estimates a person's share of them from the few people it has seen with
-- any (in the enlarged demo one facilitator holds 99,000 of them), judges
-- that any person's are a third of the table and reads the header's unread
-- count through the primary key (30 ms for a member with one
-- notification); told that people are many, it reads the partial index of
-- unread notifications (under 3 ms). Takes effect at the next ANALYZE.
ALTER TABLE notifications ALTER COLUMN user_id SET (n_distinct = -0.01);
