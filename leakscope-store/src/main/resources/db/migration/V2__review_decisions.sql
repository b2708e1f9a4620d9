-- Reviewer corrections of the resolution, applied on every re-run. Records are named by document
-- path and locator, which survive re-scans. A split lists several records (positions 0..n).

CREATE TABLE review_decisions (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('merge', 'split', 'category')),
    category    TEXT,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE review_records (
    decision_id INTEGER NOT NULL REFERENCES review_decisions(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    path        TEXT    NOT NULL,
    locator     TEXT    NOT NULL,
    PRIMARY KEY (decision_id, position)
);

-- Which configuration a scan used, so that a reviewer decision can re-run resolution without it.
ALTER TABLE scan_runs ADD COLUMN config_path TEXT;
