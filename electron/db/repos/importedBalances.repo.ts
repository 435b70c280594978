import type { Db } from '../connection.js';
import type { ImportedBalanceKind } from '../tables/sie.table.js';

export interface ImportedBalance {
  kind: ImportedBalanceKind;
  account: string;
  period: string | null;
  objects: { dim: number; id: string }[];
  amount: number;
  quantity: string | null;
  line: number | null;
}

/** Appends one import's stated balances of one fiscal year (raw statements: a file has thousands). */
export function insertImportedBalances(db: Db, importId: number, fiscalYearId: number, rows: readonly ImportedBalance[]): void {
  const ins = db.raw.prepare(`INSERT INTO imported_balances (import_id, fiscal_year_id, kind, account, period, objects, amount, quantity, line)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const r of rows) ins.run(importId, fiscalYearId, r.kind, r.account, r.period, JSON.stringify(r.objects), r.amount, r.quantity, r.line);
}

/** The latest import's stated balances of a fiscal year, in file order; empty when none. */
export function latestImportedBalances(db: Db, fiscalYearId: number): { importId: number; rows: ImportedBalance[] } | null {
  const last = db.raw.prepare('SELECT max(import_id) AS id FROM imported_balances WHERE fiscal_year_id = ?').get(fiscalYearId) as { id: number | null };
  if (last.id === null) return null;
  const rows = db.raw.prepare(`SELECT kind, account, period, objects, amount, quantity, line FROM imported_balances
    WHERE fiscal_year_id = ? AND import_id = ? ORDER BY id`).all(fiscalYearId, last.id) as (Omit<ImportedBalance, 'objects'> & { objects: string })[];
  return { importId: last.id, rows: rows.map((r) => ({ ...r, objects: JSON.parse(r.objects) as ImportedBalance['objects'] })) };
}
