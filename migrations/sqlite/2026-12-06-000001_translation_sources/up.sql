-- A version remembers the original it translates (`source`): it is out of date whenever the original
-- differs, however the original was edited, and saving it again confirms it. Versions already flagged
-- as out of date keep no source, so they stay flagged.
ALTER TABLE translations ADD COLUMN source TEXT NOT NULL DEFAULT '';

UPDATE translations SET source = COALESCE((
    SELECT CASE translations.field
        WHEN 'title' THEN s.title
        WHEN 'description' THEN s.description
        WHEN 'room' THEN s.room
        WHEN 'address' THEN s.address
        WHEN 'departure_point' THEN s.departure_point
        WHEN 'what_to_bring' THEN s.what_to_bring
        ELSE ''
    END
    FROM sessions s WHERE s.id = translations.object_id
), '')
WHERE object_type = 'session' AND stale = FALSE;

ALTER TABLE translations DROP COLUMN stale;
