DROP TABLE cohorts;
DROP TABLE allocation_targets;
DROP TABLE allocations;
DROP TABLE commitments;
DROP TABLE countries;
DROP TABLE users;
DROP TABLE settings;
