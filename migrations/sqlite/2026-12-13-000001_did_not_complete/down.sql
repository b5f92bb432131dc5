-- Back to the statuses before "did not complete": those enrollments are "arrived" again.
-- SQLite cannot change a CHECK constraint: the table is rebuilt. Attendance marks, certificates and sent
-- itineraries refer to enrollments with ON DELETE CASCADE and dropping a table deletes its rows first,
-- so foreign keys are off while it is rebuilt; that cannot be switched inside a transaction, so this
-- migration runs outside diesel's (metadata.toml) and opens its own.
PRAGMA foreign_keys = OFF;
BEGIN;
UPDATE enrollments SET status = 'arrived' WHERE status = 'not_completed';
UPDATE enrollment_events SET status = 'arrived' WHERE status = 'not_completed';

CREATE TABLE enrollments_rebuilt (
    id INTEGER PRIMARY KEY NOT NULL,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
    status TEXT NOT NULL
        CHECK (status IN ('nominated', 'confirmed', 'arrived', 'completed', 'withdrawn', 'no_show')),
    status_changed_at TIMESTAMP NOT NULL,
    arrival_at TIMESTAMP,
    arrival_flight TEXT NOT NULL DEFAULT '',
    arrival_airport TEXT NOT NULL DEFAULT '',
    departure_at TIMESTAMP,
    departure_flight TEXT NOT NULL DEFAULT '',
    departure_airport TEXT NOT NULL DEFAULT '',
    hotel TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    itinerary_token TEXT,
    itinerary_digest TEXT,
    UNIQUE (cohort_id, trainee_id)
);

INSERT INTO enrollments_rebuilt (id, cohort_id, trainee_id, status, status_changed_at, arrival_at,
        arrival_flight, arrival_airport, departure_at, departure_flight, departure_airport, hotel, room,
        created_at, updated_at, itinerary_token, itinerary_digest)
    SELECT id, cohort_id, trainee_id, status, status_changed_at, arrival_at, arrival_flight,
        arrival_airport, departure_at, departure_flight, departure_airport, hotel, room, created_at,
        updated_at, itinerary_token, itinerary_digest
    FROM enrollments;

DROP TABLE enrollments;
ALTER TABLE enrollments_rebuilt RENAME TO enrollments;
CREATE INDEX enrollments_trainee_id ON enrollments (trainee_id);
CREATE UNIQUE INDEX enrollments_itinerary_digest ON enrollments (itinerary_digest);
COMMIT;
PRAGMA foreign_keys = ON;
