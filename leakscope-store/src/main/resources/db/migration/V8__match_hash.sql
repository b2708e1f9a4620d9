-- A keyed hash (HMAC-SHA256 with a key derived from the case key; SHA-256 in a case kept in clear)
-- of each finding's lookup form (MatchKey), so that "was this address in the leak?" is answered
-- by an index without decrypting, and without storing the value again. Filled for older cases
-- when the case is next opened.
ALTER TABLE findings ADD COLUMN match_hash TEXT;
CREATE INDEX findings_match_hash ON findings(match_hash);
