DROP TABLE outbox;
DROP TABLE itineraries_sent;
DROP INDEX enrollments_itinerary_token;
ALTER TABLE enrollments DROP COLUMN itinerary_token;
