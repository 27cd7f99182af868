-- The coordinators' dashboards count rows by when they happened; these keep those counts on index
-- range scans at a million signatures (docs/benchmarks.md).
CREATE INDEX supporter_by_created ON supporter (created_at);
CREATE INDEX signature_by_created ON signature (created_at) INCLUDE (verified_at, petition_id);
CREATE INDEX rsvp_by_created ON rsvp (created_at) INCLUDE (status, guests);
CREATE INDEX letter_by_sent ON letter (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX letter_failed_by_created ON letter (created_at) WHERE status = 'FAILED';
CREATE INDEX event_by_end ON event (ends_at);
