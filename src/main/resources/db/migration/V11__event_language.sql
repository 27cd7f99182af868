-- The language a host writes their event in ('en' or 'es'): the coordinator's approval or refusal is
-- e-mailed to them in it. Hosts are Keycloak users, not supporters, so it sits on the event, set each
-- time the host creates or edits it.
ALTER TABLE event
    ADD COLUMN host_language TEXT NOT NULL DEFAULT 'en' CONSTRAINT event_host_language CHECK (host_language IN ('en', 'es'));
