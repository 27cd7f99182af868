CREATE TABLE petition (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    summary           TEXT NOT NULL,
    body_markdown     TEXT NOT NULL,
    target            TEXT NOT NULL,
    goal              INT NOT NULL CHECK (goal > 0),
    -- The last day to sign; it closes when that day ends, US Eastern time.
    deadline          DATE,
    status            TEXT NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    next_action_label TEXT,
    next_action_url   TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    opened_at         TIMESTAMPTZ,
    closed_at         TIMESTAMPTZ
);

-- One signature per petition and person (one supporter per normalised e-mail): a double click or two
-- racing requests make exactly one row.
CREATE TABLE signature (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id  BIGINT NOT NULL REFERENCES petition (id),
    supporter_id BIGINT NOT NULL REFERENCES supporter (id),
    comment      TEXT,
    show_name    BOOLEAN NOT NULL DEFAULT FALSE,
    verified_at  TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT signature_one_per_person UNIQUE (petition_id, supporter_id)
);
CREATE INDEX signature_by_petition_time ON signature (petition_id, created_at DESC);
CREATE INDEX signature_by_supporter ON signature (supporter_id);

-- Attempts counted for rate limits. The key never holds an address: it is a keyed hash of the IP
-- or e-mail. Rows older than the longest window are deleted by a scheduled job.
CREATE TABLE rate_limit_hit (
    bucket     TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX rate_limit_hit_bucket_time ON rate_limit_hit (bucket, created_at);
