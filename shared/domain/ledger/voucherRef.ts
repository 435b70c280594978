import { type IsoDate, isIsoDate } from '../dates/isoDate.js';

export interface VoucherRef {
  series: string;
  number: number;
  /** Fiscal year by its start date; absent means "the year of the command's date, or the latest". */
  fiscalYear?: IsoDate;
}

/**
 * Parses `A12` or `A12@2025-01-01` (CLI.md's voucher ids).
 * @example parseVoucherRef('B7@2025-01-01') // { series: 'B', number: 7, fiscalYear: '2025-01-01' }
 */
export function parseVoucherRef(s: string): VoucherRef | null {
  const m = /^([A-Za-zÅÄÖåäö]+|\d+(?=-))-?(\d+)(?:@(\d{4}-\d{2}-\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n < 1) return null;
  if (m[3] && !isIsoDate(m[3])) return null;
  return { series: m[1] as string, number: n, ...(m[3] ? { fiscalYear: m[3] as IsoDate } : {}) };
}

/** `A12` — the short form shown everywhere. */
export function formatVoucherRef(series: string, number: number): string {
  return /^\d+$/.test(series) ? `${series}-${number}` : `${series}${number}`;
}
