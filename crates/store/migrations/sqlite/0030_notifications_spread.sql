-- Issue 13: PostgreSQL is told that notifications belong to many people
-- (see its 0030). SQLite plans from the schema here; this keeps the two
-- migration histories in step.
SELECT 1;
