-- A number that grows whenever a cohort's timetable, or a venue, speaker, interpreter or bus it may show,
-- changes, so servers can keep timetables in memory and know when to read them again.
ALTER TABLE cohorts ADD COLUMN timetable_version INTEGER NOT NULL DEFAULT 0;
