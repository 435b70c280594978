/**
 * Migration 5: receipts (underlag). Frozen once released; add a new migration instead.
 *
 * The original bytes live in the companion archive file (<company>.kontera-arkiv), addressed by
 * SHA-256; this file keeps what the books need: the hash, metadata, what was read, and a small
 * thumbnail. Both are append-only: a receipt is never changed or removed, and a link between a
 * receipt and a voucher is an addition (many-to-many), never an edit.
 */
export const up = `
CREATE TABLE receipts (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  pages INTEGER NOT NULL CHECK (pages > 0),
  reader TEXT NOT NULL CHECK (reader IN ('pdf-text','pdf-ocr','ocr')),
  text TEXT NOT NULL,
  reading TEXT NOT NULL,
  merchant TEXT,
  merchant_key TEXT,
  chain_key TEXT,
  orgnr TEXT,
  receipt_date TEXT CHECK (receipt_date IS NULL OR receipt_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  total INTEGER,
  currency TEXT,
  thumbnail BLOB,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
) STRICT;
CREATE INDEX receipts_by_merchant ON receipts (merchant_key);
CREATE INDEX receipts_by_chain ON receipts (chain_key);

CREATE TABLE receipt_links (
  id INTEGER PRIMARY KEY,
  receipt_id INTEGER NOT NULL REFERENCES receipts(id),
  voucher_id INTEGER NOT NULL REFERENCES vouchers(id),
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  UNIQUE (receipt_id, voucher_id)
) STRICT;
CREATE INDEX receipt_links_by_voucher ON receipt_links (voucher_id);

CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Ett arkiverat underlag kan inte ändras.'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Ett arkiverat underlag kan inte tas bort.'); END;
CREATE TRIGGER receipt_links_no_update BEFORE UPDATE ON receipt_links
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En koppling mellan underlag och verifikation kan inte ändras.'); END;
CREATE TRIGGER receipt_links_no_delete BEFORE DELETE ON receipt_links
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En koppling mellan underlag och verifikation kan inte tas bort.'); END;
`;
