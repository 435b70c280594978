/** SQL for the links between bank rows and voucher lines (append-only; undone by a bank_unmatches row). */
import type { Selectable } from 'kysely';
import { type Db, all, first, exec } from '../connection.js';
import type { BankMatchKind, BankMatchTable } from '../tables/bank.table.js';

export type BankMatchRow = Selectable<BankMatchTable>;

export function insertMatch(db: Db, m: { bank_row_id: number; voucher_id: number; line_no: number; kind: BankMatchKind; at: string; by: string }): number {
  return Number(exec(db, db.q.insertInto('bank_matches').values(m)).lastInsertRowid);
}

export function insertUnmatch(db: Db, u: { match_id: number; at: string; by: string; reason: string }): void {
  exec(db, db.q.insertInto('bank_unmatches').values(u));
}

export function activeMatchOfRow(db: Db, rowId: number): BankMatchRow | undefined {
  return first(db, db.q.selectFrom('bank_active_matches').selectAll().where('bank_row_id', '=', rowId));
}

export function activeMatchOfLine(db: Db, voucherId: number, lineNo: number): BankMatchRow | undefined {
  return first(db, db.q.selectFrom('bank_active_matches').selectAll().where('voucher_id', '=', voucherId).where('line_no', '=', lineNo));
}

/** Active links of the given rows, with the voucher's series, number and fiscal year id. */
export function linksOfRows(db: Db, rowIds: readonly number[]): (BankMatchRow & { series: string; number: number; fiscal_year_id: number })[] {
  if (rowIds.length === 0) return [];
  const out: (BankMatchRow & { series: string; number: number; fiscal_year_id: number })[] = [];
  for (let i = 0; i < rowIds.length; i += 500) {
    out.push(...all(db, db.q.selectFrom('bank_active_matches as m').innerJoin('vouchers as v', 'v.id', 'm.voucher_id')
      .selectAll('m').select(['v.series', 'v.number', 'v.fiscal_year_id']).where('m.bank_row_id', 'in', rowIds.slice(i, i + 500))));
  }
  return out;
}

export interface LedgerLineRow {
  voucher_id: number;
  line_no: number;
  date: string;
  amount: number;
  line_text: string | null;
  text: string;
  reference: string | null;
  series: string;
  number: number;
  fiscal_year_id: number;
}

/**
 * Voucher lines on a ledger account that no bank row is linked to, leaving out lines that a
 * correction cancels: every line of a corrected voucher, and in the correction the lines that
 * exactly reverse one of the original's lines on this account.
 */
export function unmatchedLines(db: Db, account: string, from = '0000-01-01', to = '9999-12-31'): LedgerLineRow[] {
  const rows = db.raw.prepare(`SELECT l.voucher_id, l.line_no, l.date, l.amount, l.text AS line_text, v.text, v.reference, v.series, v.number, v.fiscal_year_id, v.corrects_id
    FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
    WHERE l.account = ? AND l.date >= ? AND l.date <= ?
      AND NOT EXISTS (SELECT 1 FROM bank_active_matches m WHERE m.voucher_id = l.voucher_id AND m.line_no = l.line_no)
      AND NOT EXISTS (SELECT 1 FROM vouchers c WHERE c.corrects_id = l.voucher_id)
    ORDER BY l.date, l.voucher_id, l.line_no`).all(account, from, to) as (LedgerLineRow & { corrects_id: number | null })[];
  const reversals = new Map<number, number[]>();
  const out: LedgerLineRow[] = [];
  for (const r of rows) {
    if (r.corrects_id === null) {
      out.push(r);
      continue;
    }
    let left = reversals.get(r.corrects_id);
    if (!left) {
      left = (db.raw.prepare('SELECT amount FROM voucher_lines WHERE voucher_id = ? AND account = ?').all(r.corrects_id, account) as { amount: number }[]).map((x) => -x.amount);
      reversals.set(r.corrects_id, left);
    }
    const i = left.indexOf(r.amount);
    if (i >= 0) left.splice(i, 1);
    else out.push(r);
  }
  return out.map((l) => {
    const { corrects_id: _c, ...rest } = l as LedgerLineRow & { corrects_id: number | null };
    return rest;
  });
}

export function lineOf(db: Db, voucherId: number, lineNo: number): { account: string; amount: number; date: string } | undefined {
  return first(db, db.q.selectFrom('voucher_lines').select(['account', 'amount', 'date']).where('voucher_id', '=', voucherId).where('line_no', '=', lineNo));
}

export function linesOnAccount(db: Db, voucherId: number, account: string): { line_no: number; amount: number }[] {
  return all(db, db.q.selectFrom('voucher_lines').select(['line_no', 'amount']).where('voucher_id', '=', voucherId).where('account', '=', account).orderBy('line_no'));
}

/** The latest linked voucher per row of an account, newest booking date first (history suggestions). */
export function linkedHistory(db: Db, account: string): { text: string; counterparty: string | null; voucher_id: number; line_no: number; v_text: string; v_counterparty: string | null }[] {
  return db.raw.prepare(`SELECT r.text, r.counterparty, m.voucher_id, m.line_no, v.text AS v_text, v.counterparty AS v_counterparty
    FROM bank_rows r JOIN bank_active_matches m ON m.bank_row_id = r.id JOIN vouchers v ON v.id = m.voucher_id
    WHERE r.account = ? ORDER BY r.booking_date DESC, r.id DESC`).all(account) as never;
}

export function countActiveMatches(db: Db, kind?: BankMatchKind): number {
  return first(db, db.q.selectFrom('bank_active_matches').select((eb) => eb.fn.countAll<number>().as('n')).$if(kind !== undefined, (q) => q.where('kind', '=', kind as BankMatchKind)))?.n ?? 0;
}
