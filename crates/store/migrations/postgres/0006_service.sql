-- Issue 10: one service layer for every door. The audit log names the
-- initiative an entry concerns and the door it came through (page, api,
-- cli, worker), so administrators can filter it; a member's row carries
-- the time of their last contribution, which posting limits lock on.
ALTER TABLE audit_log ADD COLUMN initiative_id BIGINT REFERENCES initiatives(id) ON DELETE SET NULL;
ALTER TABLE audit_log ADD COLUMN via TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_initiative ON audit_log (initiative_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

ALTER TABLE users ADD COLUMN last_contribution_at BIGINT;
