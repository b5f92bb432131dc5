DROP TABLE trainee_imports;
DROP TABLE enrollment_events;
DROP TABLE enrollments;
DROP TABLE delegations;
DROP TABLE trainees;
