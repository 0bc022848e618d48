-- Issue 12: a new initiative is a draft, seen only by facilitators and
-- administrators, until a facilitator publishes it. Initiatives from before
-- drafts existed were already public, so they count as published when made.
ALTER TABLE initiatives ADD COLUMN published_at INTEGER;
UPDATE initiatives SET published_at = created_at;
