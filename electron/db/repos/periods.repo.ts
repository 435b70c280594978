import { type Db, all, first, exec } from '../connection.js';
import type { PeriodStateTable } from '../tables/core.table.js';

export function periodState(db: Db, month: string): PeriodStateTable['state'] {
  return first(db, db.q.selectFrom('period_states').select('state').where('month', '=', month))?.state ?? 'open';
}

export function listPeriodStates(db: Db, fromMonth: string, toMonth: string): PeriodStateTable[] {
  return all(db, db.q.selectFrom('period_states').selectAll().where('month', '>=', fromMonth).where('month', '<=', toMonth).orderBy('month'));
}

/** Sets a month's state; the table's triggers demand a reason to lower it and log every change. */
export function setPeriodState(db: Db, row: PeriodStateTable): void {
  exec(db, db.q.insertInto('period_states').values(row)
    .onConflict((oc) => oc.column('month').doUpdateSet({ state: row.state, changed_at: row.changed_at, changed_by: row.changed_by, reason: row.reason })));
}
