-- A number that grows whenever a cohort's roster changes, so servers can keep rosters in memory and
-- know when to read them again.
ALTER TABLE cohorts ADD COLUMN roster_version INTEGER NOT NULL DEFAULT 0;
