/** The date a new voucher starts with: today inside an open year, else the nearest open year's edge. */
import { describe, expect, it } from 'vitest';
import { defaultPostingDate, postingDateProblem } from '../../../renderer/app/postingDate.js';

const open = (start: string, end: string) => ({ start, end, state: 'open' as const });
const closed = (start: string, end: string) => ({ start, end, state: 'closed' as const });

describe('defaultPostingDate', () => {
  it('tar dagens datum när det ligger i ett öppet år', () => {
    expect(defaultPostingDate([open('2026-01-01', '2026-12-31')], '2026-12-04')).toBe('2026-12-04');
  });
  it('tar sista dagen i det senaste öppna året när dagen ligger efter alla år (förlängt första år)', () => {
    expect(defaultPostingDate([open('2024-07-01', '2025-12-31')], '2026-12-04')).toBe('2025-12-31');
    expect(defaultPostingDate([open('2024-01-01', '2024-12-31'), open('2025-01-01', '2025-12-31')], '2026-03-01')).toBe('2025-12-31');
  });
  it('tar första dagen i det tidigaste öppna året när dagen ligger före alla år', () => {
    expect(defaultPostingDate([open('2027-01-01', '2027-12-31')], '2026-12-04')).toBe('2027-01-01');
  });
  it('hoppar över avslutade år och väljer den närmaste kanten', () => {
    expect(defaultPostingDate([closed('2026-01-01', '2026-12-31'), open('2027-01-01', '2027-12-31')], '2026-12-04')).toBe('2027-01-01');
    expect(defaultPostingDate([open('2025-01-01', '2025-12-31'), open('2027-01-01', '2027-12-31')], '2026-02-01')).toBe('2025-12-31');
    expect(defaultPostingDate([open('2025-01-01', '2025-12-31'), open('2027-01-01', '2027-12-31')], '2026-11-30')).toBe('2027-01-01');
  });
  it('tar dagens datum när inget år är öppet', () => {
    expect(defaultPostingDate([], '2026-12-04')).toBe('2026-12-04');
    expect(defaultPostingDate([closed('2025-01-01', '2025-12-31')], '2026-12-04')).toBe('2026-12-04');
  });
});

describe('postingDateProblem', () => {
  const years = [closed('2024-01-01', '2024-12-31'), open('2025-01-01', '2025-12-31')];
  it('säger inget om ett datum som inte är färdigskrivet', () => {
    expect(postingDateProblem(years, '2026-01')).toBeNull();
    expect(postingDateProblem(years, '2026-02-30')).toBeNull();
  });
  it('känner igen datum utanför alla år och i avslutade år', () => {
    expect(postingDateProblem(years, '2026-01-01')).toEqual({ kind: 'no-fiscal-year' });
    expect(postingDateProblem(years, ' 2024-03-01 ')).toEqual({ kind: 'fiscal-year-closed', start: '2024-01-01', end: '2024-12-31' });
    expect(postingDateProblem(years, '2025-06-30')).toBeNull();
    expect(postingDateProblem([], '2025-06-30')).toBeNull();
  });
});
