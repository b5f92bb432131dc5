-- Back to the statuses before "did not complete": those enrollments are "arrived" again.
UPDATE enrollments SET status = 'arrived' WHERE status = 'not_completed';
UPDATE enrollment_events SET status = 'arrived' WHERE status = 'not_completed';
ALTER TABLE enrollments DROP CONSTRAINT enrollments_status_check;
ALTER TABLE enrollments ADD CONSTRAINT enrollments_status_check
    CHECK (status IN ('nominated', 'confirmed', 'arrived', 'completed', 'withdrawn', 'no_show'));
