-- Scheduling: shared venues, speakers and interpreters; vehicles (a cohort's own, or shared); a cohort's
-- case-study groups; sessions with their speakers, interpreters, vehicles and audience.

CREATE TABLE venues (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL
        CHECK (kind IN ('classroom', 'hall', 'village', 'cooperative', 'farm', 'enterprise', 'hotel', 'other')),
    capacity INTEGER CHECK (capacity > 0),
    map_link TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE interpreters (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    language_pairs TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY NOT NULL,
    cohort_id INTEGER REFERENCES cohorts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    seats INTEGER NOT NULL CHECK (seats > 0),
    driver_contact TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cohort_groups (
    id INTEGER PRIMARY KEY NOT NULL,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (cohort_id, name)
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES cohort_groups (id) ON DELETE CASCADE,
    trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, trainee_id)
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY NOT NULL,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('lecture', 'site_visit', 'case_study', 'ceremony', 'meal', 'break', 'free_time')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL
        CHECK (theme IN ('governance', 'construction', 'industry', 'mechanization', 'tourism', 'other')),
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    venue_id INTEGER REFERENCES venues (id),
    room TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    interpretation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('planned', 'confirmed', 'cancelled')),
    host_organization TEXT NOT NULL DEFAULT '',
    host_contact TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    departure_point TEXT NOT NULL DEFAULT '',
    departs_at TIMESTAMP,
    returns_at TIMESTAMP,
    what_to_bring TEXT NOT NULL DEFAULT '',
    materials_link TEXT NOT NULL DEFAULT '',
    materials_file TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (ends_at > starts_at)
);
-- Clash checks look for sessions starting within a bounded window before a new one ends.
CREATE INDEX sessions_starts_at ON sessions (starts_at);
CREATE INDEX sessions_cohort_starts_at ON sessions (cohort_id, starts_at);

CREATE TABLE session_speakers (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    PRIMARY KEY (session_id, speaker_id)
);
CREATE INDEX session_speakers_speaker_id ON session_speakers (speaker_id);

CREATE TABLE session_interpreters (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    interpreter_id INTEGER NOT NULL REFERENCES interpreters (id),
    PRIMARY KEY (session_id, interpreter_id)
);
CREATE INDEX session_interpreters_interpreter_id ON session_interpreters (interpreter_id);

CREATE TABLE session_vehicles (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, vehicle_id)
);
CREATE INDEX session_vehicles_vehicle_id ON session_vehicles (vehicle_id);

CREATE TABLE session_groups (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES cohort_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, group_id)
);

CREATE TABLE session_delegations (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    delegation_id INTEGER NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, delegation_id)
);
