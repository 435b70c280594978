/**
 * Accounting dates are `YYYY-MM-DD` strings, never instants: no time zone can move them.
 * Arithmetic uses Date.UTC only, which is independent of the process's TZ.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };
/** A calendar month, `YYYY-MM`. */
export type IsoMonth = string & { readonly __brand: 'IsoMonth' };

const RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): s is IsoDate {
  const m = RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function asIsoDate(s: string): IsoDate {
  if (!isIsoDate(s)) throw new RangeError(`not a date: ${s}`);
  return s;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(d: string): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10) as IsoDate;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parts(d);
  return fromUtc(Date.UTC(y, m - 1, day + n));
}

/** Adds months keeping the day, clamped to the month's last day. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parts(d);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(day, daysInMonth(ny, nm))).padStart(2, '0')}` as IsoDate;
}

export function monthOf(d: IsoDate): IsoMonth {
  return d.slice(0, 7) as IsoMonth;
}

export function firstOfMonth(m: IsoMonth): IsoDate {
  return `${m}-01` as IsoDate;
}

export function lastOfMonth(m: IsoMonth): IsoDate {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return `${m}-${String(daysInMonth(y, mo)).padStart(2, '0')}` as IsoDate;
}

export function isIsoMonth(s: string): s is IsoMonth {
  return /^\d{4}-\d{2}$/.test(s) && isIsoDate(`${s}-01`);
}

/** Whole months from the month of `a` to the month of `b`, inclusive of both. */
export function monthsSpanned(a: IsoDate, b: IsoDate): number {
  const [ya, ma] = parts(a);
  const [yb, mb] = parts(b);
  return (yb - ya) * 12 + (mb - ma) + 1;
}

/** Every month from `a`'s to `b`'s, in order. */
export function monthsBetween(a: IsoDate, b: IsoDate): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let d = firstOfMonth(monthOf(a)); d <= b; d = addMonths(d, 1)) out.push(monthOf(d));
  return out;
}

/** `YYYYMMDD` (SIE, SRU) to an IsoDate, or null. */
export function fromCompact(s: string): IsoDate | null {
  if (!/^\d{8}$/.test(s)) return null;
  const d = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  return isIsoDate(d) ? d : null;
}

export function toCompact(d: IsoDate): string {
  return d.replaceAll('-', '');
}
