-- Issue 13: the header's count of unread notifications runs in every
-- signed-in request; it reads the newest hundred unread through this index.
CREATE INDEX notifications_unread ON notifications (user_id, id) WHERE read_at IS NULL;
