-- Why a person needs a reviewer's look before sign-off (counted all the same): a comma-separated
-- list of ReviewFlag ids (system_logs_only, master_conflict); empty for most.
ALTER TABLE persons ADD COLUMN review_flags TEXT NOT NULL DEFAULT '';

-- Merges the resolver refused because they would have joined two master rows: per person, the other
-- side (a person, or a master row that formed none) and the key both share. Replaced with the persons.
CREATE TABLE person_conflicts (
    person_id TEXT NOT NULL REFERENCES persons(person_id) ON DELETE CASCADE,
    other_ref TEXT NOT NULL,
    key_kind  TEXT NOT NULL
);
CREATE INDEX person_conflicts_person ON person_conflicts(person_id);

-- For a relative's record, the employee number of the person they are a relative of, as written
-- beside them (sealed like finding values in an encrypted case); empty for other records.
ALTER TABLE records ADD COLUMN relative_of TEXT NOT NULL DEFAULT '';
