-- A published event changes only through review. What a host proposes for an event that a coordinator
-- has already approved waits here, and the event row keeps serving the approved version to everyone
-- who reads it (its page, search, the .ics file, reminders, the API). Approving copies the revision
-- into the event; rejecting leaves the event as it was. A coordinator's own edit is applied at once
-- and recorded here as APPROVED, so every change to a published event has a row: who, when, what.
-- Capacity is not part of a revision: it carries no words or links and a host must be able to open
-- more places at once (the waiting list moves up).
CREATE TABLE event_revision (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id            BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    status              TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('AWARENESS_WALK', 'INFO_SESSION', 'LEGISLATOR_MEETING', 'FUNDRAISER', 'ONLINE', 'OTHER')),
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL,
    time_zone           TEXT NOT NULL,
    online              BOOLEAN NOT NULL,
    online_url          TEXT,
    venue_name          TEXT,
    street              TEXT,
    city                TEXT,
    state               CHAR(2),
    zip                 CHAR(5),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    accessibility       TEXT NOT NULL CHECK (accessibility IN ('ACCESSIBLE', 'NOT_ACCESSIBLE', 'UNSURE')),
    accessibility_notes TEXT,
    proposed_by_subject TEXT NOT NULL,
    proposed_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    reviewed_by_subject TEXT,
    reviewed_at         TIMESTAMPTZ,
    -- Why a coordinator turned it down, for the host.
    review_note         TEXT,
    CONSTRAINT event_revision_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT event_revision_place_or_link CHECK ((online AND online_url IS NOT NULL) OR (NOT online AND zip IS NOT NULL))
);
-- At most one proposal waits per event: a second edit before review replaces the first.
CREATE UNIQUE INDEX event_revision_one_pending ON event_revision (event_id) WHERE status = 'PENDING';
CREATE INDEX event_revision_queue ON event_revision (proposed_at) WHERE status = 'PENDING';
CREATE INDEX event_revision_by_event ON event_revision (event_id, proposed_at);
