-- A viral day (issue 13): nothing that every signer touches may make signers wait for each other.

-- 1. The rate limiter keeps one row per key, updated in place (org.advocacyhub.web.RateLimiter): the
--    hits of the current fixed window and of the one before, from which it estimates a sliding window.
--    An attempt is one INSERT ... ON CONFLICT DO UPDATE on the primary key, whatever the traffic; the
--    old table kept a row per attempt and counted them under an advisory lock.
--    window_start is in seconds since the epoch, a multiple of window_length (seconds).
--    fillfactor leaves room in each page, so the in-place updates stay HOT (no index change).
DROP TABLE rate_limit_hit;
CREATE TABLE rate_limit (
    bucket        TEXT PRIMARY KEY,
    window_length INT NOT NULL,
    window_start  BIGINT NOT NULL,
    hits          INT NOT NULL,
    previous_hits INT NOT NULL
) WITH (fillfactor = 70);
CREATE INDEX rate_limit_by_window ON rate_limit (window_start);

-- 2. The daily roll-ups of V7 had one row per day (per petition for signatures) that every signer's
--    transaction updated and held locked until its commit: at a few thousand signatures a second on
--    one petition, signers queued on that row. Each roll-up now has 16 slots per day; a transaction
--    writes the slot of its database connection (pg_backend_pid() % 16), so concurrent signers almost
--    never meet, and a view with the old name sums the slots for everyone who reads.
ALTER TABLE daily_supporter RENAME TO daily_supporter_slot;
ALTER TABLE daily_supporter_slot ADD COLUMN slot SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE daily_supporter_slot DROP CONSTRAINT daily_supporter_pkey;
ALTER TABLE daily_supporter_slot ADD PRIMARY KEY (day, slot);
CREATE VIEW daily_supporter AS
    SELECT day, CAST(sum(supporters) AS int) AS supporters FROM daily_supporter_slot GROUP BY day;

ALTER TABLE daily_signature RENAME TO daily_signature_slot;
ALTER TABLE daily_signature_slot ADD COLUMN slot SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE daily_signature_slot DROP CONSTRAINT daily_signature_pkey;
ALTER TABLE daily_signature_slot ADD PRIMARY KEY (day, petition_id, slot);
CREATE VIEW daily_signature AS
    SELECT day, petition_id, CAST(sum(signatures) AS int) AS signatures, CAST(sum(verified) AS int) AS verified
    FROM daily_signature_slot GROUP BY day, petition_id;

ALTER TABLE daily_rsvp RENAME TO daily_rsvp_slot;
ALTER TABLE daily_rsvp_slot ADD COLUMN slot SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE daily_rsvp_slot DROP CONSTRAINT daily_rsvp_pkey;
ALTER TABLE daily_rsvp_slot ADD PRIMARY KEY (day, slot);
CREATE VIEW daily_rsvp AS
    SELECT day, CAST(sum(rsvps) AS int) AS rsvps, CAST(sum(going) AS int) AS going, CAST(sum(waitlisted) AS int) AS waitlisted
    FROM daily_rsvp_slot GROUP BY day;

CREATE FUNCTION rollup_slot() RETURNS SMALLINT LANGUAGE sql VOLATILE AS $$ SELECT CAST(pg_backend_pid() % 16 AS smallint) $$;

-- The triggers keep their names and tables; only the functions change. A removal or a change adds
-- its negative to the writer's slot, so the sum stays exact without touching another slot.
CREATE OR REPLACE FUNCTION rollup_supporter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO daily_supporter_slot AS d (day, slot, supporters)
    VALUES (eastern_day(CASE WHEN TG_OP = 'DELETE' THEN OLD.created_at ELSE NEW.created_at END), rollup_slot(),
            CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END)
    ON CONFLICT (day, slot) DO UPDATE SET supporters = d.supporters + excluded.supporters;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION rollup_signature() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s SMALLINT := rollup_slot();
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO daily_signature_slot AS d (day, petition_id, slot, signatures, verified)
        VALUES (eastern_day(OLD.created_at), OLD.petition_id, s, -1, -CAST(OLD.verified_at IS NOT NULL AS int))
        ON CONFLICT (day, petition_id, slot) DO UPDATE
            SET signatures = d.signatures + excluded.signatures, verified = d.verified + excluded.verified;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO daily_signature_slot AS d (day, petition_id, slot, signatures, verified)
        VALUES (eastern_day(NEW.created_at), NEW.petition_id, s, 1, CAST(NEW.verified_at IS NOT NULL AS int))
        ON CONFLICT (day, petition_id, slot) DO UPDATE
            SET signatures = d.signatures + excluded.signatures, verified = d.verified + excluded.verified;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION rollup_rsvp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s SMALLINT := rollup_slot();
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO daily_rsvp_slot AS d (day, slot, rsvps, going, waitlisted)
        VALUES (eastern_day(OLD.created_at), s, -1, -CAST(OLD.status = 'GOING' AS int), -CAST(OLD.status = 'WAITLISTED' AS int))
        ON CONFLICT (day, slot) DO UPDATE
            SET rsvps = d.rsvps + excluded.rsvps, going = d.going + excluded.going, waitlisted = d.waitlisted + excluded.waitlisted;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO daily_rsvp_slot AS d (day, slot, rsvps, going, waitlisted)
        VALUES (eastern_day(NEW.created_at), s, 1, CAST(NEW.status = 'GOING' AS int), CAST(NEW.status = 'WAITLISTED' AS int))
        ON CONFLICT (day, slot) DO UPDATE
            SET rsvps = d.rsvps + excluded.rsvps, going = d.going + excluded.going, waitlisted = d.waitlisted + excluded.waitlisted;
    END IF;
    RETURN NULL;
END $$;

-- 3. The petition page's counts come from the roll-up, per petition: an index range over its days
--    and slots, however many signatures there are (org.advocacyhub.petition.Signature.counts).
-- (daily_signature_by_petition on (petition_id, day) from V7 serves it.)
