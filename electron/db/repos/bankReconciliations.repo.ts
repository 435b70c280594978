/** SQL for stored reconciliation records (append-only; the month close reads the latest). */
import type { Selectable } from 'kysely';
import { type Db, all, first, exec } from '../connection.js';
import type { BankReconciliationTable } from '../tables/bank.table.js';

export type BankReconciliationRow = Selectable<BankReconciliationTable>;

export function insertReconciliation(db: Db, r: Omit<BankReconciliationRow, 'id'>): number {
  return Number(exec(db, db.q.insertInto('bank_reconciliations').values(r)).lastInsertRowid);
}

export function latestReconciliation(db: Db, account: string, month: string): BankReconciliationRow | undefined {
  return first(db, db.q.selectFrom('bank_reconciliations').selectAll().where('account', '=', account).where('month', '=', month).orderBy('id', 'desc').limit(1));
}

export function listReconciliations(db: Db, account?: string, month?: string): BankReconciliationRow[] {
  return all(db, db.q.selectFrom('bank_reconciliations').selectAll()
    .$if(account !== undefined, (q) => q.where('account', '=', account as string))
    .$if(month !== undefined, (q) => q.where('month', '=', month as string))
    .orderBy('id', 'desc'));
}
