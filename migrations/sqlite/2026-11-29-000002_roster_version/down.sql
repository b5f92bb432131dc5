ALTER TABLE cohorts DROP COLUMN roster_version;
