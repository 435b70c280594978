/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) plus midsommarafton, julafton and
 * nyårsafton, which are treated as non-working days in practice. Used for "påföljande arbetsdag".
 */
import { type IsoDate, addDays } from '../dates/isoDate.js';

function easterSunday(year: number): IsoDate {
  // Anonymous Gregorian algorithm (integer arithmetic only).
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

function weekday(d: IsoDate): number {
  return new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))).getUTCDay();
}

/** The Saturday in [from, from+6]. */
function saturdayFrom(from: IsoDate): IsoDate {
  let d = from;
  while (weekday(d) !== 6) d = addDays(d, 1);
  return d;
}

/**
 * @example swedishHolidays(2025).includes('2025-04-18') // true (långfredagen)
 */
export function swedishHolidays(year: number): IsoDate[] {
  const y = (md: string) => `${year}-${md}` as IsoDate;
  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(y('06-20'));
  const allSaints = saturdayFrom(y('10-31'));
  return [y('01-01'), y('01-06'), addDays(easter, -2), easter, addDays(easter, 1), y('05-01'), addDays(easter, 39), y('06-06'),
    addDays(midsummerDay, -1), midsummerDay, allSaints, y('12-24'), y('12-25'), y('12-26'), y('12-31')];
}

/** Not a Saturday, Sunday or holiday. */
export function isWorkingDay(d: IsoDate): boolean {
  const w = weekday(d);
  return w !== 0 && w !== 6 && !swedishHolidays(Number(d.slice(0, 4))).includes(d);
}

/**
 * Söndagsregeln (lag 1930:173 om beräkning av lagstadgad tid, 2 §): when the last day for
 * something required by law falls on a Saturday, Sunday, public holiday, midsommarafton, julafton
 * or nyårsafton, it may be done on the next weekday. Used for every filing deadline.
 * @example statutoryLastDay('2025-08-17') // '2025-08-18' (a Sunday moves to Monday)
 */
export function statutoryLastDay(d: IsoDate): IsoDate {
  let x = d;
  while (!isWorkingDay(x)) x = addDays(x, 1);
  return x;
}
