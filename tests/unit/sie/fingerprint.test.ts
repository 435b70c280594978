import { describe, expect, it } from 'vitest';
import { buildImportPlan, type PlanVoucher } from '../../../shared/domain/sie/plan.js';
import { splitAgainstExisting, voucherFingerprint, voucherKey } from '../../../shared/domain/sie/fingerprint.js';
import { numberUnnumbered } from '../../../shared/domain/sie/numbering.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { readFixture } from './fixtures.js';

// Case C3: importing the same file twice adds nothing; an overlapping file adds only what is new.
const first = buildImportPlan(readFixture('c3-a1-a10.se').doc).vouchers;
const overlap = buildImportPlan(readFixture('c3-a1-a12-overlap.se').doc).vouchers;

function books(vs: PlanVoucher[]): Map<string, string> {
  return new Map(vs.map((v) => [voucherKey(v)!, voucherFingerprint(v)]));
}

describe('voucher identity (case C3)', () => {
  it('a second import of the same file finds every voucher identical', () => {
    const split = splitAgainstExisting(first, books(first));
    expect(split.fresh).toEqual([]);
    expect(split.identical.map((v) => v.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(split.conflicts).toEqual([]);
  });

  it('books with A 1–8 and a file with A 1–12: A 1–8 identical, A 9–12 new', () => {
    const split = splitAgainstExisting(overlap, books(first.slice(0, 8)));
    expect(split.identical.map((v) => v.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(split.fresh.map((v) => `${v.series} ${v.number}`)).toEqual(['A 9', 'A 10', 'A 11', 'A 12']);
  });

  it('a booked number with other content is a conflict, never a silent duplicate', () => {
    const changed = overlap.map((v) => (v.number === 9 ? { ...v, lines: v.lines.map((l) => ({ ...l, amount: ore(l.amount * 2) })) } : v));
    const split = splitAgainstExisting(changed, books(first));
    expect(split.conflicts.map((c) => c.voucher.number)).toEqual([9]);
    expect(split.fresh.map((v) => v.number)).toEqual([11, 12]);
  });

  it('ignores row order and texts, but not amounts, accounts, objects or dates', () => {
    const v = first[0]!;
    const fp = voucherFingerprint(v);
    expect(voucherFingerprint({ ...v, lines: [...v.lines].reverse().map((l) => ({ ...l, text: 'annan text' })) })).toBe(fp);
    expect(voucherFingerprint({ ...v, date: '2025-01-11' as PlanVoucher['date'] })).not.toBe(fp);
    expect(voucherFingerprint({ ...v, lines: v.lines.map((l, i) => (i === 0 ? { ...l, objects: [{ dim: 1, id: 'X' }] } : l)) })).not.toBe(fp);
  });

  it('an unnumbered (4I) voucher matches a booked one by content, counting duplicates', () => {
    const bare = { ...first[0]!, number: null };
    const booked = numberUnnumbered([bare], 'A', { A: 1 });
    expect(splitAgainstExisting([bare, bare], books(booked))).toMatchObject({ identical: [bare], fresh: [bare] });
  });
});
