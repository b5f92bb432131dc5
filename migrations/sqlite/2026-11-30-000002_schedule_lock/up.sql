-- A row whose write lock serialises saving sessions, so that two organizers booking the same speaker
-- in different cohorts at the same moment cannot both succeed.
INSERT INTO settings (key, value) VALUES ('schedule_lock', '');
