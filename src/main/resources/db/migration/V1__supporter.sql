-- One row per person, across every kind of action. Erasure blanks the person but keeps the row,
-- so that counts of signatures and RSVPs stay honest.
CREATE TABLE supporter (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email                TEXT UNIQUE,
    first_name           TEXT,
    last_name            TEXT,
    zip                  VARCHAR(5),
    keycloak_subject     TEXT UNIQUE,
    email_consent_at     TIMESTAMPTZ,
    email_consent_source TEXT,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at            TIMESTAMPTZ,
    CONSTRAINT supporter_email_normalised CHECK (email = lower(btrim(email)))
);
