-- Issue 16: a meeting with a legislator (an event of kind LEGISLATOR_MEETING) linked to a letter
-- campaign and the legislators met, so the event's hosts can print the letters to take along.
CREATE TABLE meeting_letters (
    event_id      BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    campaign_id   BIGINT NOT NULL REFERENCES letter_campaign (id),
    legislator_id BIGINT NOT NULL REFERENCES legislator (id),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, campaign_id, legislator_id)
);
CREATE INDEX meeting_letters_by_campaign ON meeting_letters (campaign_id);
