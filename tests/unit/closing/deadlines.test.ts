/**
 * Year-end filing deadlines (yearend-law-bas.md §0, §3.6, §5.5) and the VAT return due dates
 * (formats-and-vat.md §2.5), worked out by hand:
 * - AB: årsstämma within 6 months (ABL 7:10); årsredovisning at Bolagsverket within 7 months
 *   (ÅRL 8:3); INK2 by the year-end month (digital): Jan–Apr → 1 Dec, May–Jun → 15 Jan,
 *   Jul–Aug → 1 Apr, Sep–Dec → 1 Aug.
 * - Söndagsregeln (lag 1930:173, 2 §) moves every statutory last day on a Saturday, Sunday, public
 *   holiday, midsommarafton, julafton or nyårsafton to the next weekday: filings, the stämma and
 *   VAT returns. Bookkeeping deadlines (BFNAR 2013:2, general advice) and the archive date stay.
 * - EF: INK1 + NE 2 May the year after.
 * - Archive: through the end of the 7th year after the calendar year the fiscal year ended (BFL 7:2).
 * - VAT: quarterly / monthly ≤ 40 Mkr → 12th of the second month after, 17th when that month is
 *   January or August; monthly > 40 Mkr → 26th of the next month, December → 27 January; yearly EF
 *   without EU trade → 12 May; others yearly → 26th of the second month after the fiscal year.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { bookkeepingDeadlines, yearEndDeadlines } from '../../../shared/domain/closing/deadlines.js';
import { vatCalendar, vatDueDate } from '../../../shared/domain/vat/calendar.js';

const d = (s: string) => s as IsoDate;
const fy = (start: string, end: string) => ({ start: d(start), end: d(end) });
const dates = (xs: { kind: string; date: string }[]) => xs.map((x) => [x.kind, x.date]);

describe('yearEndDeadlines: AB', () => {
  it('calendar year 2025: stämma 30 June (Tue), ÅR 31 July (Fri), INK2 1 August is a Saturday → Monday 3 August, archive through 2032', () => {
    const ds = yearEndDeadlines('AB', fy('2025-01-01', '2025-12-31'));
    expect(dates(ds)).toEqual([['annual-meeting', '2026-06-30'], ['annual-report', '2026-07-31'], ['income-tax-return', '2026-08-03'], ['archive', '2032-12-31']]);
    expect(ds.find((x) => x.kind === 'income-tax-return')!.rule).toContain('nästa vardag om dagen är en lördag, söndag eller helgdag (lag 1930:173)');
    expect(ds.find((x) => x.kind === 'income-tax-return')!.rule).toContain('1 juli vid inlämning på papper');
    expect(ds.every((x) => x.period === '2025-01-01')).toBe(true);
  });

  it('calendar year 2026: ÅR 31 July 2027 (Sat) and INK2 1 August 2027 (Sun) are both due Monday 2 August 2027', () => {
    const ds = yearEndDeadlines('AB', fy('2026-01-01', '2026-12-31'));
    expect(dates(ds)).toEqual([['annual-meeting', '2027-06-30'], ['annual-report', '2027-08-02'], ['income-tax-return', '2027-08-02'], ['archive', '2033-12-31']]);
  });

  it('calendar years 2027 and 2028: 31 July 2028 (Mon) and 2029 (Tue) stay', () => {
    expect(yearEndDeadlines('AB', fy('2027-01-01', '2027-12-31'))[1]!.date).toBe('2028-07-31');
    expect(yearEndDeadlines('AB', fy('2028-01-01', '2028-12-31'))[1]!.date).toBe('2029-07-31');
  });

  it('broken year ending 2025-06-30: stämma 31 Dec 2025 is nyårsafton → Friday 2 Jan 2026, ÅR 31 Jan 2026 (Sat) → Monday 2 Feb, INK2 15 Jan 2026, no paper note', () => {
    const ds = yearEndDeadlines('AB', fy('2024-07-01', '2025-06-30'));
    expect(dates(ds)).toEqual([['annual-meeting', '2026-01-02'], ['annual-report', '2026-02-02'], ['income-tax-return', '2026-01-15'], ['archive', '2032-12-31']]);
    expect(ds.find((x) => x.kind === 'income-tax-return')!.rule).not.toContain('papper');
  });

  it('broken year ending 2025-04-30: ÅR 30 Nov 2025 is a Sunday → Monday 1 Dec; INK2 1 Dec 2025 (Jan–Apr group)', () => {
    const ds = yearEndDeadlines('AB', fy('2024-05-01', '2025-04-30'));
    expect(dates(ds)).toEqual([['annual-meeting', '2025-10-31'], ['annual-report', '2025-12-01'], ['income-tax-return', '2025-12-01'], ['archive', '2032-12-31']]);
  });

  it('broken year ending 2025-08-31: stämma 28 Feb 2026 (Sat) → Monday 2 March, ÅR 31 March 2026 (Tue), INK2 1 April 2026 (Jul–Aug group)', () => {
    const ds = yearEndDeadlines('AB', fy('2024-09-01', '2025-08-31'));
    expect(dates(ds)).toEqual([['annual-meeting', '2026-03-02'], ['annual-report', '2026-03-31'], ['income-tax-return', '2026-04-01'], ['archive', '2032-12-31']]);
  });

  it('broken year ending 2025-09-30: INK2 1 August 2026 (Sep–Dec group, a Saturday) → Monday 3 August; ÅR 30 April 2026 (Thu)', () => {
    const ds = yearEndDeadlines('AB', fy('2024-10-01', '2025-09-30'));
    expect(dates(ds)).toEqual([['annual-meeting', '2026-03-31'], ['annual-report', '2026-04-30'], ['income-tax-return', '2026-08-03'], ['archive', '2032-12-31']]);
  });

  it('the last day for the stämma moves too: 31 May 2031 is a Saturday → Monday 2 June 2031 (1 June is a Sunday)', () => {
    expect(yearEndDeadlines('AB', fy('2029-12-01', '2030-11-30'))[0]!.date).toBe('2031-06-02');
  });
});

describe('yearEndDeadlines: EF', () => {
  it('calendar year 2025: INK1 + NE 2 May 2026 (Sat) → 4 May, and the archive through 2032', () => {
    // 2 May 2026 is a Saturday: the declaration is due Monday 4 May.
    expect(dates(yearEndDeadlines('EF', fy('2025-01-01', '2025-12-31')))).toEqual([['income-tax-return', '2026-05-04'], ['archive', '2032-12-31']]);
  });
});

describe('bookkeepingDeadlines', () => {
  it('standard, calendar 2025: twelve months, January 22 March (documented), December 19 February 2026', () => {
    const ds = bookkeepingDeadlines(fy('2025-01-01', '2025-12-31'), 'standard');
    expect(ds).toHaveLength(12);
    expect(ds[0]).toMatchObject({ kind: 'bookkeeping', period: '2025-01', date: '2025-03-22', uncertain: false });
    expect(ds[1]!.date).toBe('2025-04-19');
    expect(ds[11]).toMatchObject({ period: '2025-12', date: '2026-02-19' });
  });
  it('small: the three months of a quarter share a date', () => {
    expect(bookkeepingDeadlines(fy('2025-01-01', '2025-12-31'), 'small').map((x) => x.date).slice(0, 6))
      .toEqual(['2025-05-20', '2025-05-20', '2025-05-20', '2025-08-19', '2025-08-19', '2025-08-19']);
  });
  it('broken year July 2025 – June 2026, micro: every month 29 August 2026', () => {
    const ds = bookkeepingDeadlines(fy('2025-07-01', '2026-06-30'), 'micro');
    expect(ds.map((x) => x.period)[0]).toBe('2025-07');
    expect(ds.map((x) => x.period)[11]).toBe('2026-06');
    expect(new Set(ds.map((x) => x.date))).toEqual(new Set(['2026-08-29']));
  });
});

describe('vatDueDate (formats-and-vat.md §2.5)', () => {
  const small = { form: 'AB' as const, over40M: false, euTrade: false };
  it('quarters: Q1 → 12 May, Q2 → 17 Aug, Q3 → 12 Nov, Q4 → 12 Feb', () => {
    expect(vatDueDate('quarter', d('2026-03-31'), small).due).toBe('2026-05-12');
    expect(vatDueDate('quarter', d('2026-06-30'), small).due).toBe('2026-08-17');
    expect(vatDueDate('quarter', d('2026-09-30'), small).due).toBe('2026-11-12');
    expect(vatDueDate('quarter', d('2025-12-31'), small).due).toBe('2026-02-12');
  });
  it('monthly ≤ 40 Mkr: June → 17 Aug, November → 17 Jan (Sat) → 19 Jan, December → 12 Feb, March → 12 May', () => {
    expect(vatDueDate('month', d('2026-06-30'), small).due).toBe('2026-08-17');
    expect(vatDueDate('month', d('2025-11-30'), small)).toMatchObject({ due: '2026-01-19', weekend: true });
    expect(vatDueDate('month', d('2025-12-31'), small).due).toBe('2026-02-12');
    expect(vatDueDate('month', d('2026-03-31'), small).due).toBe('2026-05-12');
    expect(vatDueDate('month', d('2025-11-30'), small).rule).toContain('17:e');
  });
  it('monthly > 40 Mkr: the 26th of the next month (26 April 2026 is a Sunday → 27 April), December → 27 January', () => {
    const big = { ...small, over40M: true };
    expect(vatDueDate('month', d('2026-03-31'), big).due).toBe('2026-04-27');
    expect(vatDueDate('month', d('2026-07-31'), big).due).toBe('2026-08-26');
    expect(vatDueDate('month', d('2025-12-31'), big).due).toBe('2026-01-27');
  });
  it('yearly: EF calendar year without EU trade → 12 May; with EU trade → 26 Feb (uncertain)', () => {
    expect(vatDueDate('year', d('2025-12-31'), { form: 'EF', over40M: false, euTrade: false })).toMatchObject({ due: '2026-05-12', uncertain: false });
    expect(vatDueDate('year', d('2025-12-31'), { form: 'EF', over40M: false, euTrade: true })).toMatchObject({ due: '2026-02-26', uncertain: true });
  });
  it('yearly AB: the 26th of the second month after the fiscal year, calendar → 26 Feb, broken June year → 26 Aug', () => {
    expect(vatDueDate('year', d('2025-12-31'), small)).toMatchObject({ due: '2026-02-26', uncertain: true });
    expect(vatDueDate('year', d('2025-06-30'), small).due).toBe('2025-08-26');
  });
  it('a due date on a weekend moves to the next weekday and says so (söndagsregeln): November 2025 → Saturday 17 Jan → Monday 19 Jan 2026', () => {
    const nov = vatCalendar(2025, { vatPeriod: 'month', form: 'AB', over40M: false, euTrade: false, fiscalYears: [] }).find((x) => x.period === '2025-11')!;
    expect(nov).toMatchObject({ due: '2026-01-19', weekend: true });
    const q1 = vatCalendar(2026, { vatPeriod: 'quarter', form: 'AB', over40M: false, euTrade: false, fiscalYears: [] });
    expect(q1.map((x) => [x.period, x.due, x.weekend])).toEqual([
      ['2026-Q1', '2026-05-12', false], ['2026-Q2', '2026-08-17', false], ['2026-Q3', '2026-11-12', false], ['2026-Q4', '2027-02-12', false]]);
  });
});
