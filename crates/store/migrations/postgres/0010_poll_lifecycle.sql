-- Issue 11: a poll can be cancelled, or closed before its date, each with a
-- public reason; both are recorded, never silent.
ALTER TABLE polls ADD COLUMN cancelled_at BIGINT;
ALTER TABLE polls ADD COLUMN closed_early_at BIGINT;
ALTER TABLE polls ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';
