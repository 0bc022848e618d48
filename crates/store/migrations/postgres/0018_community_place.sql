-- Issue 12: where a community is. Dates typed in forms are days in its time
-- zone (an IANA name) and every time is shown in it; its locale decides how
-- dates, numbers and money are written in its language.
ALTER TABLE communities ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE communities ADD COLUMN locale TEXT NOT NULL DEFAULT 'en-US';
