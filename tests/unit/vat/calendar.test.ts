import { describe, expect, it } from 'vitest';
import { vatCalendar, vatDueDate } from '../../../shared/domain/vat/calendar.js';
import type { IsoDate, IsoMonth } from '../../../shared/domain/dates/isoDate.js';

const d = (s: string) => s as IsoDate;
const small = { form: 'AB' as const, over40M: false, euTrade: false };

describe('vatDueDate (formats-and-vat.md §2.5)', () => {
  it.each([
    ['quarter', '2026-03-31', small, '2026-05-12'],
    ['quarter', '2026-06-30', small, '2026-08-17'],
    ['quarter', '2026-09-30', small, '2026-11-12'],
    ['quarter', '2026-12-31', small, '2027-02-12'],
    ['month', '2026-06-30', small, '2026-08-17'],
    ['month', '2026-11-30', small, '2027-01-18'], // 17 Jan 2027 is a Sunday
    ['month', '2026-12-31', small, '2027-02-12'],
    ['month', '2026-03-31', { ...small, over40M: true }, '2026-04-27'], // 26 Apr 2026 is a Sunday
    ['month', '2026-12-31', { ...small, over40M: true }, '2027-01-27'],
    ['year', '2026-12-31', { ...small, form: 'EF' as const }, '2027-05-12'],
    ['year', '2026-12-31', { ...small, form: 'EF' as const, euTrade: true }, '2027-02-26'],
    ['year', '2026-06-30', small, '2026-08-26'],
  ] as const)('%s ending %s → %s', (kind, to, facts, due) => {
    expect(vatDueDate(kind, d(to), facts).due).toBe(due);
  });

  it('marks the yearly rule for others than EF without EU trade as uncertain', () => {
    expect(vatDueDate('year', d('2026-12-31'), small).uncertain).toBe(true);
    expect(vatDueDate('year', d('2026-12-31'), { ...small, form: 'EF' }).uncertain).toBe(false);
  });
});

describe('vatCalendar', () => {
  it('lists the fiscal year ending in the year for a yearly filer with a broken year, and moves weekend dates to Monday (söndagsregeln)', () => {
    const c = vatCalendar(2026, { vatPeriod: 'year', ...small, fiscalYears: [{ start: '2025-07-01', end: '2026-06-30' }, { start: '2026-07-01', end: '2027-06-30' }] });
    expect(c.map((x) => [x.period, x.from, x.to, x.due, x.weekend])).toEqual([['2025-07-01', '2025-07-01', '2026-06-30', '2026-08-26', false]]);
    const q = vatCalendar(2026, { vatPeriod: 'quarter', ...small, fiscalYears: [] });
    // 12 Feb 2027 is a Friday; 17 Aug 2026 a Monday; 12 Nov 2026 a Thursday; 12 May 2026 a Tuesday.
    expect(q.map((x) => x.weekend)).toEqual([false, false, false, false]);
    const m = vatCalendar(2026, { vatPeriod: 'month', ...small, fiscalYears: [] });
    expect(m.filter((x) => x.weekend).map((x) => x.due)).toEqual(['2026-04-13', '2026-07-13', '2026-09-14', '2026-12-14', '2027-01-18']);
  });

  it('adds a periodisk sammanställning on the 25th after each month with EU sales, after a return due the same day', () => {
    const c = vatCalendar(2026, { vatPeriod: 'month', ...small, fiscalYears: [], ecSalesMonths: ['2026-02', '2025-12'] as IsoMonth[] });
    const ec = c.filter((x) => x.kind === 'ec-sales');
    expect(ec.map((x) => [x.period, x.due])).toEqual([['2026-02', '2026-03-25']]);
  });
});
