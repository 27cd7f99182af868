-- Marketing mail (news to people who agreed to it) is told apart from transactional mail (a receipt,
-- a reminder of an event they said they would go to): only marketing mail stops on unsubscribe, and a
-- queued marketing message to someone who has since unsubscribed or been erased is CANCELLED.
ALTER TABLE outbox_message ADD COLUMN marketing BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_status;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_status CHECK (status IN ('QUEUED', 'SENT', 'DEAD', 'CANCELLED'));
CREATE INDEX outbox_message_by_recipient ON outbox_message (recipient);
CREATE INDEX outbox_message_by_reply_to ON outbox_message (reply_to) WHERE reply_to IS NOT NULL;

-- News e-mails a coordinator writes to everyone who agreed to hear from us.
CREATE TABLE news_mailing (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    -- 'en', 'es' or NULL for everyone: the people it goes to read this language.
    language        TEXT CHECK (language IN ('en', 'es')),
    recipients      INT NOT NULL,
    sent_by         TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Erasures, with no personal data: when, why, and how many rows were anonymised.
CREATE TABLE erasure_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reason      TEXT NOT NULL CHECK (reason IN ('SELF', 'RETENTION_INACTIVE', 'RETENTION_UNVERIFIED')),
    rows_changed INT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The retention job looks for people whose last action is old.
CREATE INDEX rsvp_by_supporter_time ON rsvp (supporter_id, updated_at);
CREATE INDEX letter_by_supporter_time ON letter (supporter_id, created_at);
CREATE INDEX signature_unverified ON signature (created_at) WHERE verified_at IS NULL;
