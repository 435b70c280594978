/**
 * Which archived receipt (underlag) a bank row most likely pays: the same total as the row's
 * amount (sign ignored: a receipt shows a positive total, the row a payment out) and a receipt
 * date at most `windowDays` (7) from the booking date, nearest first. Receipts without a total
 * or date are never proposed. Within one call a receipt is proposed for one row only: the
 * closest pairs are settled first. Pure and deterministic; the caller passes only receipts that
 * no voucher is attached to yet.
 */
import { daysBetween } from './days.js';

export const RECEIPT_WINDOW_DAYS = 7;

export interface PickRow { id: number; date: string; amount: number }
export interface PickReceipt { id: number; date: string | null; total: number | null }
/** Receipt date minus bank date, in days. */
export interface PickedReceipt { receiptId: number; days: number }

/** The receipts with the row's total within the window, nearest date first (then oldest receipt). */
export function receiptCandidates(row: PickRow, receipts: readonly PickReceipt[], windowDays = RECEIPT_WINDOW_DAYS): PickedReceipt[] {
  const target = Math.abs(row.amount);
  if (target === 0) return [];
  const out: PickedReceipt[] = [];
  for (const r of receipts) {
    if (r.total === null || r.date === null || Math.abs(r.total) !== target) continue;
    const days = daysBetween(r.date, row.date);
    if (Math.abs(days) <= windowDays) out.push({ receiptId: r.id, days });
  }
  return out.sort((a, b) => Math.abs(a.days) - Math.abs(b.days) || a.receiptId - b.receiptId);
}

/**
 * One proposed receipt per row (or none), each receipt for at most one row.
 * @example pickReceipts([{ id: 1, date: '2026-03-05', amount: -9500 }], [{ id: 4, date: '2026-03-04', total: 9500 }]) // Map { 1 => { receiptId: 4, days: -1 } }
 */
export function pickReceipts(rows: readonly PickRow[], receipts: readonly PickReceipt[], windowDays = RECEIPT_WINDOW_DAYS): Map<number, PickedReceipt> {
  const pairs = rows.flatMap((row) => receiptCandidates(row, receipts, windowDays).map((c) => ({ rowId: row.id, ...c })))
    .sort((a, b) => Math.abs(a.days) - Math.abs(b.days) || a.rowId - b.rowId || a.receiptId - b.receiptId);
  const out = new Map<number, PickedReceipt>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.rowId) || used.has(p.receiptId)) continue;
    out.set(p.rowId, { receiptId: p.receiptId, days: p.days });
    used.add(p.receiptId);
  }
  return out;
}
