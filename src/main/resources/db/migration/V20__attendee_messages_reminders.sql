-- Issue 14: hosts write to their attendees, reminders at several times, follow-ups after the event.

-- Every message a host or coordinator sent to an event's attendees, kept and listed for them.
CREATE TABLE event_message (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       BIGINT NOT NULL REFERENCES event (id),
    author_subject TEXT NOT NULL,
    author_name    TEXT NOT NULL DEFAULT '',
    audience       TEXT NOT NULL CHECK (audience IN ('GOING', 'WAITLISTED', 'CHECKED_IN', 'ALL')),
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    -- The writer's address, only when they chose to let replies reach them.
    reply_to       TEXT,
    recipients     INT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX event_message_by_event ON event_message (event_id, created_at);

-- One row per RSVP and automatic mailing (a reminder at one time before the start, a follow-up):
-- inserted with ON CONFLICT DO NOTHING before the mail is queued, so two app instances (or two runs)
-- send each one once, even after the outbox row is gone.
CREATE TABLE rsvp_mailing (
    rsvp_id    BIGINT NOT NULL REFERENCES rsvp (id),
    kind       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (rsvp_id, kind)
);

-- The one-day reminder sent before this migration counts as sent.
INSERT INTO rsvp_mailing (rsvp_id, kind)
SELECT CAST(substring(o.dedupe_key FROM 16) AS BIGINT), 'reminder-1440'
FROM outbox_message o
WHERE o.dedupe_key ~ '^event-reminder:[0-9]+$'
  AND EXISTS (SELECT 1 FROM rsvp r WHERE r.id = CAST(substring(o.dedupe_key FROM 16) AS BIGINT))
ON CONFLICT DO NOTHING;

-- The host's next step for the people who came: a petition, a letter campaign or another event.
CREATE TABLE event_next_step (
    event_id   BIGINT PRIMARY KEY REFERENCES event (id),
    kind       TEXT NOT NULL CHECK (kind IN ('PETITION', 'CAMPAIGN', 'EVENT')),
    target_id  BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
