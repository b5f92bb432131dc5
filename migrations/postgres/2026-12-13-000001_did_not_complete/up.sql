-- "Did not complete": the final status of an enrollment whose trainee took part but did not meet the
-- completion rule when completions were confirmed.
ALTER TABLE enrollments DROP CONSTRAINT enrollments_status_check;
ALTER TABLE enrollments ADD CONSTRAINT enrollments_status_check
    CHECK (status IN ('nominated', 'confirmed', 'arrived', 'completed', 'not_completed', 'withdrawn', 'no_show'));
