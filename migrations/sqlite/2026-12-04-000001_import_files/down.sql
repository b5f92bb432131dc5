ALTER TABLE trainee_imports ADD COLUMN content TEXT NOT NULL DEFAULT '';
UPDATE trainee_imports SET content = CAST(data AS TEXT);
ALTER TABLE trainee_imports DROP COLUMN data;
