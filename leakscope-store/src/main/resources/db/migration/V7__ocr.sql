-- Whether a document's text was (partly) recognised by OCR: its findings may hold misread
-- characters and are marked for the reviewer.
ALTER TABLE documents ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0;
