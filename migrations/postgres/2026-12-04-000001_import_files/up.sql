-- Uploaded rosters are kept as the bytes that came (workbooks, or text in any encoding), so that the
-- preview can read them again as the organizer chooses.
ALTER TABLE trainee_imports ADD COLUMN data BYTEA NOT NULL DEFAULT ''::bytea;
UPDATE trainee_imports SET data = convert_to(content, 'UTF8');
ALTER TABLE trainee_imports ALTER COLUMN data DROP DEFAULT;
ALTER TABLE trainee_imports DROP COLUMN content;
