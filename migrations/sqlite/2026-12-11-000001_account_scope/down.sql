ALTER TABLE account_links DROP COLUMN scope_allocation_id;
ALTER TABLE account_links DROP COLUMN scope_commitment_id;
ALTER TABLE users DROP COLUMN scope_allocation_id;
ALTER TABLE users DROP COLUMN scope_commitment_id;
