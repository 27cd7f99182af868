-- How fresh a loaded data set is: the date of the public file and, for legislators, the Congress.
-- Shown to visitors so that stale data is visible.
ALTER TABLE dataset ADD COLUMN data_date DATE;
ALTER TABLE dataset ADD COLUMN congress SMALLINT;
ALTER TABLE dataset ADD COLUMN source TEXT;

-- Members of Congress, from legislators-current.yaml (org.advocacyhub.legislator.LegislatorImport).
-- Keyed by the public bioguide id. A member who leaves is marked not current, never deleted:
-- letters keep pointing at the person they went to.
CREATE TABLE legislator (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bioguide_id    TEXT NOT NULL UNIQUE,
    first_name     TEXT NOT NULL,
    last_name      TEXT NOT NULL,
    full_name      TEXT NOT NULL,
    chamber        TEXT NOT NULL CHECK (chamber IN ('SENATE', 'HOUSE')),
    state          CHAR(2) NOT NULL,
    -- House only; 0 is an at-large seat or a delegate.
    district       SMALLINT,
    party          TEXT,
    phone          TEXT,
    contact_form   TEXT,
    website        TEXT,
    office_address TEXT,
    term_start     DATE,
    term_end       DATE,
    -- The public data has no office e-mail; a deployment may fill it in. Empty: the delivery inbox.
    email          TEXT,
    current        BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT legislator_district_for_house CHECK ((chamber = 'HOUSE') = (district IS NOT NULL))
);
CREATE INDEX legislator_current_seat ON legislator (state, chamber, district) WHERE current;

CREATE TABLE letter_campaign (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    intro            TEXT NOT NULL,
    talking_points   TEXT,
    chambers         TEXT NOT NULL CHECK (chambers IN ('SENATE', 'HOUSE', 'BOTH')),
    subject_template TEXT NOT NULL,
    body_template    TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX letter_campaign_open ON letter_campaign (created_at) WHERE status = 'OPEN';

-- One letter per supporter, campaign and legislator: a double click or a second tab sends nothing twice.
-- status, attempts, last_error and sent_at follow the letter's outbox message (trigger below).
CREATE TABLE letter (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id       BIGINT NOT NULL REFERENCES letter_campaign (id),
    supporter_id      BIGINT NOT NULL REFERENCES supporter (id),
    legislator_id     BIGINT NOT NULL REFERENCES legislator (id),
    subject           TEXT NOT NULL,
    body              TEXT NOT NULL,
    sender_city       TEXT NOT NULL,
    sender_zip        CHAR(5) NOT NULL,
    recipient         TEXT NOT NULL,
    -- SET NULL: pruning old outbox rows must not lose the letter, which keeps its last known status.
    outbox_message_id BIGINT REFERENCES outbox_message (id) ON DELETE SET NULL,
    status            TEXT NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    attempts          INT NOT NULL DEFAULT 0,
    last_error        TEXT,
    sent_at           TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT letter_once UNIQUE (campaign_id, supporter_id, legislator_id)
);
CREATE INDEX letter_by_message ON letter (outbox_message_id);
CREATE INDEX letter_by_supporter ON letter (supporter_id);
CREATE INDEX letter_by_legislator ON letter (legislator_id);

-- The sender (org.advocacyhub.mail.OutboxSender) knows nothing of letters. This trigger copies each
-- change of a message's delivery state onto its letter in the sender's own transaction, so the letter
-- is never out of step with its message, whichever instance sent it.
CREATE FUNCTION letter_follows_outbox() RETURNS trigger AS $$
BEGIN
    UPDATE letter
    SET status = CASE NEW.status WHEN 'SENT' THEN 'SENT' WHEN 'DEAD' THEN 'FAILED' ELSE 'QUEUED' END,
        attempts = NEW.attempts,
        last_error = NEW.last_error,
        sent_at = NEW.sent_at
    WHERE outbox_message_id = NEW.id;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER letter_follows_outbox
    AFTER UPDATE OF status, attempts, last_error, sent_at ON outbox_message
    FOR EACH ROW
    WHEN (NEW.kind = 'letter')
    EXECUTE FUNCTION letter_follows_outbox();
