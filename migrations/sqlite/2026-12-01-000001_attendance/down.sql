ALTER TABLE cohorts DROP COLUMN completions_confirmed_at;
ALTER TABLE cohorts DROP COLUMN late_after;
ALTER TABLE cohorts DROP COLUMN checkin_closes_after;
ALTER TABLE cohorts DROP COLUMN checkin_opens_before;
ALTER TABLE cohorts DROP COLUMN completion_threshold;
DROP TABLE attendance_events;
DROP TABLE attendance;
