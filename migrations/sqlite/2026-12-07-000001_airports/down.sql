UPDATE venues SET kind = 'other' WHERE kind = 'airport';

-- Back to venues without airports.
-- SQLite cannot change a CHECK constraint: the table is rebuilt (the sessions' references to it are
-- checked when the migration commits).
PRAGMA defer_foreign_keys = ON;

CREATE TABLE venues_rebuilt (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL
        CHECK (kind IN ('classroom', 'hall', 'village', 'cooperative', 'farm', 'enterprise', 'hotel', 'other')),
    capacity INTEGER CHECK (capacity > 0),
    map_link TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

INSERT INTO venues_rebuilt (id, name, address, kind, capacity, map_link, created_at)
    SELECT id, name, address, kind, capacity, map_link, created_at FROM venues;

DROP TABLE venues;

ALTER TABLE venues_rebuilt RENAME TO venues;
