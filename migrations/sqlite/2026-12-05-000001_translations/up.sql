-- Trainee-facing texts in several languages. A text's original stays in its own row's column, written in
-- the row's `original_lang`; the other languages' versions are rows here, one per object, field and
-- language, so that adding a language is data, not a schema change. `stale`: the original changed after
-- this version was written.
CREATE TABLE translations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    object_type TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    stale BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (object_type, object_id, field, lang)
);

ALTER TABLE sessions ADD COLUMN original_lang TEXT NOT NULL DEFAULT 'en';
