-- Why each person is who they are: the merges that formed them (record or master row on each side,
-- and the key they shared). Replaced with the persons after every resolution.

CREATE TABLE merge_links (
    person_id TEXT NOT NULL REFERENCES persons(person_id) ON DELETE CASCADE,
    from_ref  TEXT NOT NULL,
    to_ref    TEXT NOT NULL,
    reason    TEXT NOT NULL
);
CREATE INDEX merge_links_person ON merge_links(person_id);
