import { describe, expect, it } from 'vitest';
import { resolveVatPeriod } from '../../../shared/domain/vat/vatPeriod.js';
import { parsePeriod, periodKind } from '../../../shared/domain/periods/period.js';

const broken = [{ start: '2025-07-01', end: '2026-06-30' }];
const calendar = [{ start: '2026-01-01', end: '2026-12-31' }];

describe('parsePeriod with fiscal years', () => {
  it('names a fiscal year by its first day only when such a year exists', () => {
    expect(parsePeriod('2025-07-01', broken)).toEqual({ from: '2025-07-01', to: '2026-06-30', label: '2025-07-01' });
    expect(parsePeriod('2025-07-01')).toBeNull();
    expect(parsePeriod('2025-08-01', broken)).toBeNull();
    expect(['2026-03', '2026-Q1', '2026', '2025-07-01'].map(periodKind)).toEqual(['month', 'quarter', 'calendar-year', 'fiscal-year']);
  });
});

describe('resolveVatPeriod', () => {
  it('gives the months and the eSKD period of a quarter', () => {
    const r = resolveVatPeriod('2026-Q2', 'quarter', calendar);
    expect(r.ok && r.value).toEqual({ label: '2026-Q2', kind: 'quarter', from: '2026-04-01', to: '2026-06-30', months: ['2026-04', '2026-05', '2026-06'], lastMonth: '2026-06' });
  });

  it.each([
    ['2026-03', 'quarter', 'vat-period-mismatch'],
    ['2026-Q1', 'month', 'vat-period-mismatch'],
    ['2026', 'quarter', 'vat-period-mismatch'],
    ['2026-01-01', 'month', 'vat-period-mismatch'],
    ['2026-Q5', 'quarter', 'vat-invalid-period'],
    ['26-03', 'month', 'vat-invalid-period'],
    ['2026-02-01', 'year', 'vat-invalid-period'],
  ] as const)('%s for a %s filer: %s', (spec, company, code) => {
    const r = resolveVatPeriod(spec, company, calendar);
    expect(r.ok ? 'ok' : r.problems[0]?.code).toBe(code);
    expect(r.ok ? '' : r.problems[0]?.message).toMatch(/Ange|Skriv/);
  });

  it('yearly: the calendar year only when it is the fiscal year; otherwise the fiscal year\'s first day', () => {
    expect(resolveVatPeriod('2026', 'year', calendar).ok).toBe(true);
    expect(resolveVatPeriod('2026-01-01', 'year', calendar).ok).toBe(true);
    const r = resolveVatPeriod('2026', 'year', broken);
    expect(r.ok ? '' : r.problems[0]?.message).toMatch(/brutet räkenskapsår, årets första dag/);
    const fy = resolveVatPeriod('2025-07-01', 'year', broken);
    expect(fy.ok && [fy.value.kind, fy.value.months.length, fy.value.lastMonth]).toEqual(['fiscal-year', 12, '2026-06']);
    // A short first year (2026-03-01..2026-12-31) is its own period.
    expect(resolveVatPeriod('2026', 'year', [{ start: '2026-03-01', end: '2026-12-31' }]).ok).toBe(false);
    expect(resolveVatPeriod('2026-03-01', 'year', [{ start: '2026-03-01', end: '2026-12-31' }]).ok).toBe(true);
  });
});
