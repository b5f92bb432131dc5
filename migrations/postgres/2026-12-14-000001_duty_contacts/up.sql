-- Who trainees call on each day of a course: the duty officer's name and phone. A day without a row keeps
-- the contact of the day before it.
CREATE TABLE duty_contacts (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL,
    PRIMARY KEY (cohort_id, day)
);
