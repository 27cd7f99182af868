-- Issue 16: how each letter reaches its office, and a status that says what really happened.
--   EMAIL_OFFICE    e-mailed to the office (the data has its address): QUEUED → SENT | FAILED
--   DELIVERY_INBOX  e-mailed to the deployment's delivery inbox, as before: QUEUED → SENT | FAILED
--   CONTACT_FORM    the supporter enters it on the office's contact form: WITH_SUPPORTER → SENT_BY_SUPPORTER
--   PRINT           printed and handed over at a lobby day: TO_PRINT → PRINTED
-- SENT still means only that our mail server handed the message on (the outbox trigger of V5 sets it);
-- the other routes never pass through the outbox, so they never say SENT.
ALTER TABLE letter ADD COLUMN route TEXT NOT NULL DEFAULT 'DELIVERY_INBOX'
    CHECK (route IN ('EMAIL_OFFICE', 'DELIVERY_INBOX', 'CONTACT_FORM', 'PRINT'));
UPDATE letter l SET route = 'EMAIL_OFFICE' FROM legislator g
    WHERE g.id = l.legislator_id AND g.email IS NOT NULL AND l.recipient = g.email;
-- The default stays: rows written before routes existed, and tools that insert letters, went to the inbox.
-- The routes without e-mail have no recipient address.
ALTER TABLE letter ALTER COLUMN recipient DROP NOT NULL;
ALTER TABLE letter DROP CONSTRAINT letter_status_check;
ALTER TABLE letter ADD CONSTRAINT letter_status_check
    CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'WITH_SUPPORTER', 'SENT_BY_SUPPORTER', 'TO_PRINT', 'PRINTED'));
-- When the supporter said they sent it, or a coordinator printed it. sent_at stays our mail server's.
ALTER TABLE letter ADD COLUMN delivered_at TIMESTAMPTZ;
CREATE INDEX letter_to_print ON letter (campaign_id, legislator_id) WHERE route = 'PRINT';
