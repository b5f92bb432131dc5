ALTER TABLE cohorts DROP COLUMN timetable_version;
