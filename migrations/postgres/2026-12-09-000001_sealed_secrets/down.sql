CREATE UNIQUE INDEX enrollments_itinerary_token ON enrollments (itinerary_token);
DROP INDEX enrollments_itinerary_digest;
ALTER TABLE enrollments DROP COLUMN itinerary_digest;
CREATE INDEX trainees_passport_number ON trainees (passport_number);
DROP INDEX trainees_passport_digest;
ALTER TABLE trainees DROP COLUMN passport_digest;
