-- The case store: the inventory of the leak, the person records found, and the resolved persons.
-- It holds leaked personal data (finding values): keep the case directory protected.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    path        TEXT    NOT NULL UNIQUE,
    parent      TEXT,
    size        INTEGER,
    sha256      TEXT,
    media_type  TEXT,
    status      TEXT    NOT NULL CHECK (status IN ('done', 'failed', 'skipped')),
    reason      TEXT,
    findings    INTEGER NOT NULL DEFAULT 0,
    scanned_at  TEXT    NOT NULL
);

CREATE TABLE records (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    locator     TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    context     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX records_document ON records(document_id);

CREATE TABLE findings (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    type        TEXT    NOT NULL,
    element     TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    span_start  INTEGER,
    span_end    INTEGER,
    location    TEXT    NOT NULL,
    score       REAL    NOT NULL,
    recognizer  TEXT    NOT NULL
);
CREATE INDEX findings_record ON findings(record_id);

CREATE TABLE persons (
    person_id       TEXT PRIMARY KEY,
    category        TEXT NOT NULL,
    display_name    TEXT NOT NULL,
    master_source   TEXT,
    master_key      TEXT,
    category_reason TEXT NOT NULL,
    merge_reasons   TEXT NOT NULL
);

CREATE TABLE person_records (
    person_id TEXT    NOT NULL REFERENCES persons(person_id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, record_id)
);

CREATE TABLE person_elements (
    person_id TEXT NOT NULL REFERENCES persons(person_id) ON DELETE CASCADE,
    element   TEXT NOT NULL,
    PRIMARY KEY (person_id, element)
);

CREATE TABLE person_documents (
    person_id TEXT NOT NULL REFERENCES persons(person_id) ON DELETE CASCADE,
    path      TEXT NOT NULL,
    PRIMARY KEY (person_id, path)
);

-- Records that matched several people by name alone: shown for review, not counted as persons.
CREATE TABLE ambiguous_records (
    record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE
);

CREATE TABLE scan_runs (
    id          INTEGER PRIMARY KEY,
    case_name   TEXT NOT NULL,
    leak_root   TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    files_seen  INTEGER
);
