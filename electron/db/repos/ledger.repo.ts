import { type Db, all } from '../connection.js';

/** Lines of one account in a date range of a fiscal year, in date order (huvudbok). */
export function accountLines(db: Db, fiscalYearId: number, account: string, from: string, to: string) {
  return all(db, accountLinesQuery(db, fiscalYearId, account, from, to));
}

export function accountLinesQuery(db: Db, fiscalYearId: number, account: string, from: string, to: string) {
  return db.q.selectFrom('voucher_lines')
    .innerJoin('vouchers', 'vouchers.id', 'voucher_lines.voucher_id')
    .select(['voucher_lines.date', 'voucher_lines.amount', 'voucher_lines.text as line_text', 'vouchers.series', 'vouchers.number', 'vouchers.text', 'vouchers.id'])
    .where('voucher_lines.fiscal_year_id', '=', fiscalYearId).where('voucher_lines.account', '=', account)
    .where('voucher_lines.date', '>=', from).where('voucher_lines.date', '<=', to)
    .orderBy('voucher_lines.date').orderBy('voucher_lines.voucher_id').orderBy('voucher_lines.line_no');
}
