-- Coordinator pages under 50 ms at a million signatures (issue 13): three more roll-ups, kept exact by
-- triggers in the same transaction as each change, like the daily roll-ups of V7, so that no
-- coordinator page counts raw rows. DashboardTest compares each figure with a count over the raw rows.

-- 1. The petition report's "by state" table read every signature of the petition, with its signer, at
-- each view: 1,000,000 rows joined for a petition that took off, hundreds of milliseconds.
-- This roll-up keeps, per petition and signer's ZIP code, the signatures and the confirmed ones, kept
-- exact by triggers in the same transaction as each change, like the daily roll-ups of V7. The report
-- joins it to zip_area for the state, so it says what the raw rows say even when the ZIP data changes.
-- zip is '' for a signer without a ZIP (the report calls both that and an unknown ZIP "Unknown").
-- A row per ZIP rather than per state: signers from many places rarely update the same row at once.
CREATE TABLE petition_zip (
    petition_id BIGINT NOT NULL,
    zip         TEXT NOT NULL,
    signatures  INT NOT NULL,
    verified    INT NOT NULL,
    PRIMARY KEY (petition_id, zip)
);

INSERT INTO petition_zip
SELECT g.petition_id, coalesce(s.zip, ''), count(*), count(g.verified_at)
FROM signature g JOIN supporter s ON s.id = g.supporter_id
GROUP BY 1, 2;

-- A signature added, removed, confirmed or moved. The signer's row is read FOR SHARE, so a change of
-- their ZIP in another transaction either comes before (and is seen) or waits for this one.
CREATE FUNCTION rollup_petition_zip() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE petition_zip SET signatures = signatures - 1, verified = verified - CAST(OLD.verified_at IS NOT NULL AS int)
        WHERE petition_id = OLD.petition_id
          AND zip = (SELECT coalesce(zip, '') FROM supporter WHERE id = OLD.supporter_id FOR SHARE);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO petition_zip AS p
        VALUES (NEW.petition_id, (SELECT coalesce(zip, '') FROM supporter WHERE id = NEW.supporter_id FOR SHARE),
                1, CAST(NEW.verified_at IS NOT NULL AS int))
        ON CONFLICT (petition_id, zip) DO UPDATE SET signatures = p.signatures + 1, verified = p.verified + excluded.verified;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER signature_petition_zip AFTER INSERT OR DELETE OR UPDATE OF verified_at, petition_id, supporter_id ON signature
    FOR EACH ROW EXECUTE FUNCTION rollup_petition_zip();

-- A signer whose ZIP changes (a new form with another ZIP, their data page, erasure) moves their
-- signatures from the old ZIP's rows to the new one's.
CREATE FUNCTION rollup_petition_zip_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE petition_zip p SET signatures = p.signatures - c.n, verified = p.verified - c.v
    FROM (SELECT petition_id, count(*) AS n, count(verified_at) AS v FROM signature WHERE supporter_id = NEW.id GROUP BY 1) c
    WHERE p.petition_id = c.petition_id AND p.zip = coalesce(OLD.zip, '');
    INSERT INTO petition_zip AS p
    SELECT petition_id, coalesce(NEW.zip, ''), count(*), count(verified_at) FROM signature WHERE supporter_id = NEW.id GROUP BY 1
    ON CONFLICT (petition_id, zip) DO UPDATE SET signatures = p.signatures + excluded.signatures, verified = p.verified + excluded.verified;
    RETURN NULL;
END $$;
CREATE TRIGGER supporter_petition_zip AFTER UPDATE OF zip ON supporter
    FOR EACH ROW WHEN (coalesce(OLD.zip, '') IS DISTINCT FROM coalesce(NEW.zip, ''))
    EXECUTE FUNCTION rollup_petition_zip_move();

-- 2. Per event, its RSVPs going (and the places they take with their guests) and the people checked
-- in: the top hosts table and the attendance figure read one row per event of the period instead of
-- every RSVP.
CREATE TABLE event_tally (
    event_id         BIGINT PRIMARY KEY,
    going            INT NOT NULL,
    going_places     INT NOT NULL,
    going_checked_in INT NOT NULL,
    checked_in       INT NOT NULL
);

INSERT INTO event_tally
SELECT event_id, count(*) FILTER (WHERE status = 'GOING'), coalesce(sum(1 + guests) FILTER (WHERE status = 'GOING'), 0),
       count(checked_in_at) FILTER (WHERE status = 'GOING'), count(checked_in_at)
FROM rsvp GROUP BY event_id;

CREATE FUNCTION rollup_event_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE event_tally SET going = going - CAST(OLD.status = 'GOING' AS int),
                               going_places = going_places - CASE WHEN OLD.status = 'GOING' THEN 1 + OLD.guests ELSE 0 END,
                               going_checked_in = going_checked_in - CAST(OLD.status = 'GOING' AND OLD.checked_in_at IS NOT NULL AS int),
                               checked_in = checked_in - CAST(OLD.checked_in_at IS NOT NULL AS int)
        WHERE event_id = OLD.event_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO event_tally AS t
        VALUES (NEW.event_id, CAST(NEW.status = 'GOING' AS int), CASE WHEN NEW.status = 'GOING' THEN 1 + NEW.guests ELSE 0 END,
                CAST(NEW.status = 'GOING' AND NEW.checked_in_at IS NOT NULL AS int), CAST(NEW.checked_in_at IS NOT NULL AS int))
        ON CONFLICT (event_id) DO UPDATE SET going = t.going + excluded.going, going_places = t.going_places + excluded.going_places,
                                             going_checked_in = t.going_checked_in + excluded.going_checked_in,
                                             checked_in = t.checked_in + excluded.checked_in;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER rsvp_event_tally AFTER INSERT OR DELETE OR UPDATE OF status, guests, checked_in_at, event_id ON rsvp
    FOR EACH ROW EXECUTE FUNCTION rollup_event_tally();

-- 3. Letters sent per US Eastern day (of sent_at) and letters failed per day they were written (of
-- created_at), as the overview and its letters chart count them.
CREATE TABLE daily_letter (
    day    DATE PRIMARY KEY,
    sent   INT NOT NULL,
    failed INT NOT NULL
);

INSERT INTO daily_letter
SELECT day, sum(sent), sum(failed) FROM (
    SELECT eastern_day(sent_at) AS day, 1 AS sent, 0 AS failed FROM letter WHERE sent_at IS NOT NULL
    UNION ALL
    SELECT eastern_day(created_at), 0, 1 FROM letter WHERE status = 'FAILED') l
GROUP BY day;

CREATE FUNCTION rollup_letter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.sent_at IS NOT NULL THEN
            UPDATE daily_letter SET sent = sent - 1 WHERE day = eastern_day(OLD.sent_at);
        END IF;
        IF OLD.status = 'FAILED' THEN
            UPDATE daily_letter SET failed = failed - 1 WHERE day = eastern_day(OLD.created_at);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.sent_at IS NOT NULL THEN
            INSERT INTO daily_letter AS d VALUES (eastern_day(NEW.sent_at), 1, 0) ON CONFLICT (day) DO UPDATE SET sent = d.sent + 1;
        END IF;
        IF NEW.status = 'FAILED' THEN
            INSERT INTO daily_letter AS d VALUES (eastern_day(NEW.created_at), 0, 1) ON CONFLICT (day) DO UPDATE SET failed = d.failed + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER letter_rollup AFTER INSERT OR DELETE OR UPDATE OF sent_at, status, created_at ON letter
    FOR EACH ROW EXECUTE FUNCTION rollup_letter();
