ALTER TABLE sessions DROP COLUMN original_lang;
DROP TABLE translations;
