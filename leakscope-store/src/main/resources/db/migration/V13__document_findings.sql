-- Values found in a document that leak on their own (a card number, an account, a My Number, an
-- identity document or taxpayer number) but could be tied to no person: the document's own. They
-- create no person; the inventory export counts them by element and the report's statements that
-- a kind of data was not found count them too. The value is sealed like findings.value.
CREATE TABLE document_findings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type        TEXT    NOT NULL,
    element     TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    span_start  INTEGER,
    span_end    INTEGER,
    location    TEXT,
    score       REAL    NOT NULL,
    recognizer  TEXT    NOT NULL
);
CREATE INDEX document_findings_document ON document_findings(document_id);
