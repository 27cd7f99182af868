-- The audit trail (issue 15): one row per coordinator action that reads people's data in bulk or
-- changes it (an export, an import, an erasure, a tag ...): who, when, what, how many people.
-- No personal data of the people concerned beyond an id in subject; kept advocacy.audit.keep-months
-- (24) and purged by the nightly Retention job.
CREATE TABLE audit_entry (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The coordinator's Keycloak subject, or 'system:<job>' for a background job.
    actor_subject TEXT NOT NULL,
    actor_name    TEXT NOT NULL,
    action        TEXT NOT NULL,
    -- What it was about: 'petition:save-ms-research', 'supporter:123', 'segment:5', 'event:walk-2026'.
    subject       TEXT NOT NULL,
    people        BIGINT NOT NULL,
    detail        TEXT
);
CREATE INDEX audit_entry_by_at ON audit_entry (at);
CREATE INDEX audit_entry_by_action_at ON audit_entry (action, at);
