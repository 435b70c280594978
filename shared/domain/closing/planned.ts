/** A closing voucher the year-end will post (and, for some, reverse on the first day of the next year). */
import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';

export type PlannedKind = 'accruals' | 'depreciation' | 'direct-write-off' | 'inventory' | 'unpaid-customers' | 'unpaid-suppliers'
  | 'periodiseringsfond-reversal' | 'periodiseringsfond' | 'tax' | 'result';

export interface PlannedLine { account: string; amount: Ore; text?: string }

export interface PlannedVoucher {
  kind: PlannedKind;
  date: IsoDate;
  text: string;
  lines: PlannedLine[];
  /** Posted again with opposite signs on this date (the first day of the next year). */
  reverseOn?: IsoDate;
}

/** Series of the closing vouchers (bokslutsverifikationer). */
export const CLOSING_SERIES = 'B';

/**
 * The reversal of a planned voucher: same accounts, opposite signs, dated `on`.
 * @example reversalOf({ kind: 'accruals', date: '2025-12-31', text: 'Periodiseringar', lines: [...] }, '2026-01-01').text // 'Återföring: Periodiseringar'
 */
export function reversalOf(v: PlannedVoucher, on: IsoDate): PlannedVoucher {
  return { kind: v.kind, date: on, text: `Återföring: ${v.text}`, lines: v.lines.map((l) => ({ ...l, amount: -l.amount as Ore })) };
}

/** Drops zero lines and returns null when nothing is left to post. */
export function nonEmpty(v: PlannedVoucher): PlannedVoucher | null {
  const lines = v.lines.filter((l) => l.amount !== 0);
  return lines.length >= 2 ? { ...v, lines } : null;
}
