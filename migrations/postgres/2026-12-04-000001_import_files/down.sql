ALTER TABLE trainee_imports ADD COLUMN content TEXT NOT NULL DEFAULT '';
UPDATE trainee_imports SET content = convert_from(data, 'UTF8');
ALTER TABLE trainee_imports DROP COLUMN data;
