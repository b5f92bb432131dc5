-- Personal API tokens: read-only access to the reports for a coordinator's or organizer's own tools. Only a
-- SHA-256 digest of the token is kept (the token is shown once, when created); revoking keeps the row.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    digest TEXT NOT NULL UNIQUE,
    hint TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- The audit log: who created, changed or deleted what, and when, with each field's value before and after
-- (a JSON list). The user's name is kept as it was, so the log still reads after an account is deleted.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    cohort_id INTEGER,
    label TEXT NOT NULL,
    changes TEXT NOT NULL
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at);
CREATE INDEX audit_log_cohort ON audit_log (cohort_id, at);
CREATE INDEX audit_log_at ON audit_log (at);
