ALTER TABLE translations ADD COLUMN stale BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE translations SET stale = TRUE WHERE source = '';
ALTER TABLE translations DROP COLUMN source;
