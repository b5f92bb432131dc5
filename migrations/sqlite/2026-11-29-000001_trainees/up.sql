-- Trainees (people, reusable across cohorts), their enrollments in cohorts with the history of each
-- enrollment's status, delegations (a country's group in a cohort), and CSV imports awaiting confirmation.

CREATE TABLE trainees (
    id INTEGER PRIMARY KEY NOT NULL,
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    native_name TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL CHECK (gender IN ('female', 'male')),
    date_of_birth DATE,
    country_code TEXT NOT NULL REFERENCES countries (code),
    organization TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    email TEXT UNIQUE,
    phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL CHECK (language IN ('en', 'zh', 'ru')),
    dietary TEXT NOT NULL DEFAULT '',
    accessibility TEXT NOT NULL DEFAULT '',
    passport_number TEXT,
    passport_expiry DATE,
    notes TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX trainees_passport_number ON trainees (passport_number);

CREATE TABLE delegations (
    id INTEGER PRIMARY KEY NOT NULL,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES countries (code),
    leader_trainee_id INTEGER REFERENCES trainees (id) ON DELETE SET NULL,
    focal_name TEXT NOT NULL DEFAULT '',
    focal_email TEXT NOT NULL DEFAULT '',
    focal_phone TEXT NOT NULL DEFAULT '',
    UNIQUE (cohort_id, country_code)
);

CREATE TABLE enrollments (
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
    UNIQUE (cohort_id, trainee_id)
);
CREATE INDEX enrollments_trainee_id ON enrollments (trainee_id);

CREATE TABLE enrollment_events (
    id INTEGER PRIMARY KEY NOT NULL,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    changed_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX enrollment_events_enrollment_id ON enrollment_events (enrollment_id);

CREATE TABLE trainee_imports (
    id INTEGER PRIMARY KEY NOT NULL,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
