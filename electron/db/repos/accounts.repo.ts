import { type Db, all, first, exec } from '../connection.js';
import type { AccountTable } from '../tables/core.table.js';

export function listAccounts(db: Db): (AccountTable & { has_history: number })[] {
  return all(db, db.q.selectFrom('accounts').selectAll()
    .select((eb) => eb.exists(eb.selectFrom('voucher_lines').select('voucher_lines.account').whereRef('voucher_lines.account', '=', 'accounts.number')).as('has_history'))
    .orderBy('number')) as (AccountTable & { has_history: number })[];
}

export function getAccount(db: Db, number: string): AccountTable | undefined {
  return first(db, db.q.selectFrom('accounts').selectAll().where('number', '=', number));
}

export function accountsByNumbers(db: Db, numbers: readonly string[]): AccountTable[] {
  if (numbers.length === 0) return [];
  return all(db, db.q.selectFrom('accounts').selectAll().where('number', 'in', [...new Set(numbers)]));
}

export function insertAccounts(db: Db, rows: readonly AccountTable[]): void {
  const st = db.raw.prepare(`INSERT INTO accounts (number, name, type, normal_balance, statement, vat_code, sru, active, source)
    VALUES (@number, @name, @type, @normal_balance, @statement, @vat_code, @sru, @active, @source)`);
  for (const r of rows) st.run(r);
}

export function updateAccount(db: Db, number: string, patch: Partial<Pick<AccountTable, 'vat_code' | 'active' | 'name'>>): void {
  exec(db, db.q.updateTable('accounts').set(patch).where('number', '=', number));
}

export function hasHistory(db: Db, number: string): boolean {
  return first(db, db.q.selectFrom('voucher_lines').select('account').where('account', '=', number).limit(1)) !== undefined;
}
