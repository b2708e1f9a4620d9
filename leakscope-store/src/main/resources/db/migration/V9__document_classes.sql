-- Each document's business class with the signals that decided it, and its confidential-information
-- flags (credentials, insider-information candidates, trade secrets, legal privilege). The evidence
-- is sealed like finding values when the case is encrypted. Cases scanned before this have no class.
ALTER TABLE documents ADD COLUMN doc_class TEXT;
ALTER TABLE documents ADD COLUMN class_signals TEXT;

CREATE TABLE document_flags (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    evidence    TEXT    NOT NULL,
    line        INTEGER NOT NULL
);
CREATE INDEX document_flags_document ON document_flags(document_id);
