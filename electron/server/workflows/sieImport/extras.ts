import type { PlanVoucher } from '../../../../shared/domain/sie/plan.js';
import type { SieObjectRef } from '../../../../shared/domain/sie/types.js';

/** Source details kept on an imported voucher (stored as JSON in vouchers.extras, hashed). */
export interface VoucherExtras {
  regDate?: string;
  sign?: string;
  /** Per line, by position: only present when some line has objects, a date or a signature. */
  lines?: { objects?: SieObjectRef[]; transDate?: string; sign?: string }[];
  /** #RTRANS / #BTRANS rows, in file order. */
  history?: { kind: 'RTRANS' | 'BTRANS'; account: string; amount: number; objects?: SieObjectRef[]; transDate?: string; text?: string; quantity?: string; sign?: string }[];
}

/** The extras of a planned voucher, or null when it has none worth keeping. */
export function extrasOf(v: PlanVoucher): string | null {
  const e: VoucherExtras = {};
  if (v.regDate) e.regDate = v.regDate;
  if (v.sign) e.sign = v.sign;
  const lines = v.lines.map((l) => ({
    ...(l.objects.length ? { objects: l.objects } : {}),
    ...(l.transDate && l.transDate !== v.date ? { transDate: l.transDate } : {}),
    ...(l.sign ? { sign: l.sign } : {}),
  }));
  if (lines.some((l) => Object.keys(l).length > 0)) e.lines = lines;
  if (v.history.length) {
    e.history = v.history.map((h) => ({
      kind: h.kind as 'RTRANS' | 'BTRANS', account: h.account, amount: h.amount,
      ...(h.objects.length ? { objects: h.objects } : {}), ...(h.transDate ? { transDate: h.transDate } : {}),
      ...(h.text ? { text: h.text } : {}), ...(h.quantity ? { quantity: h.quantity } : {}), ...(h.sign ? { sign: h.sign } : {}),
    }));
  }
  return Object.keys(e).length > 0 ? JSON.stringify(e) : null;
}
