-- "I need support" on a supporter's device: the latest request of each circle I support someone in, kept so a
-- restart does not lose it, until I mark it seen. The person's device keeps nothing of what it sent.

ALTER TABLE circles ADD COLUMN request_at_ms INTEGER CHECK (request_at_ms IS NULL OR request_at_ms >= 0);
ALTER TABLE circles ADD COLUMN request_message TEXT NOT NULL DEFAULT '' CHECK (length(request_message) <= 500);
ALTER TABLE circles ADD COLUMN request_seen INTEGER NOT NULL DEFAULT 0 CHECK (request_seen IN (0, 1));
