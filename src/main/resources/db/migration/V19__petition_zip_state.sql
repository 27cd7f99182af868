-- The petition report's "by state" table (issue 13, coordinator pages under 50 ms): V18's roll-up by
-- signer's ZIP was joined to zip_area at every view, a hash join of some 34,000 rows a side for a
-- petition that took off (25 ms quiet, 60 ms under load: most of the report's time). The state now
-- sits on the roll-up's row, so the table is one aggregate over the petition's rows.
-- It stays what zip_area says: a new row takes its ZIP's state here (the trigger below), and loading
-- new ZIP data (legislator/ZipData) sets every row's state again in the same transaction.
ALTER TABLE petition_zip ADD COLUMN state TEXT;

UPDATE petition_zip p SET state = z.state FROM zip_area z WHERE z.zip = p.zip;

-- Before every insert, ON CONFLICT included (PostgreSQL runs BEFORE INSERT triggers before it looks
-- for the conflict): one look-up by primary key, a few microseconds per signature.
CREATE FUNCTION petition_zip_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state IS NULL THEN
        NEW.state := (SELECT state FROM zip_area WHERE zip = NEW.zip);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER petition_zip_state BEFORE INSERT ON petition_zip
    FOR EACH ROW EXECUTE FUNCTION petition_zip_state();
