-- Which worker holds a message being sent (its claim runs until next_attempt_at): a worker sends and
-- records only what it still holds, and gives its claims back when it stops.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
