-- Load data for the benchmark (docs/benchmarks.md): 1,000,000 signatures over 20 petitions, 1,000,000 more on one
-- petition, 100,000 RSVPs and 50,000 letters over the last year, on top of the app's own schema and bundled data. Run it against a
-- database the app has migrated and started on once (so ZIP codes and legislators are loaded):
--   psql -v ON_ERROR_STOP=1 -d advocacy_bench -f docker/local/generate-load-data.sql
-- Everything it makes is marked (e-mail addresses @load.example, slugs starting "load-"), so it can
-- be told apart; it is never run against a real database.
\timing on
BEGIN;
SELECT setseed(0.42);
-- A bulk load: the per-row roll-up triggers are switched off inside this transaction and the daily
-- roll-ups are rebuilt from the raw rows at the end (the same statements as migration V7).
ALTER TABLE supporter DISABLE TRIGGER supporter_rollup;
ALTER TABLE signature DISABLE TRIGGER signature_rollup;
ALTER TABLE signature DISABLE TRIGGER signature_petition_zip;
ALTER TABLE rsvp DISABLE TRIGGER rsvp_rollup;
ALTER TABLE rsvp DISABLE TRIGGER rsvp_event_tally;
ALTER TABLE letter DISABLE TRIGGER letter_rollup;

INSERT INTO supporter (email, first_name, last_name, zip, created_at, email_consent_at, email_consent_source)
SELECT 'load' || g || '@load.example', 'First' || g, 'Last' || g,
       z.a[1 + (g::bigint * 7919) % array_length(z.a, 1)],
       now() - (random() * 365) * interval '1 day',
       CASE WHEN g % 4 = 0 THEN now() END, CASE WHEN g % 4 = 0 THEN 'load' END
FROM generate_series(1, 1000000) g, (SELECT array_agg(zip ORDER BY zip) AS a FROM zip_area) z;

INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status, opened_at, created_at)
SELECT 'load-petition-' || g, 'Load petition ' || g, 'Summary ' || g, 'Text ' || g, 'U.S. Congress', 100000, 'OPEN',
       now() - interval '366 days', now() - interval '366 days'
FROM generate_series(1, 20) g;

-- Every supporter signs one petition; the busiest petitions get the most.
INSERT INTO signature (petition_id, supporter_id, show_name, created_at, verified_at)
SELECT p.id, s.id, s.id % 2 = 0, s.created_at, CASE WHEN s.id % 5 < 3 THEN s.created_at + interval '1 hour' END
FROM supporter s
JOIN petition p ON p.slug = 'load-petition-' || (1 + (s.id * s.id) % 20)
WHERE s.email LIKE '%@load.example';

-- A petition that took off: every supporter signed it too (1,000,000 signatures on one petition), and one
-- nobody has signed yet; the benchmark measures the petition page and its report on both.
INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status, opened_at, created_at)
VALUES ('load-petition-viral', 'Load petition viral', 'A petition with a million signatures', 'Text', 'U.S. Congress', 2000000, 'OPEN',
        now() - interval '366 days', now() - interval '366 days'),
       ('load-petition-zero', 'Load petition zero', 'A petition nobody has signed yet', 'Text', 'U.S. Congress', 1000, 'OPEN',
        now() - interval '1 day', now() - interval '1 day');
INSERT INTO signature (petition_id, supporter_id, show_name, created_at, verified_at)
SELECT p.id, s.id, s.id % 3 = 0, s.created_at + interval '1 minute', CASE WHEN s.id % 5 < 3 THEN s.created_at + interval '2 hours' END
FROM supporter s
JOIN petition p ON p.slug = 'load-petition-viral'
WHERE s.email LIKE '%@load.example';

INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, street, city, state, zip, latitude, longitude,
                   capacity, accessibility, status, published_at, host_subject, host_name, host_email, created_at)
SELECT 'load-event-' || g, 'Load event ' || g, 'Description', 'INFO_SESSION',
       now() - interval '330 days' + g * interval '4 hours', now() - interval '330 days' + g * interval '4 hours' + interval '2 hours',
       'America/New_York', '1 Main Street', 'Town', z.state, z.zip, z.latitude, z.longitude, 80, 'ACCESSIBLE', 'PUBLISHED',
       now() - interval '340 days', 'load-host-' || (g % 150), 'Host ' || (g % 150), NULL, now() - interval '340 days'
FROM generate_series(1, 2000) g
JOIN LATERAL (SELECT zip, state, latitude, longitude FROM zip_area WHERE latitude IS NOT NULL ORDER BY zip OFFSET (g * 13) % 30000 LIMIT 1) z ON true;

INSERT INTO rsvp (event_id, supporter_id, status, guests, checked_in_at, created_at)
SELECT e.id, (SELECT min(id) FROM supporter WHERE email LIKE '%@load.example') + ((e.id * 50 + k) % 1000000),
       CASE WHEN k % 20 = 0 THEN 'CANCELLED' WHEN k % 17 = 0 THEN 'WAITLISTED' ELSE 'GOING' END,
       k % 3,
       CASE WHEN e.ends_at < now() AND k % 5 <> 0 AND k % 20 <> 0 AND k % 17 <> 0 THEN e.starts_at END,
       e.starts_at - (1 + k % 20) * interval '1 day'
FROM event e CROSS JOIN generate_series(1, 50) k
WHERE e.slug LIKE 'load-event-%';

INSERT INTO letter_campaign (slug, title, intro, talking_points, chambers, subject_template, body_template, status, created_at)
SELECT 'load-campaign-' || g, 'Load campaign ' || g, 'Intro', 'Points', 'BOTH', 'Subject', 'Dear {legislator.title} {legislator.lastName}', 'OPEN',
       now() - interval '366 days'
FROM generate_series(1, 10) g;

INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient, status, attempts, sent_at, created_at)
SELECT c.id, s.id, l.id, 'Subject', 'Body', 'Town', s.zip, 'delivery@load.example',
       CASE WHEN s.id % 50 = 0 THEN 'FAILED' ELSE 'SENT' END, 1,
       CASE WHEN s.id % 50 = 0 THEN NULL ELSE s.created_at + interval '5 minutes' END, s.created_at
FROM (SELECT id, zip, created_at, row_number() OVER (ORDER BY id) AS n FROM supporter WHERE email LIKE '%@load.example' ORDER BY id LIMIT 50000) s
JOIN letter_campaign c ON c.slug = 'load-campaign-' || (1 + s.n % 10)
CROSS JOIN (SELECT array_agg(id ORDER BY id) AS a FROM legislator WHERE current) ids
JOIN legislator l ON l.id = ids.a[1 + s.n % array_length(ids.a, 1)];

-- The coordinator pages' roll-ups of V18, rebuilt from the rows (the same statements as the migration).
ALTER TABLE signature ENABLE TRIGGER signature_petition_zip;
ALTER TABLE rsvp ENABLE TRIGGER rsvp_event_tally;
ALTER TABLE letter ENABLE TRIGGER letter_rollup;
TRUNCATE petition_zip, event_tally, daily_letter;
INSERT INTO petition_zip SELECT g.petition_id, coalesce(s.zip, ''), count(*), count(g.verified_at)
                         FROM signature g JOIN supporter s ON s.id = g.supporter_id GROUP BY 1, 2;
INSERT INTO event_tally SELECT event_id, count(*) FILTER (WHERE status = 'GOING'), coalesce(sum(1 + guests) FILTER (WHERE status = 'GOING'), 0),
                               count(checked_in_at) FILTER (WHERE status = 'GOING'), count(checked_in_at) FROM rsvp GROUP BY event_id;
INSERT INTO daily_letter SELECT day, sum(sent), sum(failed) FROM (
    SELECT eastern_day(sent_at) AS day, 1 AS sent, 0 AS failed FROM letter WHERE sent_at IS NOT NULL
    UNION ALL SELECT eastern_day(created_at), 0, 1 FROM letter WHERE status = 'FAILED') l GROUP BY day;

ALTER TABLE supporter ENABLE TRIGGER supporter_rollup;
ALTER TABLE signature ENABLE TRIGGER signature_rollup;
ALTER TABLE rsvp ENABLE TRIGGER rsvp_rollup;
-- The roll-ups are kept in slots (V16); rebuilt ones go to slot 0, the views sum the slots.
TRUNCATE daily_supporter_slot, daily_signature_slot, daily_rsvp_slot;
INSERT INTO daily_supporter_slot (day, supporters) SELECT eastern_day(created_at), count(*) FROM supporter GROUP BY 1;
INSERT INTO daily_signature_slot (day, petition_id, signatures, verified)
    SELECT eastern_day(created_at), petition_id, count(*), count(verified_at) FROM signature GROUP BY 1, 2;
INSERT INTO daily_rsvp_slot (day, rsvps, going, waitlisted) SELECT eastern_day(created_at), count(*), count(*) FILTER (WHERE status = 'GOING'),
                              count(*) FILTER (WHERE status = 'WAITLISTED') FROM rsvp GROUP BY 1;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM signature) AS signatures, (SELECT count(*) FROM rsvp) AS rsvps, (SELECT count(*) FROM letter) AS letters;
