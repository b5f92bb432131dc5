-- Certificates of completion: one per completed enrollment, with a serial that the public verification
-- page looks up. A completion taken back revokes it (the serial stays, for when it is given again).
CREATE TABLE certificates (
    id INTEGER PRIMARY KEY NOT NULL,
    enrollment_id INTEGER NOT NULL UNIQUE REFERENCES enrollments (id) ON DELETE CASCADE,
    serial TEXT NOT NULL UNIQUE,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
