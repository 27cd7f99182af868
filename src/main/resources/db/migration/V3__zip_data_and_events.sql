-- Public data bundled with the app (src/main/resources/data, see docs/data.md), loaded by
-- org.advocacyhub.legislator.ZipData at start when the bundled file changed.
CREATE TABLE dataset (
    name      TEXT PRIMARY KEY,
    checksum  TEXT NOT NULL,
    rows      INT NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per ZIP code (ZCTA): its state and a point to measure distances from.
-- approximate: the census file had no centroid for it; the point is the mean of its 3-digit prefix.
CREATE TABLE zip_area (
    zip         CHAR(5) PRIMARY KEY,
    state       CHAR(2) NOT NULL,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    approximate BOOLEAN NOT NULL DEFAULT FALSE
);

-- ZIP code to congressional district (119th Congress); a ZIP may lie in several.
CREATE TABLE zip_district (
    zip      CHAR(5) NOT NULL,
    state    CHAR(2) NOT NULL,
    district SMALLINT NOT NULL,
    PRIMARY KEY (zip, state, district)
);

CREATE TABLE event (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('AWARENESS_WALK', 'INFO_SESSION', 'LEGISLATOR_MEETING', 'FUNDRAISER', 'ONLINE', 'OTHER')),
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL,
    time_zone           TEXT NOT NULL,
    online              BOOLEAN NOT NULL DEFAULT FALSE,
    online_url          TEXT,
    venue_name          TEXT,
    street              TEXT,
    city                TEXT,
    state               CHAR(2),
    zip                 CHAR(5),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    capacity            INT CHECK (capacity IS NULL OR capacity > 0),
    accessibility       TEXT NOT NULL CHECK (accessibility IN ('ACCESSIBLE', 'NOT_ACCESSIBLE', 'UNSURE')),
    accessibility_notes TEXT,
    status              TEXT NOT NULL CHECK (status IN ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'CANCELLED')),
    review_note         TEXT,
    -- Set when a coordinator approves it: a cancelled event stays visible only if it was ever public.
    published_at        TIMESTAMPTZ,
    host_subject        TEXT NOT NULL,
    host_name           TEXT NOT NULL,
    host_email          TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT event_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT event_place_or_link CHECK ((online AND online_url IS NOT NULL) OR (NOT online AND zip IS NOT NULL))
);
CREATE INDEX event_published_by_start ON event (starts_at) WHERE status = 'PUBLISHED';
CREATE INDEX event_by_host ON event (host_subject);
CREATE INDEX event_pending ON event (created_at) WHERE status = 'PENDING';

CREATE TABLE rsvp (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      BIGINT NOT NULL REFERENCES event (id),
    supporter_id  BIGINT NOT NULL REFERENCES supporter (id),
    status        TEXT NOT NULL CHECK (status IN ('GOING', 'WAITLISTED', 'CANCELLED')),
    guests        INT NOT NULL DEFAULT 0 CHECK (guests BETWEEN 0 AND 10),
    email_updates BOOLEAN NOT NULL DEFAULT FALSE,
    checked_in_at TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- One RSVP per person per event: a second is an update, a double click never takes two places.
    CONSTRAINT rsvp_one_per_person UNIQUE (event_id, supporter_id)
);
CREATE INDEX rsvp_by_event_status ON rsvp (event_id, status, created_at);
CREATE INDEX rsvp_by_supporter ON rsvp (supporter_id);
