-- Spanish pages name a member of Congress with the title that agrees with them: "la senadora
-- Gillibrand", "el senador Schumer". The public data says F or M for each member (bio.gender);
-- until a load fills it in the pages fall back to "senador(a)".
ALTER TABLE legislator ADD COLUMN gender TEXT CHECK (gender IN ('F', 'M'));

-- The bundled file was loaded before this column existed, and the same file is never loaded twice
-- (its checksum): forget the checksum, so the next start loads it again and fills the column in.
-- An upload newer than the bundled file is kept, as always; its members get theirs at the next upload.
UPDATE dataset SET checksum = 'reload to fill legislator.gender (V12)' WHERE name = 'legislators';
