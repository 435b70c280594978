/**
 * Swedish public holidays (lag 1989:253) plus midsommarafton, julafton and nyårsafton, which the
 * module treats as non-working days. The reference (yearend-law-bas.md §5.1) only says
 * "påföljande arbetsdag"; the dates below are worked out by hand from the calendar:
 * Easter Sunday 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28; långfredag = Easter − 2,
 * annandag påsk = Easter + 1, Kristi himmelfärd = Easter + 39 (a Thursday); midsommardagen = the
 * Saturday 20–26 June, alla helgons dag = the Saturday 31 Oct–6 Nov.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { isWorkingDay, swedishHolidays } from '../../../shared/domain/closing/holidays.js';

const d = (s: string) => s as IsoDate;

describe('swedishHolidays', () => {
  it('2025: every fixed and moving holiday, in order', () => {
    // Pingstdagen (Easter + 49, 2025-06-08) is a public holiday by law but is not in the module's
    // list; it is always a Sunday, so no working-day result changes. The reference is silent.
    expect(swedishHolidays(2025)).toEqual([
      '2025-01-01', '2025-01-06', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-06',
      '2025-06-20', '2025-06-21', '2025-11-01', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-31',
    ]);
  });

  it('2024: Easter in March (långfredag 29 March, annandag påsk 1 April), himmelfärd 9 May, midsommar 21–22 June, alla helgon 2 Nov', () => {
    const h = swedishHolidays(2024);
    for (const x of ['2024-03-29', '2024-03-31', '2024-04-01', '2024-05-09', '2024-06-21', '2024-06-22', '2024-11-02']) expect(h).toContain(x);
    expect(h).toHaveLength(15);
  });

  it('2026: Easter 5 April, himmelfärd 14 May, midsommarafton 19 June, alla helgons dag on 31 October itself', () => {
    const h = swedishHolidays(2026);
    for (const x of ['2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-06-19', '2026-06-20', '2026-10-31']) expect(h).toContain(x);
    expect(h).not.toContain('2026-11-07');
  });

  it('2027: midsommardagen on the last possible day (26 June) and alla helgons dag on the last possible day (6 November)', () => {
    const h = swedishHolidays(2027);
    for (const x of ['2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-06-25', '2027-06-26', '2027-11-06']) expect(h).toContain(x);
    expect(h).not.toContain('2027-10-30');
    expect(h).not.toContain('2027-06-19');
  });

  it('early and late Easter: 23 March 2008 and 25 April 2038', () => {
    expect(swedishHolidays(2008)).toContain('2008-03-23');
    expect(swedishHolidays(2008)).toContain('2008-03-21');
    expect(swedishHolidays(2038)).toContain('2038-04-25');
    expect(swedishHolidays(2038)).toContain('2038-04-26');
  });
});

describe('isWorkingDay', () => {
  it('an ordinary Friday and Monday are working days', () => {
    expect(isWorkingDay(d('2025-03-14'))).toBe(true);
    expect(isWorkingDay(d('2025-03-17'))).toBe(true);
  });
  it('Saturday and Sunday are not', () => {
    expect(isWorkingDay(d('2025-03-15'))).toBe(false);
    expect(isWorkingDay(d('2025-03-16'))).toBe(false);
  });
  it('weekday holidays are not: trettondedag jul (Tue 2026-01-06), 1 maj (Thu 2025-05-01), Kristi himmelfärd (Thu 2025-05-29), nationaldagen (Fri 2025-06-06)', () => {
    for (const x of ['2026-01-06', '2025-05-01', '2025-05-29', '2025-06-06']) expect(isWorkingDay(d(x))).toBe(false);
  });
  it('midsommarafton, julafton and nyårsafton count as non-working days', () => {
    for (const x of ['2025-06-20', '2025-12-24', '2025-12-31']) expect(isWorkingDay(d(x))).toBe(false);
  });
  it('skärtorsdagen and the day after annandag jul (when a weekday) are working days', () => {
    expect(isWorkingDay(d('2025-04-17'))).toBe(true);
    expect(isWorkingDay(d('2024-12-27'))).toBe(true);
  });
});
