-- What the company has done about its obligations: reports filed, notices sent, announcements.
-- The timeline sets them against the deadlines.

CREATE TABLE case_events (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    obligation_id TEXT,
    description   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL
);
