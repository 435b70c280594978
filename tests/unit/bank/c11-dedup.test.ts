/** Case C11: overlapping imports add each bank row once; genuine identical rows stay two. */
import { describe, expect, it } from 'vitest';
import { planBankImport, rowsToImport, type DedupRow } from '../../../shared/domain/bank/dedup.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import type { Ore } from '../../../shared/domain/money/ore.js';
import { fixtureBytes, only, readOk } from './support.js';

const row = (d: string, amount: number, text: string, balance?: number): DedupRow => ({
  bookingDate: d as IsoDate,
  amount: amount as Ore,
  text,
  ...(balance === undefined ? {} : { balance: balance as Ore }),
});

describe('case C11 on the fixture statements', () => {
  it('first import: everything is new, both genuine SPOTIFY rows included', async () => {
    const jan = only((await readOk(fixtureBytes('c11/jan.csv'))).statements);
    const plan = planBankImport([], jan.rows);
    expect(plan.newRows).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(jan.rows.filter((r) => r.text === 'SPOTIFY')).toHaveLength(2);
  });

  it('overlapping import: the overlap and the re-dated row are duplicates, only February is new', async () => {
    const jan = only((await readOk(fixtureBytes('c11/jan.csv'))).statements).rows;
    const feb = only((await readOk(fixtureBytes('c11/jan15-feb15.csv'))).statements).rows;
    const plan = planBankImport(jan, feb);
    expect(plan.decisions.map((d) => [feb[d.index]!.bookingDate, feb[d.index]!.text, d.kind])).toEqual([
      ['2025-01-15', 'Kontorsmaterial', 'duplicate'],
      ['2025-01-20', 'SPOTIFY', 'duplicate'],
      ['2025-01-20', 'SPOTIFY', 'duplicate'],
      ['2025-01-25', 'Telia', 'duplicate'],
      ['2025-02-01', 'Bankavgift', 'duplicate'],
      ['2025-02-03', 'Kund AB', 'new'],
      ['2025-02-10', 'SPOTIFY', 'new'],
      ['2025-02-14', 'Hyra', 'new'],
    ]);
    const moved = plan.decisions[4]!;
    expect(moved).toEqual({ index: 4, kind: 'duplicate', existing: 6, shiftedDays: 1 });
    // both January SPOTIFY rows matched distinct existing rows
    const spotify = plan.decisions.slice(1, 3).map((d) => (d.kind === 'duplicate' ? d.existing : -1));
    expect(new Set(spotify)).toEqual(new Set([3, 4]));
    expect(plan.duplicates).toBe(5);
    // the import applies exactly what the preview showed, and re-running gives the same plan
    expect(rowsToImport(feb, plan).map((r) => r.text)).toEqual(['Kund AB', 'SPOTIFY', 'Hyra']);
    expect(planBankImport(jan, feb)).toEqual(plan);
    // importing the same file again after applying adds nothing
    const stored = [...jan, ...rowsToImport(feb, plan)];
    expect(planBankImport(stored, feb).newRows).toEqual([]);
  });
});

describe('planBankImport', () => {
  const spotify = row('2025-01-20', -4_900, 'SPOTIFY');

  it('counts a multiset: one existing + two incoming identical rows = one new', () => {
    expect(planBankImport([spotify], [spotify, spotify]).newRows).toEqual([1]);
    expect(planBankImport([spotify, spotify], [spotify, spotify]).newRows).toEqual([]);
    expect(planBankImport([], [spotify, spotify]).newRows).toEqual([0, 1]);
  });

  it('uses the running balance to tell same-day identical rows apart', () => {
    const a = row('2025-01-20', -4_900, 'SPOTIFY', 10_000);
    const b = row('2025-01-20', -4_900, 'SPOTIFY', 5_100);
    const plan = planBankImport([b], [a, b]);
    expect(plan.decisions).toEqual([
      { index: 0, kind: 'new' },
      { index: 1, kind: 'duplicate', existing: 0, shiftedDays: 0 },
    ]);
    // a balance on one side only does not prevent the match
    expect(planBankImport([row('2025-01-20', -4_900, 'SPOTIFY')], [a]).newRows).toEqual([]);
  });

  it('never merges rows whose bank ids differ (camt AcctSvcrRef)', () => {
    const a = { ...row('2026-03-05', 125_000, 'BG INBETALNING'), bankId: 'A1' };
    const b = { ...row('2026-03-05', 125_000, 'BG INBETALNING'), bankId: 'B2' };
    expect(planBankImport([a], [a, b]).newRows).toEqual([1]);
    expect(planBankImport([a], [{ ...b, bookingDate: '2026-03-06' as IsoDate }, row('2026-03-01', 1, 'x')]).newRows).toEqual([0, 1]);
  });

  it('compares text case- and space-insensitively', () => {
    expect(planBankImport([row('2025-01-20', -4_900, 'Spotify  AB')], [row('2025-01-20', -4_900, ' SPOTIFY AB')]).newRows).toEqual([]);
  });

  it('matches a re-dated row only within the tolerance and inside the new file’s span', () => {
    const existing = [row('2025-01-29', -2_000, 'PARKERING')];
    // the new file starts 02-01: an existing 01-29 row outside its span is never consumed
    expect(planBankImport(existing, [row('2025-02-01', -2_000, 'PARKERING'), row('2025-02-20', -100, 'X')]).newRows).toEqual([0, 1]);
    // inside the span and within 3 days: the same row, re-dated
    const plan = planBankImport(existing, [row('2025-01-15', -100, 'X'), row('2025-02-01', -2_000, 'PARKERING')]);
    expect(plan.decisions[1]).toEqual({ index: 1, kind: 'duplicate', existing: 0, shiftedDays: 3 });
    expect(planBankImport(existing, [row('2025-01-15', -100, 'X'), row('2025-02-02', -2_000, 'PARKERING')]).newRows).toEqual([0, 1]);
    expect(planBankImport(existing, [row('2025-01-15', -100, 'X'), row('2025-02-01', -2_000, 'PARKERING')], { dateToleranceDays: 0 }).newRows).toEqual([0, 1]);
  });

  it('prefers exact matches over shifted ones (daily identical fees)', () => {
    const existing = [row('2025-01-30', -2_000, 'AVGIFT'), row('2025-01-31', -2_000, 'AVGIFT')];
    const incoming = [row('2025-01-30', -2_000, 'AVGIFT'), row('2025-01-31', -2_000, 'AVGIFT'), row('2025-02-01', -2_000, 'AVGIFT')];
    expect(planBankImport(existing, incoming).newRows).toEqual([2]);
  });
});
