import { type IsoDate, isIsoDate, isIsoMonth, firstOfMonth, lastOfMonth, type IsoMonth } from '../dates/isoDate.js';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

/**
 * Parses a period as the CLI writes it: `2026-03` (month), `2026-Q1` (quarter), `2026`
 * (calendar year). Returns null for anything else (the caller reports a usage error).
 * @example parsePeriod('2026-Q2') // { from: '2026-04-01', to: '2026-06-30', label: '2026-Q2' }
 */
export function parsePeriod(s: string): DateRange | null {
  const t = s.trim();
  if (isIsoMonth(t)) return { from: firstOfMonth(t), to: lastOfMonth(t), label: t };
  const q = /^(\d{4})-Q([1-4])$/.exec(t);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    const m1 = `${q[1]}-${String(first).padStart(2, '0')}` as IsoMonth;
    const m3 = `${q[1]}-${String(first + 2).padStart(2, '0')}` as IsoMonth;
    return { from: firstOfMonth(m1), to: lastOfMonth(m3), label: t };
  }
  if (/^\d{4}$/.test(t) && isIsoDate(`${t}-01-01`)) return { from: `${t}-01-01` as IsoDate, to: `${t}-12-31` as IsoDate, label: t };
  return null;
}
