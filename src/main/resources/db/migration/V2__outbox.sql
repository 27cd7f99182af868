-- Every e-mail the app sends is a row here first: features queue it inside their own transaction and
-- the scheduled sender (org.advocacyhub.mail.OutboxSender) drains it, so a request never waits on SMTP.
CREATE TABLE outbox_message (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient               TEXT        NOT NULL,
    reply_to                TEXT,
    subject                 TEXT        NOT NULL,
    body_text               TEXT        NOT NULL,
    body_html               TEXT,
    -- What the message is for ('rsvp-confirmation', 'petition-verification', ...): for logs and queries.
    kind                    TEXT        NOT NULL,
    status                  TEXT        NOT NULL DEFAULT 'QUEUED',
    attempts                INT         NOT NULL DEFAULT 0,
    next_attempt_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error              TEXT,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at                 TIMESTAMPTZ,
    -- A caller that must queue at most once (one reminder per RSVP, say) names the message here;
    -- Outbox.queue inserts with ON CONFLICT (dedupe_key) DO NOTHING. NULLs never collide.
    dedupe_key              TEXT UNIQUE,
    -- One text attachment is all the app needs: the .ics file of an event.
    attachment_name         TEXT,
    attachment_content_type TEXT,
    attachment_body         TEXT,
    -- Extra headers (List-Unsubscribe, ...), one "Name: value" per line.
    headers                 TEXT,
    CONSTRAINT outbox_message_status CHECK (status IN ('QUEUED', 'SENT', 'DEAD')),
    CONSTRAINT outbox_message_attachment_whole CHECK (
        (attachment_name IS NULL) = (attachment_body IS NULL)
        AND (attachment_name IS NULL) = (attachment_content_type IS NULL))
);

-- The sender's query: due QUEUED rows in id order. SENT and DEAD rows, the vast majority, stay out of it.
CREATE INDEX outbox_message_due ON outbox_message (next_attempt_at) WHERE status = 'QUEUED';
