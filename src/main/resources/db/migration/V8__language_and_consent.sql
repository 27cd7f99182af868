-- The language a supporter reads (their mail follows it), what exactly they agreed to, and when a
-- row last changed (partners sync by it through the API).
ALTER TABLE supporter
    ADD COLUMN language              TEXT NOT NULL DEFAULT 'en' CONSTRAINT supporter_language CHECK (language IN ('en', 'es')),
    ADD COLUMN email_consent_wording TEXT,
    ADD COLUMN unsubscribed_at       TIMESTAMPTZ,
    ADD COLUMN unsubscribe_source    TEXT,
    ADD COLUMN updated_at            TIMESTAMPTZ NOT NULL DEFAULT now();

-- Every consent given or withdrawn, with the words the person saw: the record a regulator asks for.
CREATE TABLE consent_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supporter_id BIGINT NOT NULL REFERENCES supporter (id),
    given        BOOLEAN NOT NULL,
    -- Which form or link: 'petition:slug', 'rsvp:slug', 'my-data', 'unsubscribe-link', 'list-unsubscribe'.
    source       TEXT NOT NULL,
    wording      TEXT,
    language     TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX consent_event_by_supporter ON consent_event (supporter_id);

-- One trigger function for every table that tells partners when it changed. An update that sets
-- updated_at itself (an import, a test placing a row in the past) keeps the value it set.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at = now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER supporter_touch BEFORE UPDATE ON supporter FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
