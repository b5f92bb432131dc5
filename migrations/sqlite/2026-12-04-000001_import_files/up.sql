-- Uploaded rosters are kept as the bytes that came (workbooks, or text in any encoding), so that the
-- preview can read them again as the organizer chooses.
ALTER TABLE trainee_imports ADD COLUMN data BLOB NOT NULL DEFAULT x'';
UPDATE trainee_imports SET data = CAST(content AS BLOB);
ALTER TABLE trainee_imports DROP COLUMN content;
