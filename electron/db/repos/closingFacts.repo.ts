/** Read-only SQL the month checklist needs: vouchers of a range, cash lines, bank-like accounts, drafts, receipt links. */
import type { Db } from '../connection.js';

export interface MonthVoucher { id: number; series: string; number: number; fiscal_year: string; date: string; registered_at: string; text: string; origin: string; corrects_id: number | null }

export function vouchersBetween(db: Db, from: string, to: string): MonthVoucher[] {
  return db.raw.prepare(`SELECT v.id, v.series, v.number, f.start_date AS fiscal_year, v.date, v.registered_at, v.text, v.origin, v.corrects_id
    FROM vouchers v JOIN fiscal_years f ON f.id = v.fiscal_year_id WHERE v.date BETWEEN ? AND ? ORDER BY v.date, v.id`).all(from, to) as MonthVoucher[];
}

/** Vouchers with a line on a cash account (1910–1919 Kassa). */
export function cashVoucherIds(db: Db, from: string, to: string): Set<number> {
  return new Set((db.raw.prepare(`SELECT DISTINCT voucher_id FROM voucher_lines WHERE date BETWEEN ? AND ? AND account BETWEEN '1910' AND '1919'`)
    .all(from, to) as { voucher_id: number }[]).map((r) => r.voucher_id));
}

/**
 * Bank and tax accounts that need a reconciliation for [from, to]: registered bank accounts,
 * 1920–1999 and 1630 (skattekonto), each when it has lines in the range or a balance at its end.
 */
export function accountsToReconcile(db: Db, fiscalYearId: number, from: string, to: string): { account: string; name: string }[] {
  return db.raw.prepare(`
    WITH candidates AS (
      SELECT account FROM bank_accounts
      UNION SELECT number FROM accounts WHERE (number BETWEEN '1920' AND '1999' AND length(number) = 4) OR number = '1630'
    ), balance AS (
      SELECT c.account,
        (SELECT coalesce(sum(amount), 0) FROM opening_balances o WHERE o.fiscal_year_id = ? AND o.account = c.account)
        + (SELECT coalesce(sum(amount), 0) FROM voucher_lines l WHERE l.fiscal_year_id = ? AND l.account = c.account AND l.date <= ?) AS closing,
        (SELECT count(*) FROM voucher_lines l WHERE l.account = c.account AND l.date BETWEEN ? AND ?) AS lines
      FROM candidates c
    )
    SELECT b.account, coalesce(a.name, b.account) AS name FROM balance b LEFT JOIN accounts a ON a.number = b.account
    WHERE b.closing <> 0 OR b.lines > 0 ORDER BY b.account`).all(fiscalYearId, fiscalYearId, to, from, to) as { account: string; name: string }[];
}

export function draftRows(db: Db): { id: number; content: string }[] {
  return db.raw.prepare('SELECT id, content FROM drafts ORDER BY id').all() as { id: number; content: string }[];
}

/** Voucher ids dated in [from, to] that have at least one archived underlag linked. */
export function vouchersWithReceipts(db: Db, from: string, to: string): Set<number> {
  const rows = db.raw.prepare('SELECT DISTINCT r.voucher_id AS id FROM receipt_links r JOIN vouchers v ON v.id = r.voucher_id WHERE v.date BETWEEN ? AND ?').all(from, to) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}
