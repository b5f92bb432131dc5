-- Logins as server-side records: the cookie holds a random token, the database only its SHA-256 digest.
-- Logging out, "log out everywhere" and ending a session from the sessions page delete the row, and the
-- cookie stops working at once; an idle or too old session is refused and deleted when next seen.
CREATE TABLE login_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    digest TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    user_agent TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);

CREATE INDEX login_sessions_user ON login_sessions (user_id);
