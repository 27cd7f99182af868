-- Importing supporters from a CSV file (issue 15, point 5). The uploaded file is read once, in the
-- request, into supporter_import_row, so that any instance's worker can run the import (the upload's
-- temp file lives on one instance's disk only). A job is claimed with FOR UPDATE SKIP LOCKED and runs
-- in batches, each batch one transaction together with the job's progress, so a job that stops
-- half-way resumes where it stopped and never imports a row twice.
CREATE TABLE supporter_import (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    coordinator_subject TEXT NOT NULL,
    coordinator_name    TEXT NOT NULL,
    file_name           TEXT NOT NULL,
    -- The same file uploaded again is recognised ("already imported on ...").
    file_sha256         TEXT NOT NULL,
    file_bytes          BIGINT NOT NULL,
    header              TEXT[] NOT NULL,
    rows_total          INT NOT NULL,
    -- Per column of the file: email, first_name, last_name, zip, language or ignore.
    mapping             TEXT[],
    with_consent        BOOLEAN,
    -- Where the consent came from, as the coordinator said it (a sign-in sheet at the May walk ...).
    consent_origin      TEXT,
    -- The exact words people agreed to; logged in consent_event with source 'import:<id>'.
    consent_wording     TEXT,
    status              TEXT NOT NULL DEFAULT 'UPLOADED'
                        CHECK (status IN ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    claimed_by          TEXT,
    heartbeat_at        TIMESTAMPTZ,
    -- The last supporter_import_row.seq handled: where a resumed job goes on.
    done_seq            INT NOT NULL DEFAULT 0,
    imported            INT NOT NULL DEFAULT 0,
    already_known       INT NOT NULL DEFAULT 0,
    bad                 INT NOT NULL DEFAULT 0,
    queued_at           TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    failure             TEXT
);
CREATE INDEX supporter_import_to_run ON supporter_import (id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX supporter_import_by_file ON supporter_import (file_sha256);

-- The file's records until the import is done (then deleted): its cells as read, and the e-mail's
-- normal form once a row is taken, which is how a later row with the same address is found.
CREATE TABLE supporter_import_row (
    import_id BIGINT NOT NULL REFERENCES supporter_import (id) ON DELETE CASCADE,
    seq       INT NOT NULL,
    line      INT NOT NULL,
    cells     TEXT[] NOT NULL,
    -- A problem found while reading: 'control' (a NUL, which PostgreSQL cannot store), 'too_long'.
    problem   TEXT,
    email     TEXT,
    PRIMARY KEY (import_id, seq)
);
CREATE INDEX supporter_import_row_by_email ON supporter_import_row (import_id, email) WHERE email IS NOT NULL;

-- Every row that was not imported, with its line in the file, why, and its cells (for the download),
-- kept as long as the import is (privacy: they hold the addresses people typed).
CREATE TABLE supporter_import_problem (
    import_id    BIGINT NOT NULL REFERENCES supporter_import (id) ON DELETE CASCADE,
    line         INT NOT NULL,
    reason       TEXT NOT NULL,
    duplicate_of INT,
    cells        TEXT[] NOT NULL,
    PRIMARY KEY (import_id, line)
);
