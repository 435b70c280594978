/** SQL for bank accounts, statements and rows (append-only source data). No rules here. */
import type { Selectable } from 'kysely';
import { type Db, all, first, exec } from '../connection.js';
import type { BankAccountTable, BankRowTable, BankStatementTable } from '../tables/bank.table.js';

export type BankAccountRow = BankAccountTable;
export type BankStatementRow = Selectable<BankStatementTable>;
export type BankRowRow = Selectable<BankRowTable>;
export type NewBankStatement = Omit<BankStatementRow, 'id'>;
export type NewBankRow = Omit<BankRowRow, 'id' | 'statement_id'>;

export function bankAccount(db: Db, account: string): BankAccountRow | undefined {
  return first(db, db.q.selectFrom('bank_accounts').selectAll().where('account', '=', account));
}

export function listBankAccounts(db: Db): BankAccountRow[] {
  return all(db, db.q.selectFrom('bank_accounts').selectAll().orderBy('account'));
}

export function insertBankAccount(db: Db, a: BankAccountRow): void {
  exec(db, db.q.insertInto('bank_accounts').values(a));
}

export function statementsOf(db: Db, account?: string): BankStatementRow[] {
  return all(db, db.q.selectFrom('bank_statements').selectAll().$if(account !== undefined, (q) => q.where('account', '=', account as string)).orderBy('id'));
}

export function statementBySha(db: Db, account: string, sha256: string, part: number): BankStatementRow | undefined {
  return first(db, db.q.selectFrom('bank_statements').selectAll().where('account', '=', account).where('sha256', '=', sha256).where('part', '=', part));
}

/** Writes one statement and its new rows (in order); returns the statement id. */
export function insertStatementWithRows(db: Db, s: NewBankStatement, rows: readonly NewBankRow[]): number {
  const id = Number(exec(db, db.q.insertInto('bank_statements').values(s)).lastInsertRowid);
  const ins = db.raw.prepare(`INSERT INTO bank_rows (account, statement_id, seq, booking_date, value_date, transaction_date, amount, balance, text,
    reference, counterparty, bank_id, currency, original_amount, original_currency, source_line) VALUES (@account, @statement_id, @seq, @booking_date,
    @value_date, @transaction_date, @amount, @balance, @text, @reference, @counterparty, @bank_id, @currency, @original_amount, @original_currency, @source_line)`);
  for (const r of rows) ins.run({ ...r, statement_id: id });
  return id;
}

export function bankRowById(db: Db, id: number): BankRowRow | undefined {
  return first(db, db.q.selectFrom('bank_rows').selectAll().where('id', '=', id));
}

/** Rows of an account in a date range (inclusive), oldest first. */
export function bankRowsBetween(db: Db, account: string, from: string, to: string): BankRowRow[] {
  return all(db, db.q.selectFrom('bank_rows').selectAll().where('account', '=', account)
    .where('booking_date', '>=', from).where('booking_date', '<=', to).orderBy('booking_date').orderBy('id'));
}

/** Date and amount of every row of an account (balance arithmetic). */
export function rowAmounts(db: Db, account: string): { date: string; amount: number }[] {
  return all(db, db.q.selectFrom('bank_rows').select(['booking_date as date', 'amount']).where('account', '=', account));
}

export interface RowFilter {
  account?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  state: 'all' | 'unmatched' | 'matched';
  /** Leave out rows of amount zero (nothing to book). */
  nonZero?: boolean;
}

function filtered(db: Db, f: RowFilter) {
  return db.q.selectFrom('bank_rows')
    .$if(f.account !== undefined, (q) => q.where('account', '=', f.account as string))
    .$if(f.from !== undefined, (q) => q.where('booking_date', '>=', f.from as string))
    .$if(f.to !== undefined, (q) => q.where('booking_date', '<=', f.to as string))
    .$if(f.nonZero === true, (q) => q.where('amount', '<>', 0))
    .$if(f.state !== 'all', (q) => q.where((eb) => {
      const linked = eb.exists(eb.selectFrom('bank_active_matches').select('bank_active_matches.id').whereRef('bank_active_matches.bank_row_id', '=', 'bank_rows.id'));
      return f.state === 'matched' ? linked : eb.not(linked);
    }));
}

export function countRows(db: Db, f: RowFilter): number {
  return first(db, filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
}

export function pageRows(db: Db, f: RowFilter, offset: number, limit: number): BankRowRow[] {
  return all(db, filtered(db, f).selectAll().orderBy('account').orderBy('booking_date').orderBy('id').offset(offset).limit(limit));
}

export function allRows(db: Db, f: RowFilter): BankRowRow[] {
  return all(db, filtered(db, f).selectAll().orderBy('account').orderBy('booking_date').orderBy('id'));
}

/** Per account: row count, unmatched count, first and last date. */
export function accountStats(db: Db): { account: string; rows: number; unmatched: number; first_date: string | null; last_date: string | null }[] {
  return db.raw.prepare(`SELECT a.account, count(r.id) AS rows,
      sum(CASE WHEN r.id IS NOT NULL AND r.amount <> 0 AND NOT EXISTS (SELECT 1 FROM bank_active_matches m WHERE m.bank_row_id = r.id) THEN 1 ELSE 0 END) AS unmatched,
      min(r.booking_date) AS first_date, max(r.booking_date) AS last_date
    FROM bank_accounts a LEFT JOIN bank_rows r ON r.account = a.account GROUP BY a.account ORDER BY a.account`).all() as never;
}
