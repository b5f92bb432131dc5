-- Accounts managed in the app: an account can be disabled (its logins end, it cannot log in), and single-use
-- links bring a colleague in (an invitation, 72 hours, with the role they will have) or let someone choose a
-- new password (a reset, 1 hour). Like logins, a link's token is kept only as its SHA-256 digest.
ALTER TABLE users ADD COLUMN disabled_at TIMESTAMP;

CREATE TABLE account_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reset')),
    digest TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'coordinator',
    language TEXT NOT NULL DEFAULT 'en',
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);

CREATE INDEX account_links_email ON account_links (email);
