-- Which version of the analysis (how a document's text becomes person records) read each document:
-- a scan reads a document again when it was analysed by an older version, so that an upgraded
-- leakscope's record bounds reach the cases scanned before it. Documents of earlier scans are 1.
ALTER TABLE documents ADD COLUMN analysis INTEGER NOT NULL DEFAULT 1;
