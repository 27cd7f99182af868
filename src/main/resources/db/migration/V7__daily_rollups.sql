-- Daily roll-ups for the dashboards: counts per US Eastern day, kept exact by triggers in the same
-- transaction as the row they count, so a dashboard over a year reads a few hundred rows instead of
-- a million (docs/benchmarks.md). The tests compare every figure with a count over the raw rows.
CREATE FUNCTION eastern_day(ts TIMESTAMPTZ) RETURNS DATE
    LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(ts AT TIME ZONE 'America/New_York' AS date) $$;

CREATE TABLE daily_supporter (
    day        DATE PRIMARY KEY,
    supporters INT NOT NULL
);

CREATE TABLE daily_signature (
    day         DATE NOT NULL,
    petition_id BIGINT NOT NULL,
    signatures  INT NOT NULL,
    verified    INT NOT NULL,
    PRIMARY KEY (day, petition_id)
);
CREATE INDEX daily_signature_by_petition ON daily_signature (petition_id, day);

-- RSVPs by the day they were made, and how many of them are now going or waiting.
CREATE TABLE daily_rsvp (
    day        DATE PRIMARY KEY,
    rsvps      INT NOT NULL,
    going      INT NOT NULL,
    waitlisted INT NOT NULL
);

CREATE FUNCTION rollup_supporter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE daily_supporter SET supporters = supporters - 1 WHERE day = eastern_day(OLD.created_at);
    ELSE
        INSERT INTO daily_supporter AS d VALUES (eastern_day(NEW.created_at), 1)
        ON CONFLICT (day) DO UPDATE SET supporters = d.supporters + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER supporter_rollup AFTER INSERT OR DELETE ON supporter FOR EACH ROW EXECUTE FUNCTION rollup_supporter();

CREATE FUNCTION rollup_signature() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE daily_signature SET signatures = signatures - 1, verified = verified - CAST(OLD.verified_at IS NOT NULL AS int)
        WHERE day = eastern_day(OLD.created_at) AND petition_id = OLD.petition_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO daily_signature AS d VALUES (eastern_day(NEW.created_at), NEW.petition_id, 1, CAST(NEW.verified_at IS NOT NULL AS int))
        ON CONFLICT (day, petition_id) DO UPDATE SET signatures = d.signatures + 1, verified = d.verified + excluded.verified;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER signature_rollup AFTER INSERT OR DELETE OR UPDATE OF verified_at, created_at, petition_id ON signature
    FOR EACH ROW EXECUTE FUNCTION rollup_signature();

CREATE FUNCTION rollup_rsvp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE daily_rsvp SET rsvps = rsvps - 1, going = going - CAST(OLD.status = 'GOING' AS int),
                              waitlisted = waitlisted - CAST(OLD.status = 'WAITLISTED' AS int)
        WHERE day = eastern_day(OLD.created_at);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO daily_rsvp AS d VALUES (eastern_day(NEW.created_at), 1, CAST(NEW.status = 'GOING' AS int),
                                            CAST(NEW.status = 'WAITLISTED' AS int))
        ON CONFLICT (day) DO UPDATE SET rsvps = d.rsvps + 1, going = d.going + excluded.going, waitlisted = d.waitlisted + excluded.waitlisted;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER rsvp_rollup AFTER INSERT OR DELETE OR UPDATE OF status, created_at ON rsvp FOR EACH ROW EXECUTE FUNCTION rollup_rsvp();

-- What exists already.
INSERT INTO daily_supporter SELECT eastern_day(created_at), count(*) FROM supporter GROUP BY 1;
INSERT INTO daily_signature SELECT eastern_day(created_at), petition_id, count(*), count(verified_at) FROM signature GROUP BY 1, 2;
INSERT INTO daily_rsvp SELECT eastern_day(created_at), count(*), count(*) FILTER (WHERE status = 'GOING'),
                              count(*) FILTER (WHERE status = 'WAITLISTED') FROM rsvp GROUP BY 1;
