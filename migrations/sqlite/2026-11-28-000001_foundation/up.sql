-- Accounts, settings, countries, commitments with their host-city allocations, and cohorts.

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('organizer', 'coordinator', 'trainee')),
    password_hash TEXT,
    language TEXT CHECK (language IN ('en', 'zh', 'ru')),
    created_at TIMESTAMP NOT NULL,
    last_login_at TIMESTAMP
);

CREATE TABLE countries (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2),
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    sco_status TEXT NOT NULL CHECK (sco_status IN ('member', 'observer', 'partner'))
);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    places INTEGER NOT NULL CHECK (places > 0),
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    archived_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE allocations (
    id INTEGER PRIMARY KEY NOT NULL,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    host_city TEXT NOT NULL,
    places INTEGER NOT NULL CHECK (places > 0),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commitment_id, host_city)
);

CREATE TABLE allocation_targets (
    allocation_id INTEGER NOT NULL REFERENCES allocations (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    places INTEGER NOT NULL CHECK (places >= 0),
    PRIMARY KEY (allocation_id, year)
);

CREATE TABLE cohorts (
    id INTEGER PRIMARY KEY NOT NULL,
    allocation_id INTEGER NOT NULL REFERENCES allocations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    languages TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('planning', 'open', 'running', 'completed', 'cancelled')),
    notes TEXT NOT NULL DEFAULT '',
    archived_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE INDEX cohorts_allocation_id ON cohorts (allocation_id);
CREATE INDEX cohorts_starts_on ON cohorts (starts_on);
