/** SQL for the user's bank rules (settings: they may be removed). */
import type { Selectable } from 'kysely';
import { type Db, all, first, exec } from '../connection.js';
import type { BankRuleTable } from '../tables/bank.table.js';

export type BankRuleRow = Selectable<BankRuleTable>;

export function listRules(db: Db): BankRuleRow[] {
  return all(db, db.q.selectFrom('bank_rules').selectAll().orderBy('id'));
}

export function ruleById(db: Db, id: number): BankRuleRow | undefined {
  return first(db, db.q.selectFrom('bank_rules').selectAll().where('id', '=', id));
}

export function insertRule(db: Db, r: Omit<BankRuleRow, 'id'>): number {
  return Number(exec(db, db.q.insertInto('bank_rules').values(r)).lastInsertRowid);
}

export function deleteRule(db: Db, id: number): boolean {
  return exec(db, db.q.deleteFrom('bank_rules').where('id', '=', id)).changes > 0;
}
