/**
 * Migration 3: what imported books carry beyond Kontera's own vouchers. Frozen once released.
 * - `imports`: one row per import (file hash, encoding, program, the backup taken before it).
 * - `vouchers.extras`: JSON of source details kept byte-for-byte meaningful (objects per line,
 *   transaction dates, signatures, the old program's registration date, #RTRANS/#BTRANS history).
 *   It is covered by the voucher hash and, like every voucher column, immutable.
 * - dimensions and objects (kostnadsställen, projekt).
 */
export const up = `
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sie')),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  encoding TEXT NOT NULL,
  program TEXT,
  vouchers INTEGER NOT NULL,
  skipped INTEGER NOT NULL,
  backup TEXT,
  details TEXT NOT NULL
) STRICT;
CREATE TRIGGER imports_no_update BEFORE UPDATE ON imports
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importhistoriken kan inte ändras.'); END;
CREATE TRIGGER imports_no_delete BEFORE DELETE ON imports
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importhistoriken kan inte ändras.'); END;

ALTER TABLE vouchers ADD COLUMN extras TEXT;
ALTER TABLE vouchers ADD COLUMN import_id INTEGER REFERENCES imports(id);

CREATE TABLE dimensions (
  dim INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  parent INTEGER
) STRICT;

CREATE TABLE objects (
  dim INTEGER NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (dim, id)
) STRICT;
`;
