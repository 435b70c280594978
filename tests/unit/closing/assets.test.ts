/**
 * Assets at year end. The reference (yearend-law-bas.md §4.1–4.3) gives the direct write-off of
 * inventarier below half a prisbasbelopp and the 78xx / xx19–xx29 booking, but not how months are
 * counted in the first year. The module (and these tests) use straight line per whole month,
 * counting the month of acquisition in full (an asset bought 15 January depreciates 12/36 of a
 * three-year cost in its first calendar year); this is the code's convention, not the reference's.
 * Half a prisbasbelopp: 2025 58 800 / 2 = 29 400 kr, 2024 57 300 / 2 = 28 650 kr (rates.ts; the
 * amounts themselves are not in the reference). "Below" is strict (IL 18:4 "understiger").
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { AssetAnswer } from '../../../shared/domain/closing/answers.js';
import { halfPrisbasbelopp } from '../../../shared/domain/closing/rates.js';
import { type AssetYear, DIRECT_WRITE_OFF_ACCOUNT, assetVouchers, assetYear, defaultAccumulatedAccount, defaultDepreciationAccount } from '../../../shared/domain/closing/assets.js';

const d = (s: string) => s as IsoDate;
const fy2025 = { start: d('2025-01-01'), end: d('2025-12-31') };
const asset = (x: Partial<AssetAnswer>): AssetAnswer => ({ id: 'a', name: 'Maskin', acquired: d('2025-01-15'), cost: ore(3600000), lifeYears: 3, method: 'plan', assetAccount: '1220', ...x });
const year = (a: AssetAnswer, fy = fy2025): AssetYear => {
  const r = assetYear(a, fy, halfPrisbasbelopp);
  if (!r.ok) throw new Error(r.problems.map((p) => p.code).join());
  return r.value;
};
const figures = (y: AssetYear) => [y.method, y.accumulatedBefore, y.amount, y.accumulatedAfter, y.bookValueAfter];

describe('default accounts', () => {
  it('accumulated depreciation is the group\'s xx9 account', () => {
    expect(defaultAccumulatedAccount('1220')).toBe('1229');
    expect(defaultAccumulatedAccount('1250')).toBe('1259');
    expect(defaultAccumulatedAccount('1110')).toBe('1119');
  });
  it('depreciation accounts follow BAS 2025 names (7831–7839, 7820 buildings, 7810 intangibles)', () => {
    expect(['1210', '1220', '1230', '1240', '1250', '1260', '1290'].map(defaultDepreciationAccount)).toEqual(['7831', '7832', '7833', '7834', '7835', '7836', '7839']);
    expect(defaultDepreciationAccount('1110')).toBe('7820');
    expect(defaultDepreciationAccount('1020')).toBe('7810');
    expect(defaultDepreciationAccount('1280')).toBe('7830');
  });
});

describe('assetYear: depreciation according to plan', () => {
  it('documented: a 36 000 kr computer bought 2025-01-15 over 3 years → 12 000 kr in 2025', () => {
    const y = year(asset({ assetAccount: '1250', name: 'Dator' }));
    expect(figures(y)).toEqual(['plan', 0, 1200000, 1200000, 2400000]);
    expect([y.accumulatedAccount, y.depreciationAccount]).toEqual(['1259', '7835']);
  });
  it('bought 1 July: six months of a five-year 100 000 kr machine → 10 000 kr', () => {
    expect(figures(year(asset({ acquired: d('2025-07-01'), cost: ore(10000000), lifeYears: 5 })))).toEqual(['plan', 0, 1000000, 1000000, 9000000]);
  });
  it('bought 31 December: the whole month counts → 1/60 of 60 000 kr = 1 000 kr', () => {
    expect(figures(year(asset({ acquired: d('2025-12-31'), cost: ore(6000000), lifeYears: 5 })))).toEqual(['plan', 0, 100000, 100000, 5900000]);
  });
  it('second year: bought 2024-10-15, 60 000 kr over 5 years → 3 months (3 000) before, 12 months (12 000) this year', () => {
    expect(figures(year(asset({ acquired: d('2024-10-15'), cost: ore(6000000), lifeYears: 5 })))).toEqual(['plan', 300000, 1200000, 1500000, 4500000]);
  });
  it('last year of the plan: bought 2023-07-01, 36 000 kr over 3 years → 18 months before, 12 this year, 6 left', () => {
    expect(figures(year(asset({ acquired: d('2023-07-01'), lifeYears: 3 })))).toEqual(['plan', 1800000, 1200000, 3000000, 600000]);
  });
  it('plan ends mid-year: bought 2022-07-01 over 3 years → only January–June 2025 (6 000 kr), book value 0', () => {
    expect(figures(year(asset({ acquired: d('2022-07-01'), lifeYears: 3 })))).toEqual(['plan', 3000000, 600000, 3600000, 0]);
  });
  it('fully depreciated: bought 2020-01-10 over 5 years → nothing this year, book value 0', () => {
    expect(figures(year(asset({ acquired: d('2020-01-10'), cost: ore(5000000), lifeYears: 5 })))).toEqual(['plan', 5000000, 0, 5000000, 0]);
  });
  it('öre rounding: 10 000 kr over 3 years, 1 month → 277,78 kr (half-up)', () => {
    expect(year(asset({ acquired: d('2025-12-01'), cost: ore(1000000), lifeYears: 3 })).amount).toBe(27778);
  });
  it('broken fiscal year July 2025 – June 2026, bought 2025-09-20, 48 000 kr over 4 years → September–June = 10 months = 10 000 kr', () => {
    expect(figures(year(asset({ acquired: d('2025-09-20'), cost: ore(4800000), lifeYears: 4 }), { start: d('2025-07-01'), end: d('2026-06-30') })))
      .toEqual(['plan', 0, 1000000, 1000000, 3800000]);
  });
  it('bought after the fiscal year: nothing', () => {
    expect(figures(year(asset({ acquired: d('2026-02-01') })))).toEqual(['plan', 0, 0, 0, 3600000]);
  });
  it('explicit accounts are kept', () => {
    const y = year(asset({ accumulatedAccount: '1249', depreciationAccount: '7834', assetAccount: '1240' }));
    expect([y.accumulatedAccount, y.depreciationAccount]).toEqual(['1249', '7834']);
  });
});

describe('assetYear: direct write-off below half a prisbasbelopp', () => {
  it('auto, 2025: 29 399 kr is below 29 400 kr → written off in full', () => {
    const y = year(asset({ method: 'auto', acquired: d('2025-03-10'), cost: ore(2939900), lifeYears: 5 }));
    expect(figures(y)).toEqual(['direct', 0, 2939900, 2939900, 0]);
  });
  it('auto, 2025: exactly 29 400 kr is not below → plan (10 months of 5 years = 4 900 kr)', () => {
    expect(figures(year(asset({ method: 'auto', acquired: d('2025-03-10'), cost: ore(2940000), lifeYears: 5 })))).toEqual(['plan', 0, 490000, 490000, 2450000]);
  });
  it('auto, 2025: 29 401 kr → plan, 10/60 = 4 900,17 kr', () => {
    expect(year(asset({ method: 'auto', acquired: d('2025-03-10'), cost: ore(2940100), lifeYears: 5 })).amount).toBe(490017);
  });
  it('the acquisition year\'s prisbasbelopp decides: 29 000 kr is plan in 2024 (limit 28 650) but direct in 2025', () => {
    const fy2024 = { start: d('2024-01-01'), end: d('2024-12-31') };
    expect(year(asset({ method: 'auto', acquired: d('2024-06-01'), cost: ore(2900000), lifeYears: 5 }), fy2024).method).toBe('plan');
    expect(year(asset({ method: 'auto', acquired: d('2025-06-01'), cost: ore(2900000), lifeYears: 5 })).method).toBe('direct');
  });
  it('a direct write-off from an earlier year: all of it before, nothing this year', () => {
    expect(figures(year(asset({ method: 'direct', acquired: d('2024-05-01'), cost: ore(1500000) })))).toEqual(['direct', 1500000, 0, 1500000, 0]);
  });
  it('no prisbasbelopp for the year: an error asking for plan or direct', () => {
    const r = assetYear(asset({ method: 'auto', acquired: d('2019-05-01') }), fy2025, halfPrisbasbelopp, 3);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.code, p.path])).toEqual([['closing-prisbasbelopp-missing', 'assets.3.method']]);
  });
  it('a non-asset account is refused', () => {
    const r = assetYear(asset({ assetAccount: '1510' }), fy2025, halfPrisbasbelopp);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('closing-asset-account');
  });
});

describe('assetVouchers', () => {
  it('plan: 78xx debit / xx9 credit; direct: 5410 debit / asset account credit; zero amounts left out', () => {
    const ys = [
      year(asset({ id: 'd', name: 'Dator', assetAccount: '1250' })),
      year(asset({ id: 'm', name: 'Mobil', method: 'direct', acquired: d('2025-04-01'), cost: ore(1200000) })),
      year(asset({ id: 'o', name: 'Gammal', acquired: d('2020-01-10'), cost: ore(5000000), lifeYears: 5 })),
    ];
    const v = assetVouchers(ys, d('2025-12-31'));
    expect(v.plan).toEqual({ kind: 'depreciation', date: '2025-12-31', text: 'Avskrivningar enligt plan', lines: [
      { account: '7835', amount: 1200000, text: 'Dator' }, { account: '1259', amount: -1200000, text: 'Dator' }] });
    expect(DIRECT_WRITE_OFF_ACCOUNT).toBe('5410');
    expect(v.direct).toEqual({ kind: 'direct-write-off', date: '2025-12-31', text: 'Direktavskrivning av inventarier av mindre värde', lines: [
      { account: '5410', amount: 1200000, text: 'Mobil' }, { account: '1220', amount: -1200000, text: 'Mobil' }] });
  });
  it('nothing to book: both null', () => {
    expect(assetVouchers([year(asset({ acquired: d('2020-01-10'), lifeYears: 3 }))], d('2025-12-31'))).toEqual({ plan: null, direct: null });
  });
});
