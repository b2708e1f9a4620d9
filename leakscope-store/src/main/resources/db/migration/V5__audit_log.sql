-- Who ran what on the case, and when: every leakscope command given --case. Arguments are paths
-- and options, never personal values.

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    os_user     TEXT NOT NULL,
    command     TEXT NOT NULL,
    arguments   TEXT NOT NULL,
    exit_code   INTEGER
);
