/**
 * Migration 8: the balances a SIE file states, kept per fiscal year. Frozen once released.
 *
 * A SIE 1–3 file has no vouchers: its #UB, #RES and #PSALDO (and #OIB/#OUB per object) cannot be
 * recomputed, so the books started from such a file keep them exactly as the file states them,
 * with the import they came from. #IB is kept here too (the opening balances themselves stay in
 * `opening_balances`). Like the import history, a row is never changed or removed; a later import
 * of the same year adds a new set, and the latest set is the one that counts.
 *
 * - kind: IB, UB, RES, PSALDO (change within the month `period`), OIB, OUB.
 * - objects: JSON list `[{"dim":6,"id":"101"}]`, `[]` for the account as a whole.
 * - amount: integer öre, debit positive.
 */
export const up = `
CREATE TABLE imported_balances (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  fiscal_year_id INTEGER NOT NULL REFERENCES fiscal_years(id),
  kind TEXT NOT NULL CHECK (kind IN ('IB','UB','RES','PSALDO','OIB','OUB')),
  account TEXT NOT NULL CHECK (length(account) BETWEEN 1 AND 20),
  period TEXT CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  objects TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(objects) AND json_type(objects) = 'array'),
  amount INTEGER NOT NULL,
  quantity TEXT,
  line INTEGER,
  CHECK ((kind = 'PSALDO') = (period IS NOT NULL)),
  CHECK (kind IN ('PSALDO','OIB','OUB') OR objects = '[]')
) STRICT;
CREATE INDEX imported_balances_year ON imported_balances (fiscal_year_id, import_id);

CREATE TRIGGER imported_balances_no_update BEFORE UPDATE ON imported_balances
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importerade balanser kan inte ändras.'); END;
CREATE TRIGGER imported_balances_no_delete BEFORE DELETE ON imported_balances
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Importerade balanser kan inte ändras.'); END;

-- An account with imported balances has history and is never deleted.
CREATE TRIGGER accounts_keep_imported_balances BEFORE DELETE ON accounts
WHEN EXISTS (SELECT 1 FROM imported_balances WHERE account = OLD.number)
BEGIN SELECT RAISE(ABORT, 'KONTERA:account-has-history:Kontot har bokföringar och kan inte tas bort. Inaktivera det i stället.'); END;
`;
