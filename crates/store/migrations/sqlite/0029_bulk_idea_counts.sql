-- Issue 13: on PostgreSQL the idea counters' insert triggers became
-- statement-level (see its 0029). SQLite updates a row in place, so its
-- per-row triggers stay; this keeps the two migration histories in step.
SELECT 1;
