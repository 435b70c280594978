import { describe, expect, it } from 'vitest';
import { parseBankDate, resolveShortYear } from '../../../shared/domain/bank/date.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';

describe('parseBankDate', () => {
  it('reads each format order exactly as written', () => {
    expect(parseBankDate('2025-03-04', 'ymd')).toEqual({ kind: 'full', date: '2025-03-04' });
    expect(parseBankDate('2019/10/23', 'ymd')).toEqual({ kind: 'full', date: '2019-10-23' });
    expect(parseBankDate('20250101', 'ymd')).toEqual({ kind: 'full', date: '2025-01-01' });
    expect(parseBankDate('09-12-2025', 'dmy')).toEqual({ kind: 'full', date: '2025-12-09' });
    expect(parseBankDate('12/29/2025', 'mdy')).toEqual({ kind: 'full', date: '2025-12-29' });
  });

  it('drops a time part without moving the date through a time zone', () => {
    expect(parseBankDate('2026-03-31T00:30:00+02:00', 'ymd')).toEqual({ kind: 'full', date: '2026-03-31' });
    expect(parseBankDate('09-12-2025 11:01:12.120', 'dmy')).toEqual({ kind: 'full', date: '2025-12-09' });
  });

  it('refuses impossible dates and the wrong order', () => {
    expect(parseBankDate('2025-02-30', 'ymd')).toBeNull();
    expect(parseBankDate('13/29/2025', 'mdy')).toBeNull();
    expect(parseBankDate('29/12/2025', 'mdy')).toBeNull();
    expect(parseBankDate('PREL-  -  ', 'ymd')).toBeNull();
    expect(parseBankDate('', 'ymd')).toBeNull();
  });

  it('returns two-digit years unresolved', () => {
    expect(parseBankDate('25-03-06', 'ymd')).toEqual({ kind: 'short', yy: 25, month: 3, day: 6, raw: '25-03-06' });
  });
});

describe('resolveShortYear (the documented C10 rule)', () => {
  const short = { kind: 'short' as const, yy: 25, month: 3, day: 6, raw: '25-03-06' };
  it('reads 20YY when the result lies within 31 days of the file’s four-digit dates', () => {
    expect(resolveShortYear(short, '2025-03-03' as IsoDate, '2025-03-05' as IsoDate)).toBe('2025-03-06');
    expect(resolveShortYear(short, '2025-04-06' as IsoDate, '2025-05-01' as IsoDate)).toBe('2025-03-06');
  });
  it('refuses otherwise', () => {
    expect(resolveShortYear(short, '2025-04-07' as IsoDate, '2025-05-01' as IsoDate)).toBeNull();
    expect(resolveShortYear(short, undefined, undefined)).toBeNull();
    expect(resolveShortYear({ ...short, month: 2, day: 30 }, '2025-03-01' as IsoDate, '2025-03-05' as IsoDate)).toBeNull();
  });
});
