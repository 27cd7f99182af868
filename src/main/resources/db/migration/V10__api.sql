-- The OSDI API (org.advocacyhub.api): partners sync by modified_date, so every table it serves says
-- when a row last changed, kept current by the database whatever changed it (the app, the outbox
-- trigger that copies a letter's delivery state, a bulk load), with V8's touch_updated_at().

-- Rows that existed before this migration changed last when they were made (or sent).
ALTER TABLE signature ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
UPDATE signature SET updated_at = greatest(created_at, verified_at);
ALTER TABLE letter ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
UPDATE letter SET updated_at = greatest(created_at, sent_at);

-- event, rsvp, petition and letter_campaign had updated_at, set by the app when it remembered to.
CREATE TRIGGER signature_touch BEFORE UPDATE ON signature FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER letter_touch BEFORE UPDATE ON letter FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER rsvp_touch BEFORE UPDATE ON rsvp FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER event_touch BEFORE UPDATE ON event FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER petition_touch BEFORE UPDATE ON petition FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER letter_campaign_touch BEFORE UPDATE ON letter_campaign FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- An incremental sync ("modified_date gt ...") of the big tables reads only what changed.
CREATE INDEX supporter_by_updated ON supporter (updated_at);
CREATE INDEX signature_by_updated ON signature (updated_at);
CREATE INDEX rsvp_by_updated ON rsvp (updated_at);
CREATE INDEX letter_by_updated ON letter (updated_at);

-- Keys that coordinators give partners' tools. Only a SHA-256 hash of the key is stored; the key is
-- shown once, when it is made. The prefix (the key's first characters) lets people tell keys apart.
CREATE TABLE api_key (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    prefix       TEXT NOT NULL,
    key_hash     TEXT NOT NULL UNIQUE,
    created_by   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    revoked_by   TEXT
);
-- The name is recorded as the source of what a key's partner sends ("api:<name>"), so two keys in
-- use never share one.
CREATE UNIQUE INDEX api_key_active_name ON api_key (lower(name)) WHERE revoked_at IS NULL;
