/**
 * Bank dates as each format writes them. Two-digit years are never guessed silently: they are
 * returned as `short` and resolved per file by `resolveShortYear` (case C10).
 */
import { type IsoDate, isIsoDate, addDays } from '../dates/isoDate.js';

/** Field order of a format's dates: YYYY-MM-DD, DD-MM-YYYY (Wise), MM/DD/YYYY (Amex). */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export type ParsedDate =
  | { kind: 'full'; date: IsoDate }
  | { kind: 'short'; yy: number; month: number; day: number; raw: string };

function iso(y: number, m: number, d: number): IsoDate | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

function build(y: string, m: string, d: string, raw: string): ParsedDate | null {
  const month = Number(m);
  const day = Number(d);
  if (y.length === 2) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { kind: 'short', yy: Number(y), month, day, raw };
  }
  const date = iso(Number(y), month, day);
  return date ? { kind: 'full', date } : null;
}

/**
 * Parses a date cell in the given order. A time part after the date (`T13:15:00+01:00`,
 * ` 11:01:12`) is ignored: the date is taken as written, never shifted by a time zone.
 * @example parseBankDate('09-12-2025', 'dmy') // { kind: 'full', date: '2025-12-09' }
 */
export function parseBankDate(raw: string, order: DateOrder): ParsedDate | null {
  const s = raw.trim().replace(/(?:[T ]\d{1,2}[:.]\d{2}.*)$/, '');
  if (order === 'ymd') {
    const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
    if (compact) return build(compact[1]!, compact[2]!, compact[3]!, raw);
    const m = /^(\d{4}|\d{2})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
    return m ? build(m[1]!, m[3]!, m[4]!, raw) : null;
  }
  const m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (!m) return null;
  return order === 'dmy' ? build(m[4]!, m[3]!, m[1]!, raw) : build(m[4]!, m[1]!, m[3]!, raw);
}

/** Days a two-digit-year date may lie outside the span of the file's four-digit dates. */
export const SHORT_YEAR_WINDOW_DAYS = 31;

/**
 * The documented two-digit-year rule: `YY` is read as `20YY` only when the file also has
 * four-digit dates and the result lies within 31 days of their span; otherwise null (a blocking
 * problem for the caller).
 * @example resolveShortYear({ kind: 'short', yy: 25, month: 3, day: 6, raw: '25-03-06' }, '2025-03-03', '2025-03-05') // '2025-03-06'
 */
export function resolveShortYear(d: Extract<ParsedDate, { kind: 'short' }>, min?: IsoDate, max?: IsoDate): IsoDate | null {
  if (!min || !max) return null;
  const date = iso(2000 + d.yy, d.month, d.day);
  if (!date) return null;
  return date >= addDays(min, -SHORT_YEAR_WINDOW_DAYS) && date <= addDays(max, SHORT_YEAR_WINDOW_DAYS) ? date : null;
}
