/**
 * Migration 1: the core ledger. Frozen: never edit after release; add a new migration instead.
 * Defence in depth: every ledger rule the domain checks is repeated here as a constraint or
 * trigger, so no door (form, CLI, import, a hand-written SQL statement) can bypass it.
 */
export const up = `
CREATE TABLE company (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(name) > 0),
  form TEXT NOT NULL CHECK (form IN ('EF','AB')),
  identity TEXT NOT NULL,
  identity_kind TEXT NOT NULL CHECK (identity_kind IN ('orgnr','personnummer','samordningsnummer')),
  vat_period TEXT NOT NULL CHECK (vat_period IN ('month','quarter','year')),
  vat_method TEXT NOT NULL CHECK (vat_method IN ('kontant','faktura')),
  file_id TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE fiscal_years (
  id INTEGER PRIMARY KEY,
  start_date TEXT NOT NULL UNIQUE,
  end_date TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','closed')),
  CHECK (end_date > start_date)
) STRICT;

CREATE TABLE accounts (
  number TEXT PRIMARY KEY CHECK (number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9]*'),
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('asset','liability','equity','income','expense')),
  normal_balance TEXT NOT NULL CHECK (normal_balance IN ('debit','credit')),
  statement TEXT NOT NULL CHECK (statement IN ('BR','RR')),
  vat_code TEXT,
  sru TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  source TEXT NOT NULL CHECK (source IN ('bas-2025','user','import'))
) STRICT;

CREATE TABLE vouchers (
  id INTEGER PRIMARY KEY,
  fiscal_year_id INTEGER NOT NULL REFERENCES fiscal_years(id),
  series TEXT NOT NULL CHECK (length(series) BETWEEN 1 AND 20),
  number INTEGER NOT NULL CHECK (number > 0),
  date TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  text TEXT NOT NULL,
  counterparty TEXT,
  reference TEXT,
  corrects_id INTEGER REFERENCES vouchers(id),
  origin TEXT NOT NULL CHECK (origin IN ('kontera','import')),
  created_by TEXT NOT NULL,
  hash_version INTEGER NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  UNIQUE (fiscal_year_id, series, number)
) STRICT;

-- Lines are written before their voucher row (the FK is deferred to COMMIT) so that the
-- voucher's BEFORE INSERT trigger can check the complete, final set of lines. A line inserted
-- later into a posted voucher is not blocked here (a per-line trigger tripled bulk import time);
-- it breaks that voucher's hash, which verify reports by name.
CREATE TABLE voucher_lines (
  voucher_id INTEGER NOT NULL REFERENCES vouchers(id) DEFERRABLE INITIALLY DEFERRED,
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  fiscal_year_id INTEGER NOT NULL,
  date TEXT NOT NULL,
  account TEXT NOT NULL REFERENCES accounts(number),
  amount INTEGER NOT NULL,
  text TEXT,
  quantity TEXT,
  PRIMARY KEY (voucher_id, line_no)
) STRICT;

CREATE INDEX lines_by_year_account ON voucher_lines (fiscal_year_id, account, date, amount);
CREATE INDEX lines_by_account_date ON voucher_lines (account, date, voucher_id, amount);
CREATE INDEX vouchers_by_date ON vouchers (date, id);
CREATE INDEX vouchers_by_correction ON vouchers (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE TABLE period_states (
  month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  state TEXT NOT NULL CHECK (state IN ('open','vat-reported','closed')),
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  reason TEXT
) STRICT;

CREATE TABLE opening_balances (
  fiscal_year_id INTEGER NOT NULL REFERENCES fiscal_years(id),
  account TEXT NOT NULL REFERENCES accounts(number),
  amount INTEGER NOT NULL,
  PRIMARY KEY (fiscal_year_id, account)
) STRICT;

CREATE TABLE opening_sources (
  fiscal_year_id INTEGER PRIMARY KEY REFERENCES fiscal_years(id),
  source TEXT NOT NULL CHECK (source IN ('carried','manual','import')),
  set_at TEXT NOT NULL,
  set_by TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL
) STRICT;

CREATE TABLE templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  form TEXT NOT NULL CHECK (form IN ('EF','AB','both')),
  builtin INTEGER NOT NULL CHECK (builtin IN (0,1)),
  description TEXT NOT NULL DEFAULT '',
  lines TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE drafts (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  content TEXT NOT NULL
) STRICT;

-- Immutability of posted vouchers (bokföringslagen: nothing posted may be changed or erased).
CREATE TRIGGER vouchers_no_update BEFORE UPDATE ON vouchers
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Bokförda verifikationer kan inte ändras. Gör en rättelse.'); END;
CREATE TRIGGER vouchers_no_delete BEFORE DELETE ON vouchers
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Bokförda verifikationer kan inte tas bort. Gör en rättelse.'); END;
CREATE TRIGGER lines_no_update BEFORE UPDATE ON voucher_lines
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Bokförda rader kan inte ändras. Gör en rättelse.'); END;
CREATE TRIGGER lines_no_delete BEFORE DELETE ON voucher_lines
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Bokförda rader kan inte tas bort. Gör en rättelse.'); END;

-- Every rule a voucher must meet, checked on its final set of lines (one pass over them).
CREATE TRIGGER vouchers_check BEFORE INSERT ON vouchers
BEGIN
  SELECT CASE
    WHEN c < 2 THEN RAISE(ABORT, 'KONTERA:too-few-lines:En verifikation måste ha minst två rader.')
    WHEN s <> 0 THEN RAISE(ABORT, 'KONTERA:unbalanced:Verifikationen balanserar inte: debet och kredit måste vara lika.')
    WHEN m > 0 THEN RAISE(ABORT, 'KONTERA:line-mismatch:Radernas datum eller räkenskapsår stämmer inte med verifikationen.')
  END
  FROM (SELECT count(*) AS c, coalesce(sum(amount), 0) AS s,
               coalesce(sum(date <> NEW.date OR fiscal_year_id <> NEW.fiscal_year_id), 0) AS m
        FROM voucher_lines WHERE voucher_id = NEW.id);
  SELECT CASE
    WHEN f.id IS NULL OR NEW.date NOT BETWEEN f.start_date AND f.end_date
      THEN RAISE(ABORT, 'KONTERA:outside-fiscal-year:Datumet ligger utanför räkenskapsåret.')
    WHEN f.state = 'closed' THEN RAISE(ABORT, 'KONTERA:fiscal-year-closed:Räkenskapsåret är avslutat. Bokför i ett öppet år.')
  END
  FROM (SELECT 1) LEFT JOIN fiscal_years f ON f.id = NEW.fiscal_year_id;
  SELECT CASE
    WHEN p.state = 'closed' THEN RAISE(ABORT, 'KONTERA:period-closed:Månaden är stängd. Bokför i en öppen period eller öppna månaden igen med en motivering.')
    WHEN p.state = 'vat-reported' AND EXISTS (SELECT 1 FROM voucher_lines l JOIN accounts a ON a.number = l.account
                                              WHERE l.voucher_id = NEW.id AND a.vat_code IS NOT NULL)
      THEN RAISE(ABORT, 'KONTERA:period-vat-reported:Momsen för perioden är redan redovisad. Rader på momskonton kan inte bokföras där; bokför rättelsen i en öppen period.')
  END
  FROM period_states p WHERE p.month = substr(NEW.date, 1, 7);
  SELECT RAISE(ABORT, 'KONTERA:inactive-account:Ett konto på verifikationen är inaktiverat.')
    WHERE NEW.origin = 'kontera' AND EXISTS (SELECT 1 FROM voucher_lines l JOIN accounts a ON a.number = l.account
                  WHERE l.voucher_id = NEW.id AND a.active = 0);
END;

-- One period-state model for every lock. Lowering a state (reopening) needs a reason.
CREATE TRIGGER period_states_no_delete BEFORE DELETE ON period_states
BEGIN SELECT RAISE(ABORT, 'KONTERA:reopen-needs-reason:En period öppnas igen med reopen och en motivering.'); END;
CREATE TRIGGER period_states_lower_needs_reason BEFORE UPDATE ON period_states
WHEN (CASE NEW.state WHEN 'open' THEN 0 WHEN 'vat-reported' THEN 1 ELSE 2 END)
   < (CASE OLD.state WHEN 'open' THEN 0 WHEN 'vat-reported' THEN 1 ELSE 2 END)
  AND (NEW.reason IS NULL OR length(trim(NEW.reason)) = 0)
BEGIN SELECT RAISE(ABORT, 'KONTERA:reopen-needs-reason:Ange en motivering när en period öppnas igen.'); END;
CREATE TRIGGER period_states_logged_update AFTER UPDATE ON period_states
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.changed_at, NEW.changed_by, 'period.state',
          json_object('month', NEW.month, 'from', OLD.state, 'to', NEW.state, 'reason', NEW.reason));
END;
CREATE TRIGGER period_states_logged_insert AFTER INSERT ON period_states
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.changed_at, NEW.changed_by, 'period.state',
          json_object('month', NEW.month, 'from', 'open', 'to', NEW.state, 'reason', NEW.reason));
END;

-- The audit log (behandlingshistorik) is append-only.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Behandlingshistoriken kan inte ändras.'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Behandlingshistoriken kan inte ändras.'); END;

-- An account with history is never deleted (deactivate it instead).
CREATE TRIGGER accounts_no_delete_with_history BEFORE DELETE ON accounts
WHEN EXISTS (SELECT 1 FROM voucher_lines WHERE account = OLD.number)
  OR EXISTS (SELECT 1 FROM opening_balances WHERE account = OLD.number)
BEGIN SELECT RAISE(ABORT, 'KONTERA:account-has-history:Kontot har bokföringar och kan inte tas bort. Inaktivera det i stället.'); END;
CREATE TRIGGER accounts_number_fixed BEFORE UPDATE OF number ON accounts
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Ett kontonummer kan inte ändras.'); END;

-- Closed fiscal years keep their opening balances.
CREATE TRIGGER opening_frozen_when_closed BEFORE INSERT ON opening_balances
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE id = NEW.fiscal_year_id AND state = 'closed')
BEGIN SELECT RAISE(ABORT, 'KONTERA:fiscal-year-closed:Räkenskapsåret är avslutat.'); END;
`;
