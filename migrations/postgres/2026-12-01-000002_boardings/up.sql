-- Boarding headcounts on site visits: who got on which bus, going out and coming back.
CREATE TABLE boardings (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
    leg TEXT NOT NULL CHECK (leg IN ('out', 'back')),
    vehicle_id INTEGER REFERENCES vehicles (id) ON DELETE SET NULL,
    boarded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    boarded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, trainee_id, leg)
);
