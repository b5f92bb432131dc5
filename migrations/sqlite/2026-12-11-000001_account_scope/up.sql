-- An account can be limited to one commitment's cohorts, or to one host city's (an allocation, whose
-- commitment is kept beside it). Both empty: every course. No foreign keys: a scope whose commitment or
-- allocation is gone shows nothing rather than everything.
ALTER TABLE users ADD COLUMN scope_commitment_id INTEGER;
ALTER TABLE users ADD COLUMN scope_allocation_id INTEGER;
ALTER TABLE account_links ADD COLUMN scope_commitment_id INTEGER;
ALTER TABLE account_links ADD COLUMN scope_allocation_id INTEGER;
