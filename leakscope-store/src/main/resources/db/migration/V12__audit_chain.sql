-- The audit log made tamper-evident: each line carries an HMAC over the line before it and its own
-- fields (mac), and once the command ends over its end (finish_mac); the head holds an HMAC over
-- the last line, so that lines cut off the end are noticed too. The key is the case's audit key
-- (audit.key beside the store), which the database does not hold.
ALTER TABLE audit_log ADD COLUMN mac TEXT;
ALTER TABLE audit_log ADD COLUMN finish_mac TEXT;

CREATE TABLE audit_head (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    mac     TEXT NOT NULL
);
