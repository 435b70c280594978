/**
 * BFL 5 kap. 2 § and BFNAR 2013:2 kap. 3 (yearend-law-bas.md §5.1). Cash by the next working day;
 * other events by the postponement the size class allows:
 * standard = 50 days after the end of the month, small (≤ 3 MSEK) = 50 days after the end of the
 * quarter, micro (≤ 1 MSEK, ≤ 50 verifikationer) = 60 days after the fiscal year, micro-EF = the
 * income-tax return's due date (2 May). Dates by hand: 31 Mar + 50 = 20 May (30 in April + 20),
 * 31 Jan + 50 = 22 Mar (28 in Feb 2025 + 22), 30 Jun + 50 = 19 Aug (31 in July + 19).
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import { SIZE_CLASS_SV, bookingDeadline, incomeTaxReturnDue, monthDeadline, nextWorkingDay } from '../../../shared/domain/closing/timeLimits.js';

const d = (s: string) => s as IsoDate;
const cal = { start: d('2025-01-01'), end: d('2025-12-31') };
const broken = { start: d('2025-07-01'), end: d('2026-06-30') };

describe('nextWorkingDay (kontanta in- och utbetalningar, "påföljande arbetsdag")', () => {
  it('Friday → Monday across the weekend', () => expect(nextWorkingDay(d('2025-03-14'))).toBe('2025-03-17'));
  it('Saturday → Monday', () => expect(nextWorkingDay(d('2025-03-15'))).toBe('2025-03-17'));
  it('Wednesday → Thursday', () => expect(nextWorkingDay(d('2025-03-12'))).toBe('2025-03-13'));
  it('skärtorsdagen 2025-04-17 → Tuesday 22 April (långfredag, weekend, annandag påsk)', () => expect(nextWorkingDay(d('2025-04-17'))).toBe('2025-04-22'));
  it('Tuesday 2025-12-23 → Monday 29 December (julafton, juldagen, annandag jul, weekend)', () => expect(nextWorkingDay(d('2025-12-23'))).toBe('2025-12-29'));
  it('Tuesday 2025-12-30 → Friday 2 January (nyårsafton, nyårsdagen)', () => expect(nextWorkingDay(d('2025-12-30'))).toBe('2026-01-02'));
  it('Thursday 2026-06-18 → Monday 22 June (midsommarafton, midsommardagen, Sunday)', () => expect(nextWorkingDay(d('2026-06-18'))).toBe('2026-06-22'));
  it('Monday 2026-01-05 → Wednesday 7 January (trettondedag jul)', () => expect(nextWorkingDay(d('2026-01-05'))).toBe('2026-01-07'));
  it('Wednesday 2025-05-28 → Friday 30 May (Kristi himmelfärdsdag)', () => expect(nextWorkingDay(d('2025-05-28'))).toBe('2025-05-30'));
});

describe('bookingDeadline', () => {
  it('documented: a cash event on Friday 2025-03-14 is due Monday 17 March', () => {
    expect(bookingDeadline(d('2025-03-14'), true, 'standard', cal)).toBe('2025-03-17');
  });
  it('cash ignores the size class', () => {
    expect(bookingDeadline(d('2025-04-17'), true, 'micro', cal)).toBe('2025-04-22');
  });
  it('standard, documented: an event on 2025-03-14 → 31 March + 50 days = 2025-05-20', () => {
    expect(bookingDeadline(d('2025-03-14'), false, 'standard', cal)).toBe('2025-05-20');
  });
  it('standard: any day of the month gives the same date (counted from month end)', () => {
    expect(bookingDeadline(d('2025-03-01'), false, 'standard', cal)).toBe('2025-05-20');
    expect(bookingDeadline(d('2025-03-31'), false, 'standard', cal)).toBe('2025-05-20');
  });
  it('standard: leap February 2024 → 29 Feb + 50 = 2024-04-19; December 2025 → 31 Dec + 50 = 2026-02-19', () => {
    expect(bookingDeadline(d('2024-02-10'), false, 'standard', { start: d('2024-01-01'), end: d('2024-12-31') })).toBe('2024-04-19');
    expect(bookingDeadline(d('2025-12-05'), false, 'standard', cal)).toBe('2026-02-19');
  });
  it('small: the reference example (paid in April under kontantmetoden) → end of Q2 + 50 = 19 August', () => {
    expect(bookingDeadline(d('2025-04-10'), false, 'small', cal)).toBe('2025-08-19');
  });
  it('small: January, February and March all share 31 March + 50 = 20 May', () => {
    expect(bookingDeadline(d('2025-01-02'), false, 'small', cal)).toBe('2025-05-20');
    expect(bookingDeadline(d('2025-02-28'), false, 'small', cal)).toBe('2025-05-20');
    expect(bookingDeadline(d('2025-03-31'), false, 'small', cal)).toBe('2025-05-20');
  });
  it('small: Q3 → 30 Sep + 50 = 19 Nov; Q4 → 31 Dec + 50 = 19 Feb next year', () => {
    expect(bookingDeadline(d('2025-08-15'), false, 'small', cal)).toBe('2025-11-19');
    expect(bookingDeadline(d('2025-11-15'), false, 'small', cal)).toBe('2026-02-19');
  });
  it('small in a broken fiscal year: the module uses calendar quarters (reference silent on fiscal vs calendar quarter)', () => {
    // July 2025 is in the calendar quarter Jul–Sep → 30 Sep + 50 = 19 Nov.
    expect(bookingDeadline(d('2025-07-15'), false, 'small', broken)).toBe('2025-11-19');
  });
  it('micro: 60 days after the fiscal year, 31 Dec 2025 + 60 = 2026-03-01 (31 in Jan + 28 in Feb + 1)', () => {
    expect(bookingDeadline(d('2025-01-15'), false, 'micro', cal)).toBe('2026-03-01');
    expect(bookingDeadline(d('2025-12-31'), false, 'micro', cal)).toBe('2026-03-01');
  });
  it('micro, broken year ending 2026-06-30 → 2026-08-29 (31 in July + 29)', () => {
    expect(bookingDeadline(d('2025-09-01'), false, 'micro', broken)).toBe('2026-08-29');
  });
  it('micro-ef: the INK1/NE due date, 2 May the year after', () => {
    expect(bookingDeadline(d('2025-06-01'), false, 'micro-ef', cal)).toBe('2026-05-02');
  });
  it('deadlines on a weekend are not moved (reference silent): January 2026 standard → Sunday 2026-03-22', () => {
    expect(bookingDeadline(d('2026-01-20'), false, 'standard', { start: d('2026-01-01'), end: d('2026-12-31') })).toBe('2026-03-22');
  });
});

describe('incomeTaxReturnDue and monthDeadline', () => {
  it('INK1 with NE: 2 May the year after (SFL 32 kap. 1 §)', () => {
    expect(incomeTaxReturnDue(d('2025-12-31'))).toBe('2026-05-02');
    expect(incomeTaxReturnDue(d('2024-12-31'))).toBe('2025-05-02');
  });
  it('monthDeadline: February 2025 standard → 28 Feb + 50 = 2025-04-19; small → 2025-05-20; micro → 2026-03-01', () => {
    expect(monthDeadline('2025-02' as IsoMonth, 'standard', cal)).toBe('2025-04-19');
    expect(monthDeadline('2025-02' as IsoMonth, 'small', cal)).toBe('2025-05-20');
    expect(monthDeadline('2025-02' as IsoMonth, 'micro', cal)).toBe('2026-03-01');
  });
  it('every size class has a Swedish description', () => {
    expect(Object.keys(SIZE_CLASS_SV).sort()).toEqual(['micro', 'micro-ef', 'small', 'standard']);
    expect(SIZE_CLASS_SV.standard).toBe('50 dagar efter månadens slut');
  });
});
