-- Attendance: one mark per session and trainee, every mark ever given kept in attendance_events, and each
-- cohort's completion rule and check-in window.

CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
    note TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL CHECK (method IN ('roll_call', 'qr', 'bus', 'bulk')),
    marked_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    marked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, trainee_id)
);
CREATE INDEX attendance_trainee_id ON attendance (trainee_id);

CREATE TABLE attendance_events (
    id INTEGER PRIMARY KEY NOT NULL,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL,
    marked_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    marked_at TIMESTAMP NOT NULL
);
CREATE INDEX attendance_events_session_trainee ON attendance_events (session_id, trainee_id);

-- The share of required sessions a trainee must attend to complete the course, in percent; the minutes a
-- self check-in opens before a session starts and closes after, and after which it counts as late.
ALTER TABLE cohorts ADD COLUMN completion_threshold INTEGER NOT NULL DEFAULT 80
    CHECK (completion_threshold BETWEEN 0 AND 100);
ALTER TABLE cohorts ADD COLUMN checkin_opens_before INTEGER NOT NULL DEFAULT 15;
ALTER TABLE cohorts ADD COLUMN checkin_closes_after INTEGER NOT NULL DEFAULT 30;
ALTER TABLE cohorts ADD COLUMN late_after INTEGER NOT NULL DEFAULT 10;
-- When an organizer last confirmed who completed the course.
ALTER TABLE cohorts ADD COLUMN completions_confirmed_at TIMESTAMP;
