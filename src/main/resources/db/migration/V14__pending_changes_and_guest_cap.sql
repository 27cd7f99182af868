-- Issue 12 (identity): an anonymous form adds; it never overwrites what the owner chose.
-- A form typed with an address we already know records its new action (a signature, a first RSVP)
-- but holds every change to the person (name, ZIP, language, news consent) and to their RSVPs
-- (guests, re-opening a cancelled one) here until the owner follows the e-mailed link. A new person's
-- news consent waits here too (double opt-in): supporter.email_consent_at means confirmed consent.
CREATE TABLE pending_change (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supporter_id    BIGINT NOT NULL REFERENCES supporter (id) ON DELETE CASCADE,
    -- Which form proposed it ('petition:<slug>', 'rsvp:<slug>', 'letter:<slug>', 'api:<caller>').
    source          TEXT NOT NULL,
    -- NULL: no change proposed to that field.
    first_name      TEXT,
    last_name       TEXT,
    zip             TEXT,
    language        TEXT CHECK (language IN ('en', 'es')),
    consent_source  TEXT,
    consent_wording TEXT,
    -- An RSVP to set (created, re-opened or with other guests) when confirmed.
    event_id        BIGINT REFERENCES event (id) ON DELETE CASCADE,
    rsvp_guests     INT CHECK (rsvp_guests BETWEEN 0 AND 10),
    rsvp_email_updates BOOLEAN,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL,
    applied_at      TIMESTAMPTZ
);
CREATE INDEX pending_change_by_supporter ON pending_change (supporter_id);
CREATE INDEX pending_change_by_expiry ON pending_change (expires_at);

-- The host decides how many guests one RSVP may bring (0 to 10; 2 unless they say otherwise).
ALTER TABLE event ADD COLUMN max_guests INT NOT NULL DEFAULT 2 CHECK (max_guests BETWEEN 0 AND 10);
