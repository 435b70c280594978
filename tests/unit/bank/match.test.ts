/** Matching rules: same öre, ±5 days, one to one, references override the window, never a guess. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidatesFor, planMatches, type MatchableLine, type MatchableRow } from '../../../shared/domain/bank/match.js';
import { ocrOf } from '../../../shared/domain/bank/reference.js';
import { daysBetween } from '../../../shared/domain/bank/days.js';

const row = (id: number, date: string, amount: number, reference?: string): MatchableRow => ({ id, date, amount, ...(reference ? { reference } : {}) });
const line = (voucherId: number, date: string, amount: number, reference?: string): MatchableLine => ({ voucherId, lineNo: 1, date, amount, ...(reference ? { reference } : {}) });

describe('OCR references', () => {
  it('only Luhn-valid digit strings of 5–25 digits count, spaces and dashes ignored', () => {
    expect(ocrOf('1234567897')).toBe('1234567897');
    expect(ocrOf('1234 5678 97')).toBe('1234567897');
    expect(ocrOf('1234567890')).toBeNull();
    expect(ocrOf('5555555555')).toBe('5555555555');
    expect(ocrOf('E2E-0312-01')).toBeNull();
    expect(ocrOf('18')).toBeNull();
    expect(ocrOf(null)).toBeNull();
  });
});

describe('planMatches', () => {
  it('same öre within ±5 days, one candidate each way: an exact match', () => {
    const p = planMatches([row(1, '2026-03-05', -4_900)], [line(7, '2026-03-01', -4_900), line(8, '2026-03-05', -4_901)]);
    expect(p.matches).toEqual([{ rowId: 1, voucherId: 7, lineNo: 1, kind: 'exact', days: -4 }]);
    expect(p.ambiguous).toEqual([]);
  });

  it('six days apart is outside the window; the sign is part of the amount', () => {
    expect(planMatches([row(1, '2026-03-07', -4_900)], [line(7, '2026-03-01', -4_900)]).unmatched).toEqual([1]);
    expect(planMatches([row(1, '2026-03-01', 4_900)], [line(7, '2026-03-01', -4_900)]).matches).toEqual([]);
  });

  it('two lines for one row, or two rows for one line: ambiguous, listed with every candidate, never guessed', () => {
    const twoLines = planMatches([row(1, '2026-03-05', -4_500)], [line(7, '2026-03-04', -4_500), line(8, '2026-03-06', -4_500)]);
    expect(twoLines.matches).toEqual([]);
    expect(twoLines.ambiguous).toEqual([{ rowId: 1, candidates: [expect.objectContaining({ voucherId: 7 }), expect.objectContaining({ voucherId: 8 })] }]);
    const twoRows = planMatches([row(1, '2026-03-04', -4_500), row(2, '2026-03-06', -4_500)], [line(7, '2026-03-05', -4_500)]);
    expect(twoRows.matches).toEqual([]);
    expect(twoRows.ambiguous.map((a) => a.rowId)).toEqual([1, 2]);
  });

  it('a row whose one line is also another row’s candidate stays unmatched even if that other row has more', () => {
    const p = planMatches([row(1, '2026-03-01', -100), row(2, '2026-03-04', -100)], [line(7, '2026-03-02', -100), line(8, '2026-03-08', -100)]);
    expect(p.matches).toEqual([]);
  });

  it('an OCR reference overrides the date window and wins over a nearer exact candidate', () => {
    const p = planMatches(
      [row(1, '2026-03-28', 1_250_000, '1234567897'), row(2, '2026-03-27', 1_250_000)],
      [line(7, '2026-03-05', 1_250_000, '1234567897'), line(8, '2026-03-27', 1_250_000)],
    );
    expect(p.matches).toEqual([
      { rowId: 1, voucherId: 7, lineNo: 1, kind: 'reference', days: -23 },
      { rowId: 2, voucherId: 8, lineNo: 1, kind: 'exact', days: 0 },
    ]);
  });

  it('two different OCR numbers are two different payments, even on the same day', () => {
    expect(candidatesFor(row(1, '2026-03-05', 500, '1234567897'), [line(7, '2026-03-05', 500, '5555555555')])).toEqual([]);
  });

  it('a reference shared by two rows (paid twice) is ambiguous', () => {
    const p = planMatches([row(1, '2026-03-05', 500, '1234567897'), row(2, '2026-03-09', 500, '1234567897')], [line(7, '2026-02-01', 500, '1234567897')]);
    expect(p.matches).toEqual([]);
    expect(p.ambiguous).toHaveLength(2);
  });

  it('property: proposals are one to one, each a candidate of its row, and unique on both sides', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
    const amount = fc.constantFrom(-100, -200, 300);
    fc.assert(fc.property(fc.array(fc.tuple(day, amount), { maxLength: 12 }), fc.array(fc.tuple(day, amount), { maxLength: 12 }), (rs, ls) => {
      const rows = rs.map(([d, a], i) => row(i + 1, d, a));
      const lines = ls.map(([d, a], i) => line(i + 1, d, a));
      const p = planMatches(rows, lines);
      expect(new Set(p.matches.map((m) => m.voucherId)).size).toBe(p.matches.length);
      for (const m of p.matches) {
        const r = rows.find((x) => x.id === m.rowId)!;
        const within = lines.filter((l) => l.amount === r.amount && Math.abs(daysBetween(l.date, r.date)) <= 5);
        expect(within.map((l) => l.voucherId)).toEqual([m.voucherId]);
        const l = lines.find((x) => x.voucherId === m.voucherId)!;
        expect(rows.filter((x) => x.amount === l.amount && Math.abs(daysBetween(l.date, x.date)) <= 5).map((x) => x.id)).toEqual([m.rowId]);
      }
      expect(p.matches.length + p.ambiguous.length + p.unmatched.length).toBe(rows.length);
    }));
  });
});
