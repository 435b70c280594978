/**
 * Bokföringslagen's time limits (BFL 5 kap. 2 §, BFNAR 2013:2 kap. 3; yearend-law-bas.md §5.1):
 * cash payments by the next working day; other business events as soon as possible, at the latest
 * by the postponement the company's size allows. Kontera reminds, it does not block.
 */
import { type IsoDate, type IsoMonth, addDays, lastOfMonth, monthOf } from '../dates/isoDate.js';
import { isWorkingDay } from './holidays.js';

/**
 * - standard: 50 days after the end of the month;
 * - small (net turnover normally ≤ 3 MSEK): 50 days after the end of the quarter;
 * - micro (≤ 1 MSEK and normally ≤ 50 verifikationer a year): 60 days after the fiscal year;
 * - micro-ef (an EF meeting the micro limits without EU trade): the income-tax return's due date.
 */
export type SizeClass = 'standard' | 'small' | 'micro' | 'micro-ef';

export const SIZE_CLASS_SV: Record<SizeClass, string> = {
  standard: '50 dagar efter månadens slut',
  small: 'nettoomsättning högst 3 miljoner kr: 50 dagar efter kvartalets slut',
  micro: 'nettoomsättning högst 1 miljon kr och högst 50 verifikationer: 60 dagar efter räkenskapsårets slut',
  'micro-ef': 'enskild firma med högst 1 miljon kr och utan EU-handel: till inkomstdeklarationens sista dag',
};

/** The next day that is neither a weekend nor a Swedish public holiday. */
export function nextWorkingDay(d: IsoDate): IsoDate {
  let x = addDays(d, 1);
  while (!isWorkingDay(x)) x = addDays(x, 1);
  return x;
}

/**
 * The last day a business event on `date` may be booked.
 * @example bookingDeadline('2025-03-14', false, 'standard', { start: '2025-01-01', end: '2025-12-31' }) // '2025-05-20'
 * @example bookingDeadline('2025-03-14', true, 'standard', { start: '2025-01-01', end: '2025-12-31' }) // '2025-03-17'
 */
export function bookingDeadline(date: IsoDate, cash: boolean, size: SizeClass, fy: { start: IsoDate; end: IsoDate }): IsoDate {
  if (cash) return nextWorkingDay(date);
  const m = monthOf(date);
  if (size === 'standard') return addDays(lastOfMonth(m), 50);
  if (size === 'small') {
    const q = Math.ceil(Number(m.slice(5, 7)) / 3) * 3;
    return addDays(lastOfMonth(`${m.slice(0, 4)}-${String(q).padStart(2, '0')}` as IsoMonth), 50);
  }
  if (size === 'micro') return addDays(fy.end, 60);
  return incomeTaxReturnDue(fy.end);
}

/** An EF's INK1 with NE is due 2 May the year after a calendar fiscal year (SFL 32 kap. 1 §). */
export function incomeTaxReturnDue(fyEnd: IsoDate): IsoDate {
  return `${Number(fyEnd.slice(0, 4)) + 1}-05-02` as IsoDate;
}

/** The deadline for the month's ordinary (non-cash) bookkeeping. */
export function monthDeadline(m: IsoMonth, size: SizeClass, fy: { start: IsoDate; end: IsoDate }): IsoDate {
  return bookingDeadline(lastOfMonth(m), false, size, fy);
}

