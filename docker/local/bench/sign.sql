-- The ceiling for signing (docker/local/benchmark.sh, docs/benchmarks.md): the SQL statements that one
-- signature (POST /petitions/{slug}/sign, a fresh e-mail, no e-mail updates ticked) runs, in the same
-- transactions, for pgbench:
--   pgbench -n -M prepared -c 16 -j 2 -T 10 -f docker/local/bench/sign.sql -D petition=<id> -D slug=<slug> -D ipbucket=sign-ip:<hash> <db>
-- (pgbench reads :name as a variable even inside quotes, so values with a colon come in with -D.)
-- pgbench counts one run of this file as one "transaction", so its tps is signatures per second with
-- nothing of the app in between (no HTTP, no templates, no Java): what the app adds is the gap.
--
-- Keep it in step with the code: it follows, in order, PetitionPages.sign -> web/RateLimiter ->
-- Signing.sign -> privacy/Changes.visit (Supporter.findOrCreate; Supporter.upsert before issue 12) -> the signature insert -> PetitionMail.confirmAddress -> Outbox.queue.
-- To re-derive it, log one signature's statements (ALTER DATABASE <db> SET log_statement = 'all', a
-- fresh app, one POST, then the PostgreSQL log) and copy them here with the values as variables.
-- Every e-mail is new: txid_current() is unique per transaction.

-- Not the app's: the signer's ZIP, one of the first 1,000 in turn as in sign.lua (signers come from many places).
\set z random(0, 999)
SELECT zip FROM zip_area ORDER BY zip OFFSET :z LIMIT 1 \gset

-- Which code this database runs: the rate limiter of V16 (one row per key, table rate_limit) came with
-- cached public petitions and one read less per signature; before it, rate_limit_hit. Not the app's
-- statement (a catalogue look-up); it lets one file follow both until the older code is gone.
SELECT CAST(to_regclass('rate_limit') IS NOT NULL AS int) AS v16 \gset
\set r random(1, 1000000000000)
SELECT 'sign-email:' || md5(CAST(:r AS text)) AS bucket \gset

\if :v16
-- web/RateLimiter.allowAll (V16): both keys in one statement, outside the signing transaction. The
-- petition comes from PublicPetitions' cache, so visible() runs no SQL.
WITH quick AS (SELECT set_config('synchronous_commit', 'off', true) AS done),
     clock AS (SELECT CAST(floor(extract(epoch FROM now())) AS bigint) AS now)
INSERT INTO rate_limit AS r (bucket, window_length, window_start, hits, previous_hits)
SELECT v.bucket, v.len, clock.now - clock.now % v.len, 1, 0
FROM (VALUES (CAST(:bucket AS text), CAST(600 AS int)), (CAST(:ipbucket AS text), CAST(600 AS int))) AS v(bucket, len), clock, quick
ON CONFLICT (bucket) DO UPDATE SET
    previous_hits = CASE WHEN r.window_start = excluded.window_start THEN r.previous_hits
                         WHEN r.window_start = excluded.window_start - excluded.window_length
                              AND r.window_length = excluded.window_length THEN r.hits
                         ELSE 0 END,
    hits = CASE WHEN r.window_start = excluded.window_start THEN r.hits + 1 ELSE 1 END,
    window_start = excluded.window_start,
    window_length = excluded.window_length
RETURNING r.bucket, r.hits, r.previous_hits, 1.0 - (extract(epoch FROM now()) - r.window_start) / r.window_length;
\else
-- PetitionPages.visible: the petition by its slug (autocommit, outside a transaction).
SELECT * FROM petition WHERE slug = :slug LIMIT 1;

-- RateLimiter.allow, per IP address: its own transaction; every visitor behind one address shares the bucket.
BEGIN;
SELECT pg_advisory_xact_lock(hashtext(:ipbucket));
SELECT count(*) FROM rate_limit_hit WHERE bucket = :ipbucket AND created_at > now() - make_interval(secs => 600);
INSERT INTO rate_limit_hit (bucket) VALUES (:ipbucket);
COMMIT;

-- RateLimiter.allow, per e-mail address (a new address each time, so a new bucket).
BEGIN;
SELECT pg_advisory_xact_lock(hashtext(:bucket));
SELECT count(*) FROM rate_limit_hit WHERE bucket = :bucket AND created_at > now() - make_interval(secs => 600);
INSERT INTO rate_limit_hit (bucket) VALUES (:bucket);
COMMIT;
\endif

-- Signing.sign: one transaction.
BEGIN;
SELECT 'pgbench-' || txid_current() || '@bench.example' AS email \gset
-- (Before 2026-12-03 the petition was read again here; the page's cached one is used now.)
\if :v16
-- privacy/Changes.visit -> Supporter.findOrCreate (issue 12: an anonymous form adds a new person and
-- never overwrites a known one; a fresh address each time, so the insert always makes the row).
INSERT INTO supporter (email, first_name, last_name, zip, language)
VALUES (:email, NULLIF('Bench', ''), NULLIF('Signer', ''), NULLIF(:zip, ''), 'en')
ON CONFLICT (email) DO NOTHING
RETURNING id AS supporter \gset
\else
-- Supporter.upsert (main before issue 12).
INSERT INTO supporter (email, first_name, last_name, zip, email_consent_at, email_consent_source,
                       email_consent_wording, keycloak_subject, language)
VALUES (:email, 'Bench', 'Signer', :zip, NULL, NULL, NULL,
        CASE WHEN EXISTS (SELECT 1 FROM supporter WHERE keycloak_subject = NULL) THEN NULL ELSE NULL END, 'en')
ON CONFLICT (email) DO UPDATE SET
    first_name = COALESCE(NULLIF(excluded.first_name, ''), supporter.first_name),
    last_name = COALESCE(NULLIF(excluded.last_name, ''), supporter.last_name),
    zip = COALESCE(NULLIF(excluded.zip, ''), supporter.zip),
    email_consent_at = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.email_consent_at ELSE now() END,
    email_consent_source = COALESCE(excluded.email_consent_source, supporter.email_consent_source),
    email_consent_wording = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.email_consent_wording
                                 ELSE excluded.email_consent_wording END,
    unsubscribed_at = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.unsubscribed_at END,
    unsubscribe_source = CASE WHEN excluded.email_consent_source IS NULL THEN supporter.unsubscribe_source END,
    keycloak_subject = COALESCE(supporter.keycloak_subject, excluded.keycloak_subject),
    language = excluded.language
RETURNING id AS supporter \gset
\endif
-- Supporter.findById (before 2026-12-03 also a refresh: a second read of the same row).
SELECT * FROM supporter WHERE id = :supporter;
INSERT INTO signature (petition_id, supporter_id, comment, show_name)
VALUES (:petition, :supporter, NULL, TRUE)
ON CONFLICT (petition_id, supporter_id) DO NOTHING
RETURNING id AS signature \gset
-- Signature.findById (before V16's code, which keeps what it inserted).
\if :v16
\else
SELECT * FROM signature WHERE id = :signature;
\endif
-- Outbox.queue: the confirmation e-mail (a body of the size the template renders); before 2026-12-03 it
-- was read back (em.find), now only referenced.
INSERT INTO outbox_message (recipient, reply_to, subject, body_text, body_html, kind, status, dedupe_key,
                            attachment_name, attachment_content_type, attachment_body, headers, marketing)
VALUES (:email, NULL, 'Please confirm your signature', repeat('Please confirm your signature. ', 30),
        repeat('<p>Please confirm your signature.</p>', 30), 'signature-confirm', 'QUEUED',
        'signature-confirm:' || :signature, NULL, NULL, NULL, NULL, FALSE)
ON CONFLICT (dedupe_key) DO NOTHING
RETURNING id AS message \gset
COMMIT;
