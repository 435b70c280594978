/**
 * Migration 4: bank and tax-account statements. Frozen once released; add a new migration instead.
 *
 * Bank rows are source data (räkenskapsinformation from the bank): append-only, like vouchers.
 * Their link to the books lives in `bank_matches` (append-only too); undoing a link is a row in
 * `bank_unmatches`, so the history of every link stays. Statements and reconciliation records are
 * append-only. User rules are settings and may be removed.
 */
export const up = `
CREATE TABLE bank_accounts (
  account TEXT PRIMARY KEY REFERENCES accounts(number),
  name TEXT NOT NULL CHECK (length(name) > 0),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE TABLE bank_statements (
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL REFERENCES bank_accounts(account),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  part INTEGER NOT NULL CHECK (part > 0),
  format TEXT NOT NULL,
  file_name TEXT NOT NULL,
  source_account TEXT,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  first_date TEXT,
  last_date TEXT,
  opening_balance INTEGER,
  closing_balance INTEGER,
  rows_in_file INTEGER NOT NULL CHECK (rows_in_file >= 0),
  rows_imported INTEGER NOT NULL CHECK (rows_imported >= 0),
  duplicates INTEGER NOT NULL CHECK (duplicates >= 0),
  skipped INTEGER NOT NULL CHECK (skipped >= 0),
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  CHECK (rows_in_file = rows_imported + duplicates),
  CHECK (first_date IS NULL OR last_date >= first_date),
  UNIQUE (account, sha256, part)
) STRICT;

CREATE TABLE bank_rows (
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL REFERENCES bank_accounts(account),
  statement_id INTEGER NOT NULL REFERENCES bank_statements(id),
  seq INTEGER NOT NULL CHECK (seq > 0),
  booking_date TEXT NOT NULL CHECK (booking_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  value_date TEXT,
  transaction_date TEXT,
  amount INTEGER NOT NULL,
  balance INTEGER,
  text TEXT NOT NULL,
  reference TEXT,
  counterparty TEXT,
  bank_id TEXT,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  original_amount INTEGER,
  original_currency TEXT,
  source_line INTEGER NOT NULL CHECK (source_line > 0),
  UNIQUE (statement_id, seq)
) STRICT;
CREATE INDEX bank_rows_by_account_date ON bank_rows (account, booking_date, id);

CREATE TABLE bank_matches (
  id INTEGER PRIMARY KEY,
  bank_row_id INTEGER NOT NULL REFERENCES bank_rows(id),
  voucher_id INTEGER NOT NULL REFERENCES vouchers(id),
  line_no INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('exact','reference','manual','booked')),
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  FOREIGN KEY (voucher_id, line_no) REFERENCES voucher_lines(voucher_id, line_no)
) STRICT;
CREATE INDEX bank_matches_by_row ON bank_matches (bank_row_id);
CREATE INDEX bank_matches_by_line ON bank_matches (voucher_id, line_no);

CREATE TABLE bank_unmatches (
  match_id INTEGER PRIMARY KEY REFERENCES bank_matches(id),
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;

CREATE VIEW bank_active_matches AS
  SELECT m.* FROM bank_matches m WHERE NOT EXISTS (SELECT 1 FROM bank_unmatches u WHERE u.match_id = m.id);

CREATE TABLE bank_rules (
  id INTEGER PRIMARY KEY,
  account TEXT REFERENCES bank_accounts(account),
  text_contains TEXT,
  amount_min INTEGER,
  amount_max INTEGER,
  template TEXT NOT NULL CHECK (length(template) > 0),
  counterparty TEXT,
  voucher_text TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  CHECK (text_contains IS NOT NULL OR amount_min IS NOT NULL OR amount_max IS NOT NULL),
  CHECK (amount_min IS NULL OR amount_max IS NULL OR amount_min <= amount_max)
) STRICT;

CREATE TABLE bank_reconciliations (
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL REFERENCES bank_accounts(account),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  basis TEXT CHECK (basis IN ('balance','movements')),
  statement_balance INTEGER,
  ledger_balance INTEGER NOT NULL,
  difference INTEGER,
  reconciled INTEGER NOT NULL CHECK (reconciled IN (0,1)),
  unmatched_bank INTEGER NOT NULL,
  unmatched_ledger INTEGER NOT NULL,
  covered_to TEXT,
  chain_head TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  CHECK (reconciled = 0 OR difference = 0)
) STRICT;
CREATE INDEX bank_reconciliations_by_month ON bank_reconciliations (account, month, id);

-- Source data never changes: bank rows, statements, links and reconciliation records are append-only.
CREATE TRIGGER bank_rows_no_update BEFORE UPDATE ON bank_rows
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importerade bankrader kan inte ändras.'); END;
CREATE TRIGGER bank_rows_no_delete BEFORE DELETE ON bank_rows
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importerade bankrader kan inte tas bort.'); END;
CREATE TRIGGER bank_statements_no_update BEFORE UPDATE ON bank_statements
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importerade kontoutdrag kan inte ändras.'); END;
CREATE TRIGGER bank_statements_no_delete BEFORE DELETE ON bank_statements
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importerade kontoutdrag kan inte tas bort.'); END;
CREATE TRIGGER bank_matches_no_update BEFORE UPDATE ON bank_matches
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En koppling ändras inte; ta bort den med en motivering och gör en ny.'); END;
CREATE TRIGGER bank_matches_no_delete BEFORE DELETE ON bank_matches
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En koppling tas bort med en motivering, inte genom att raderas.'); END;
CREATE TRIGGER bank_unmatches_no_update BEFORE UPDATE ON bank_unmatches
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Historiken över kopplingar kan inte ändras.'); END;
CREATE TRIGGER bank_unmatches_no_delete BEFORE DELETE ON bank_unmatches
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Historiken över kopplingar kan inte ändras.'); END;
CREATE TRIGGER bank_reconciliations_no_update BEFORE UPDATE ON bank_reconciliations
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En sparad avstämning kan inte ändras; stäm av igen.'); END;
CREATE TRIGGER bank_reconciliations_no_delete BEFORE DELETE ON bank_reconciliations
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En sparad avstämning kan inte tas bort.'); END;
CREATE TRIGGER bank_accounts_no_delete BEFORE DELETE ON bank_accounts
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Ett bankkonto med importerade rader kan inte tas bort.'); END;
CREATE TRIGGER bank_accounts_fixed BEFORE UPDATE OF account, currency ON bank_accounts
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Bankkontots konto och valuta kan inte ändras.'); END;

-- A link joins one bank row and one voucher line on the bank's ledger account with the same amount,
-- one to one among the links in force.
CREATE TRIGGER bank_matches_check BEFORE INSERT ON bank_matches
BEGIN
  SELECT RAISE(ABORT, 'KONTERA:bank-row-matched:Bankraden är redan kopplad till en verifikation.')
    WHERE EXISTS (SELECT 1 FROM bank_active_matches WHERE bank_row_id = NEW.bank_row_id);
  SELECT RAISE(ABORT, 'KONTERA:bank-line-matched:Verifikationsraden är redan kopplad till en annan bankrad.')
    WHERE EXISTS (SELECT 1 FROM bank_active_matches WHERE voucher_id = NEW.voucher_id AND line_no = NEW.line_no);
  SELECT RAISE(ABORT, 'KONTERA:bank-line-not-found:Verifikationsraden ligger inte på bankradens konto.')
    WHERE NOT EXISTS (SELECT 1 FROM voucher_lines l JOIN bank_rows r ON r.id = NEW.bank_row_id
                      WHERE l.voucher_id = NEW.voucher_id AND l.line_no = NEW.line_no AND l.account = r.account);
  SELECT RAISE(ABORT, 'KONTERA:bank-amount-differs:Verifikationsradens belopp är inte bankradens belopp.')
    WHERE NOT EXISTS (SELECT 1 FROM voucher_lines l JOIN bank_rows r ON r.id = NEW.bank_row_id
                      WHERE l.voucher_id = NEW.voucher_id AND l.line_no = NEW.line_no AND l.amount = r.amount);
END;
`;
