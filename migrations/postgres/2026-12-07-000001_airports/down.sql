UPDATE venues SET kind = 'other' WHERE kind = 'airport';
ALTER TABLE venues DROP CONSTRAINT venues_kind_check;
ALTER TABLE venues ADD CONSTRAINT venues_kind_check CHECK (kind IN ('classroom', 'hall', 'village', 'cooperative', 'farm', 'enterprise', 'hotel', 'other'));
