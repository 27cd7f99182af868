-- Issue 16: call campaigns, the calls made for them, and the members' district offices.

-- District offices from legislators-district-offices.yaml (unitedstates/congress-legislators, CC0),
-- loaded by org.advocacyhub.call.DistrictOffices at start when the bundled file changed. Keyed by the
-- member's bioguide id, not the legislator row, so the two files load in any order.
CREATE TABLE district_office (
    office_id   TEXT PRIMARY KEY,
    bioguide_id TEXT NOT NULL,
    -- Street, building and suite in one line, as an envelope has them.
    address     TEXT,
    city        TEXT,
    state       CHAR(2),
    zip         TEXT,
    phone       TEXT,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION
);
CREATE INDEX district_office_by_member ON district_office (bioguide_id);

CREATE TABLE call_campaign (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    why        TEXT NOT NULL,
    script     TEXT NOT NULL,
    chambers   TEXT NOT NULL CHECK (chambers IN ('SENATE', 'HOUSE', 'BOTH')),
    status     TEXT NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per caller, legislator, campaign and day: a second report the same day changes nothing.
-- The caller is a keyed hash (of a random id in a signed cookie, or of the e-mail they gave), never
-- the cookie or the address itself: calls are counted, callers are not known.
CREATE TABLE call (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id   BIGINT NOT NULL REFERENCES call_campaign (id),
    legislator_id BIGINT NOT NULL REFERENCES legislator (id),
    caller_key    TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('SPOKE_TO_STAFF', 'LEFT_VOICEMAIL', 'NO_ANSWER')),
    call_day      DATE NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT call_once_a_day UNIQUE (campaign_id, caller_key, legislator_id, call_day)
);
CREATE INDEX call_by_campaign ON call (campaign_id, legislator_id);
CREATE INDEX call_by_day ON call (created_at);
