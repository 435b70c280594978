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
 * Net and gross sums per account of lines in [from, to] of one year (covering index scan); debit
 * and credit follow as (gross ± net) / 2, which SQLite sums faster than two conditional sums.
 */
export function movementQuery(db: Db, fiscalYearId: number, from: string | null, to: string | null) {
  return db.q.selectFrom('voucher_lines')
    .select(['account', (e) => e.fn.sum<number>('amount').as('net'), (e) => e.fn.sum<number>(e.fn('abs', [e.ref('amount')])).as('gross')])
    .where('fiscal_year_id', '=', fiscalYearId)
    .$if(from !== null, (q) => q.where('date', '>=', from as string))
    .$if(to !== null, (q) => q.where('date', '<=', to as string))
    .groupBy('account');
}

/** Net per account of lines of the year dated before `from`. */
function beforeQuery(db: Db, fiscalYearId: number, from: string) {
  return db.q.selectFrom('voucher_lines').select(['account', (e) => e.fn.sum<number>('amount').as('net')])
    .where('fiscal_year_id', '=', fiscalYearId).where('date', '<', from).groupBy('account');
}

/** Account names and statements (about a thousand rows: cheaper than joining per line). */
function accountInfo(db: Db): Map<string, { name: string; statement: 'BR' | 'RR' }> {
  return new Map((db.raw.prepare('SELECT number, name, statement FROM accounts').all() as { number: string; name: string; statement: 'BR' | 'RR' }[])
    .map((a) => [a.number, { name: a.name, statement: a.statement }]));
}

/**
 * Per account of one fiscal year: the balance at `from` (opening balance plus lines of the year
 * before `from`) and the debit and credit sums of lines from `from` to `to`. Each part is one
 * pass over the covering index (fiscal_year_id, account, date, amount); they are merged here.
 */
export function balancesInYear(db: Db, fiscalYearId: number, from: string, to: string): BalanceRow[] {
  const rows = new Map<string, { opening: number; debit: number; credit: number }>();
  const get = (a: string) => rows.get(a) ?? rows.set(a, { opening: 0, debit: 0, credit: 0 }).get(a)!;
  const year = db.raw.prepare('SELECT start_date, end_date FROM fiscal_years WHERE id = ?').get(fiscalYearId) as { start_date: string; end_date: string } | undefined;
  const fromStart = !year || from <= year.start_date;
  const toEnd = !year || to >= year.end_date;
  for (const o of openingRows(db, fiscalYearId)) get(o.account).opening += o.amount;
  // Lines before `from` exist only when the range starts inside the year; every line of a year is
  // dated inside it, so a range covering the year needs no date test at all.
  if (!fromStart) for (const b of all(db, beforeQuery(db, fiscalYearId, from))) get(b.account).opening += b.net;
  for (const m of all(db, movementQuery(db, fiscalYearId, fromStart ? null : from, toEnd ? null : to))) {
    const r = get(m.account);
    r.debit += (m.gross + m.net) / 2;
    r.credit += (m.gross - m.net) / 2;
  }
  const info = accountInfo(db);
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([account, r]) => {
    const a = info.get(account);
    return { account, name: a?.name ?? account, statement: a?.statement ?? (account[0] === '1' || account[0] === '2' ? 'BR' : 'RR'), ...r };
  });
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
