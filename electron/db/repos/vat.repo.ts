import { type Db, all, first, exec } from '../connection.js';
import type { VatReportTable, VatSettingsTable } from '../tables/vat.table.js';
import type { Selectable } from 'kysely';

export interface VatLineRow { voucherId: number; account: string; vatCode: string | null; amount: number }

/**
 * Every line in a date range on an account with a VAT code, or on 2650/1650 (to recognise
 * momsomföring vouchers). Accounts drive the loop (CROSS JOIN fixes the order) and each account's
 * lines are read from the covering index lines_by_account_date (account, date, voucher_id, amount).
 */
export const VAT_LINES_SQL = `SELECT l.voucher_id AS voucherId, l.account AS account, a.vat_code AS vatCode, l.amount AS amount
FROM accounts a CROSS JOIN voucher_lines l
WHERE (a.vat_code IS NOT NULL OR a.number IN ('2650', '1650'))
  AND l.account = a.number AND l.date >= ? AND l.date <= ?`;

export function vatLinesInRange(db: Db, from: string, to: string): VatLineRow[] {
  return db.raw.prepare(VAT_LINES_SQL).all(from, to) as VatLineRow[];
}

export interface VatDetailRow {
  voucherId: number; series: string; number: number; fiscalYear: string; date: string; text: string;
  counterparty: string | null; account: string; accountName: string; vatCode: string; amount: number; lineText: string | null;
}

/** Lines on accounts with one of `codes` in a date range, with their voucher (drill-down, EC sales list). */
export function codedLinesWithVouchers(db: Db, codes: readonly string[], from: string, to: string): VatDetailRow[] {
  if (codes.length === 0) return [];
  const marks = codes.map(() => '?').join(', ');
  return db.raw.prepare(`SELECT v.id AS voucherId, v.series AS series, v.number AS number, y.start_date AS fiscalYear, l.date AS date,
      v.text AS text, v.counterparty AS counterparty, l.account AS account, a.name AS accountName, a.vat_code AS vatCode,
      l.amount AS amount, l.text AS lineText
    FROM accounts a CROSS JOIN voucher_lines l JOIN vouchers v ON v.id = l.voucher_id JOIN fiscal_years y ON y.id = v.fiscal_year_id
    WHERE a.vat_code IN (${marks}) AND l.account = a.number AND l.date >= ? AND l.date <= ?
    ORDER BY l.date, v.id, l.line_no`).all(...codes, from, to) as VatDetailRow[];
}

export type VatReportRow = Selectable<VatReportTable>;

export function vatReportsOverlapping(db: Db, from: string, to: string): VatReportRow[] {
  return all(db, db.q.selectFrom('vat_reports').selectAll().where('from_date', '<=', to).where('to_date', '>=', from).orderBy('from_date'));
}

export function listVatReports(db: Db): VatReportRow[] {
  return all(db, db.q.selectFrom('vat_reports').selectAll().orderBy('from_date'));
}

/** Settlement vouchers Kontera itself recorded for returns ending in a range. */
export function settlementVoucherIds(db: Db, from: string, to: string): number[] {
  return all(db, db.q.selectFrom('vat_reports').select('voucher_id').where('to_date', '>=', from).where('to_date', '<=', to)
    .where('voucher_id', 'is not', null)).map((r) => r.voucher_id as number);
}

export function insertVatReport(db: Db, row: Omit<VatReportTable, 'id'>): number {
  return Number(exec(db, db.q.insertInto('vat_reports').values(row)).lastInsertRowid);
}

export function getVatSettings(db: Db): VatSettingsTable | undefined {
  return first(db, db.q.selectFrom('vat_settings').selectAll().where('id', '=', 1));
}

export function saveVatSettings(db: Db, row: VatSettingsTable): void {
  const { id: _id, ...rest } = row;
  exec(db, db.q.insertInto('vat_settings').values(row).onConflict((oc) => oc.column('id').doUpdateSet(rest)));
}

export interface CodeTotalRow { vatCode: string; total: number; lines: number }

/**
 * Sum and count of lines per VAT code in a date range, computed in SQLite over the same covering
 * index (for turnover and EU-trade questions over a whole year). Momsomföringar only touch
 * VAT-amount codes, so base codes need no exclusion.
 */
export function codeTotals(db: Db, from: string, to: string): CodeTotalRow[] {
  return db.raw.prepare(`SELECT a.vat_code AS vatCode, SUM(l.amount) AS total, COUNT(*) AS lines
    FROM accounts a CROSS JOIN voucher_lines l
    WHERE a.vat_code IS NOT NULL AND l.account = a.number AND l.date >= ? AND l.date <= ?
    GROUP BY a.vat_code`).all(from, to) as CodeTotalRow[];
}
