import { type Db, all } from '../connection.js';

export interface BalanceRow {
  account: string;
  name: string;
  statement: 'BR' | 'RR';
  opening: number;
  debit: number;
  credit: number;
}

/**
 * Per account of one fiscal year: the balance at `from` (opening balance plus lines of the year
 * before `from`) and the debit and credit sums of lines from `from` to `to`. One pass over the
 * covering index (fiscal_year_id, account, date, amount).
 */
export function balancesInYear(db: Db, fiscalYearId: number, from: string, to: string): BalanceRow[] {
  return all(db, balancesQuery(db, fiscalYearId, from, to));
}

export function balancesQuery(db: Db, fiscalYearId: number, from: string, to: string) {
  return db.q
    .selectFrom((eb) => eb.selectFrom('voucher_lines')
      .select(['account',
        (e) => e.fn.sum<number>(e.case().when('date', '<', from).then(e.ref('amount')).else(0).end()).as('before'),
        (e) => e.fn.sum<number>(e.case().when(e.and([e('date', '>=', from), e('date', '<=', to), e('amount', '>', 0)])).then(e.ref('amount')).else(0).end()).as('debit'),
        (e) => e.fn.sum<number>(e.case().when(e.and([e('date', '>=', from), e('date', '<=', to), e('amount', '<', 0)])).then(e.ref('amount')).else(0).end()).as('credit')])
      .where('fiscal_year_id', '=', fiscalYearId).where('date', '<=', to)
      .groupBy('account')
      .unionAll(eb.selectFrom('opening_balances').select(['account', 'amount as before', (e) => e.val(0).as('debit'), (e) => e.val(0).as('credit')])
        .where('fiscal_year_id', '=', fiscalYearId))
      .as('x'))
    .innerJoin('accounts', 'accounts.number', 'x.account')
    .select(['x.account', 'accounts.name', 'accounts.statement',
      (e) => e.fn.sum<number>('x.before').as('opening'),
      (e) => e.fn.sum<number>('x.debit').as('debit'),
      (e) => e.fn.sum<number>(e.neg(e.ref('x.credit'))).as('credit')])
    .groupBy('x.account')
    .orderBy('x.account');
}

export function openingRows(db: Db, fiscalYearId: number): { account: string; amount: number }[] {
  return all(db, db.q.selectFrom('opening_balances').select(['account', 'amount']).where('fiscal_year_id', '=', fiscalYearId).orderBy('account'));
}

export function replaceOpening(db: Db, fiscalYearId: number, rows: readonly { account: string; amount: number }[], source: 'carried' | 'manual' | 'import', at: string, by: string): void {
  db.raw.prepare('DELETE FROM opening_balances WHERE fiscal_year_id = ?').run(fiscalYearId);
  const ins = db.raw.prepare('INSERT INTO opening_balances (fiscal_year_id, account, amount) VALUES (?, ?, ?)');
  for (const r of rows) if (r.amount !== 0) ins.run(fiscalYearId, r.account, r.amount);
  db.raw.prepare(`INSERT INTO opening_sources (fiscal_year_id, source, set_at, set_by) VALUES (?, ?, ?, ?)
    ON CONFLICT (fiscal_year_id) DO UPDATE SET source = excluded.source, set_at = excluded.set_at, set_by = excluded.set_by`).run(fiscalYearId, source, at, by);
}

export function openingSource(db: Db, fiscalYearId: number): 'carried' | 'manual' | 'import' | null {
  const r = db.raw.prepare('SELECT source FROM opening_sources WHERE fiscal_year_id = ?').get(fiscalYearId) as { source: 'carried' | 'manual' | 'import' } | undefined;
  return r?.source ?? null;
}
