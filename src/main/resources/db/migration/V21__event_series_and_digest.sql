-- Repeat events (issue 14, point 2). A series is a set of ordinary events made at once from one form:
-- each occurrence has its own row, page, RSVPs and reminders; the series only ties them together, so
-- that a coordinator reviews them once and a host can change "this one or all future ones".
CREATE TABLE event_series (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    repeat       TEXT NOT NULL CHECK (repeat IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY_WEEKDAY')),
    host_subject TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
ALTER TABLE event ADD COLUMN series_id BIGINT REFERENCES event_series (id);
CREATE INDEX event_by_series ON event (series_id, starts_at) WHERE series_id IS NOT NULL;
-- The coordinators' list of every event, newest or oldest first.
CREATE INDEX event_by_start ON event (starts_at, id);

-- A coordinator's choice of a daily e-mail of the events waiting for approval (issue 14, point 7),
-- kept by their Keycloak subject. last_sent_on is claimed with one UPDATE before the mail is queued,
-- so two app instances never send the same day's digest twice.
CREATE TABLE coordinator_digest (
    subject      TEXT PRIMARY KEY,
    email        TEXT NOT NULL,
    language     TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
    daily        BOOLEAN NOT NULL DEFAULT FALSE,
    last_sent_on DATE,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
