-- Issue 11: personal API tokens say what they may do (read, or also write)
-- and expire; existing tokens keep writing and live 90 days from creation.
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'write';
ALTER TABLE api_tokens ADD COLUMN expires_at INTEGER;
UPDATE api_tokens SET expires_at = created_at + 7776000 WHERE expires_at IS NULL;
