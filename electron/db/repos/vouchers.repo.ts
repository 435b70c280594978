import { sql } from 'kysely';
import { type Db, all, first, foldText } from '../connection.js';
import type { VoucherTable, VoucherLineTable } from '../tables/core.table.js';

export type VoucherRow = VoucherTable;
export type LineRow = VoucherLineTable;

export function nextVoucherId(db: Db): number {
  return (first(db, db.q.selectFrom('vouchers').select((eb) => eb.fn.max<number | null>('id').as('m')))?.m ?? 0) + 1;
}

/** The next free number in a series of a fiscal year (read inside the posting transaction). */
export function nextNumber(db: Db, fiscalYearId: number, series: string): number {
  return (first(db, db.q.selectFrom('vouchers').select((eb) => eb.fn.max<number | null>('number').as('m'))
    .where('fiscal_year_id', '=', fiscalYearId).where('series', '=', series))?.m ?? 0) + 1;
}

export function lastHash(db: Db): string | undefined {
  return first(db, db.q.selectFrom('vouchers').select('hash').orderBy('id', 'desc').limit(1))?.hash;
}

/**
 * Writes a posted voucher: its lines first, then the voucher row, whose trigger checks the
 * final lines (balance, count, period state) before the row can exist.
 */
export function insertVoucher(db: Db, v: VoucherRow, lines: readonly LineRow[]): void {
  const ins = db.raw.prepare(`INSERT INTO voucher_lines (voucher_id, line_no, fiscal_year_id, date, account, amount, text, quantity)
    VALUES (@voucher_id, @line_no, @fiscal_year_id, @date, @account, @amount, @text, @quantity)`);
  for (const l of lines) ins.run(l);
  db.raw.prepare(`INSERT INTO vouchers (id, fiscal_year_id, series, number, date, registered_at, text, counterparty, reference,
    corrects_id, origin, created_by, hash_version, prev_hash, hash, extras, import_id) VALUES (@id, @fiscal_year_id, @series, @number, @date,
    @registered_at, @text, @counterparty, @reference, @corrects_id, @origin, @created_by, @hash_version, @prev_hash, @hash, @extras, @import_id)`).run(v);
}

export function voucherById(db: Db, id: number): VoucherRow | undefined {
  return first(db, db.q.selectFrom('vouchers').selectAll().where('id', '=', id));
}

export function voucherByNumber(db: Db, fiscalYearId: number, series: string, number: number): VoucherRow | undefined {
  return first(db, db.q.selectFrom('vouchers').selectAll().where('fiscal_year_id', '=', fiscalYearId).where('series', '=', series).where('number', '=', number));
}

export function linesOf(db: Db, voucherId: number): (LineRow & { account_name: string })[] {
  return all(db, db.q.selectFrom('voucher_lines').innerJoin('accounts', 'accounts.number', 'voucher_lines.account')
    .selectAll('voucher_lines').select('accounts.name as account_name').where('voucher_id', '=', voucherId).orderBy('line_no'));
}

export function correctionsOf(db: Db, voucherId: number): VoucherRow[] {
  return all(db, db.q.selectFrom('vouchers').selectAll().where('corrects_id', '=', voucherId).orderBy('id'));
}

export interface VoucherFilter {
  from: string; to: string; text?: string | undefined; account?: string | undefined; amount?: number | undefined;
}

function filtered(db: Db, f: VoucherFilter) {
  let q = db.q.selectFrom('vouchers').where('vouchers.date', '>=', f.from).where('vouchers.date', '<=', f.to);
  // A literal substring (so "50%" and "_" mean themselves) of the text, the counterparty or the
  // reference (an invoice or OCR number), folded by Swedish rules on both sides.
  if (f.text) {
    const needle = foldText(f.text);
    q = q.where((eb) => eb.or((['vouchers.text', 'vouchers.counterparty', 'vouchers.reference'] as const)
      .map((col) => eb(sql<number>`instr(sv_fold(${sql.ref(col)}), ${needle})`, '>', 0))));
  }
  if (f.account || f.amount !== undefined) {
    q = q.where((eb) => eb.exists(eb.selectFrom('voucher_lines').select('voucher_lines.voucher_id')
      .whereRef('voucher_lines.voucher_id', '=', 'vouchers.id')
      .$if(!!f.account, (w) => w.where('voucher_lines.account', '=', f.account as string))
      .$if(f.amount !== undefined, (w) => w.where((e) => e.or([e('voucher_lines.amount', '=', f.amount as number), e('voucher_lines.amount', '=', -(f.amount as number))])))));
  }
  return q;
}

export function countVouchers(db: Db, f: VoucherFilter): number {
  return first(db, filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
}

/**
 * One page of vouchers with their debit total, ordered by date then id. The page's ids are found
 * first from the date index alone, so a far page skips its offset without joining the rows it
 * skips; only the page's own rows are joined and summed.
 */
export function pageVouchers(db: Db, f: VoucherFilter, offset: number, limit: number) {
  return all(db, voucherPageQuery(db, f, offset, limit));
}

/** The query behind pageVouchers (exported for its query-plan test). */
export function voucherPageQuery(db: Db, f: VoucherFilter, offset: number, limit: number) {
  const ids = filtered(db, f).select('vouchers.id').orderBy('vouchers.date').orderBy('vouchers.id').offset(offset).limit(limit);
  return db.q.selectFrom('vouchers').where('vouchers.id', 'in', ids)
    .innerJoin('fiscal_years', 'fiscal_years.id', 'vouchers.fiscal_year_id')
    .leftJoin('vouchers as orig', 'orig.id', 'vouchers.corrects_id')
    .select(['vouchers.id', 'vouchers.series', 'vouchers.number', 'vouchers.date', 'vouchers.text', 'vouchers.corrects_id', 'fiscal_years.start_date', 'orig.series as orig_series', 'orig.number as orig_number'])
    .select((eb) => eb.selectFrom('voucher_lines').select((e) => e.fn.sum<number>('amount').as('d'))
      .whereRef('voucher_lines.voucher_id', '=', 'vouchers.id').where('amount', '>', 0).as('debit'))
    .orderBy('vouchers.date').orderBy('vouchers.id');
}

/** Every voucher id in a date range, in journal order. */
export function voucherIdsInRange(db: Db, from: string, to: string): number[] {
  return all(db, db.q.selectFrom('vouchers').select('id').where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('id')).map((r) => r.id);
}
