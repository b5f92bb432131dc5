-- Trainees' personal itineraries. The secret link (a random token) opens a trainee's page and calendar feed
-- without a password; organizers revoke it (NULL) or issue a new one.
ALTER TABLE enrollments ADD COLUMN itinerary_token TEXT;
CREATE UNIQUE INDEX enrollments_itinerary_token ON enrollments (itinerary_token);

-- What each trainee was last sent: the itinerary as they read it, to tell them exactly what changed since.
CREATE TABLE itineraries_sent (
    enrollment_id INTEGER PRIMARY KEY NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    digest TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL
);

-- The outbox: every e-mail, written in the same transaction as what caused it and sent by the worker.
-- The idempotency key (trainee, kind, content version) keeps one copy of the same message.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    cohort_id INTEGER REFERENCES cohorts (id) ON DELETE SET NULL,
    trainee_id INTEGER REFERENCES trainees (id) ON DELETE SET NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_cohort ON outbox (cohort_id, created_at);
