-- Passport numbers and personal-link tokens are kept sealed with the server's key (which is never stored
-- here); what is looked up by value is looked up by its digest. Values written before this migration are
-- sealed by the server when it starts (it alone holds the key).
ALTER TABLE trainees ADD COLUMN passport_digest TEXT;
CREATE INDEX trainees_passport_digest ON trainees (passport_digest);
DROP INDEX trainees_passport_number;
ALTER TABLE enrollments ADD COLUMN itinerary_digest TEXT;
CREATE UNIQUE INDEX enrollments_itinerary_digest ON enrollments (itinerary_digest);
DROP INDEX enrollments_itinerary_token;
