-- Airports as venues: a trainee's travel names the airport, and its venue gives the name in each language.
ALTER TABLE venues DROP CONSTRAINT venues_kind_check;
ALTER TABLE venues ADD CONSTRAINT venues_kind_check CHECK (kind IN ('classroom', 'hall', 'village', 'cooperative', 'farm', 'enterprise', 'hotel', 'airport', 'other'));
