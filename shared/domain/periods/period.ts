import { type IsoDate, isIsoDate, isIsoMonth, firstOfMonth, lastOfMonth, type IsoMonth } from '../dates/isoDate.js';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

/**
 * Parses a period as the CLI writes it: `2026-03` (month), `2026-Q1` (quarter), `2026`
 * (calendar year), or a fiscal year's start date (`2025-07-01`, for yearly VAT with a broken
 * fiscal year) when that year is among `fiscalYears`. Returns null for anything else (the caller
 * reports a usage error).
 * @example parsePeriod('2026-Q2') // { from: '2026-04-01', to: '2026-06-30', label: '2026-Q2' }
 * @example parsePeriod('2025-07-01', [{ start: '2025-07-01', end: '2026-06-30' }]) // { from: '2025-07-01', to: '2026-06-30', label: '2025-07-01' }
 */
export function parsePeriod(s: string, fiscalYears: readonly { start: string; end: string }[] = []): DateRange | null {
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
  if (isIsoDate(t)) {
    const fy = fiscalYears.find((y) => y.start === t);
    if (fy && isIsoDate(fy.end)) return { from: t, to: fy.end, label: t };
  }
  return null;
}

/** The kind of a period label that `parsePeriod` accepted. */
export type PeriodKind = 'month' | 'quarter' | 'calendar-year' | 'fiscal-year';

/**
 * @example periodKind('2026-Q1') // 'quarter'
 */
export function periodKind(label: string): PeriodKind {
  if (isIsoMonth(label)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(label)) return 'quarter';
  if (/^\d{4}$/.test(label)) return 'calendar-year';
  return 'fiscal-year';
}
