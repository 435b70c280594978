/**
 * Periodiseringsfonder. Reference: AB max 25 % (yearend-law-bas.md §4.2 step 5, booked 8811/21xx,
 * återföring 21xx/8819), EF max 30 % of R33 on NE page 2 only (§2.2 R34, §6). The reference names
 * the schablonintäkt (INK2S 4.6a) but not its formula; the module's rule, tested here, is funds at
 * the start of the year × 72 % × statslåneräntan of 30 November the year before, whole kronor down
 * (IL 30:6 a), and reversal at the latest in the sixth year after the avsättning (IL 30:7) — both
 * outside the reference. By hand: 100 000 × 0,72 × 1,96 % = 1 411,20 → 1 411.
 */
import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import type { AccountBalance } from '../../../shared/domain/sru/mapping.js';
import { NE_ADJUSTMENT_DEFAULTS, nePage2 } from '../../../shared/domain/sru/nePage2.js';
import { fundAccountFor, fundYear, funds, mandatoryReversals, schablonintakt } from '../../../shared/domain/closing/periodiseringsfond.js';

const b = (account: string, name: string, balance: number): AccountBalance => ({ account, name, balance: ore(balance) });

describe('fundYear', () => {
  it('reads the year from the account name', () => {
    expect(fundYear('Periodiseringsfond 2025')).toBe(2025);
    expect(fundYear('Periodiseringsfond 2025 - nr 2')).toBe(2025);
    expect(fundYear('Periodiseringsfond 1999')).toBe(1999);
    expect(fundYear('Periodiseringsfonder')).toBeNull();
  });
});

describe('funds', () => {
  it('only non-zero 2110–2139 balances, credit shown positive', () => {
    const fs = funds([
      b('2119', 'Periodiseringsfond 2019', -2000000), b('2123', 'Periodiseringsfond 2023', -1000000), b('2124', 'Periodiseringsfond 2024', 0),
      b('2139', 'Periodiseringsfond 2019 - nr 2', -50000), b('2150', 'Ackumulerade överavskrivningar', -700000), b('2099', 'Årets resultat', -100),
    ]);
    expect(fs).toEqual([
      { account: '2119', name: 'Periodiseringsfond 2019', year: 2019, amount: 2000000 },
      { account: '2123', name: 'Periodiseringsfond 2023', year: 2023, amount: 1000000 },
      { account: '2139', name: 'Periodiseringsfond 2019 - nr 2', year: 2019, amount: 50000 },
    ]);
  });
});

describe('mandatoryReversals (sixth year after the avsättning)', () => {
  const fs = funds([b('2118', 'Periodiseringsfond 2018', -100), b('2119', 'Periodiseringsfond 2019', -200), b('2120', 'Periodiseringsfond 2020', -300), b('2121', 'Fond utan år', -400)]);
  it('tax year 2025: the 2019 fund (2019 + 6) and an overdue 2018 fund, not 2020 or a fund without a year', () => {
    expect(mandatoryReversals(fs, 2025).map((f) => f.account)).toEqual(['2118', '2119']);
  });
  it('tax year 2026: the 2020 fund becomes due as well', () => {
    expect(mandatoryReversals(fs, 2026).map((f) => f.account)).toEqual(['2118', '2119', '2120']);
  });
  it('tax year 2024: only 2018', () => {
    expect(mandatoryReversals(fs, 2024).map((f) => f.account)).toEqual(['2118']);
  });
});

describe('fundAccountFor', () => {
  const accounts = [{ number: '2135', name: 'Periodiseringsfond 2025 - nr 2' }, { number: '2125', name: 'Periodiseringsfond 2025' }, { number: '2124', name: 'Periodiseringsfond 2024' }];
  it('documented: the year\'s first account when it is empty', () => {
    expect(fundAccountFor(2025, accounts, [])).toBe('2125');
  });
  it('"nr 2" when the first already holds money', () => {
    expect(fundAccountFor(2025, accounts, [b('2125', 'Periodiseringsfond 2025', -1000000)])).toBe('2135');
  });
  it('null when both are used or the year has no account', () => {
    expect(fundAccountFor(2025, accounts, [b('2125', 'x', -1), b('2135', 'x', -1)])).toBeNull();
    expect(fundAccountFor(2026, accounts, [])).toBeNull();
  });
});

describe('schablonintakt', () => {
  it('documented: 100 000 kr at 1,96 % → 1 411 kr', () => expect(schablonintakt(ore(10000000), '1.96')).toBe(1411));
  it('250 000 kr at 2,62 % → 250 000 × 0,72 × 2,62 % = 4 716 kr exactly', () => expect(schablonintakt(ore(25000000), '2.62')).toBe(4716));
  it('123 456,78 kr at 1,94 % → 1 724,44 → 1 724 kr (down)', () => expect(schablonintakt(ore(12345678), '1.94')).toBe(1724));
  it('no funds → 0', () => {
    expect(schablonintakt(ore(0), '1.96')).toBe(0);
    expect(schablonintakt(ore(-100), '1.96')).toBe(0);
  });
});

describe('EF maximum avsättning: 30 % of R33 (NE page 2)', () => {
  const ne = { ...NE_ADJUSTMENT_DEFAULTS, egenavgiftSchablon: false };
  it('R11 100 000 kr → R34 at most 30 000 kr', () => {
    expect(nePage2(100000, { ...ne, periodiseringsfondAllocation: 'max' }).R34).toBe(30000);
  });
  it('R11 123 457 kr → 37 037,1 → 37 037 kr; a wish above it is capped', () => {
    expect(nePage2(123457, { ...ne, periodiseringsfondAllocation: 'max' }).R34).toBe(37037);
    expect(nePage2(123457, { ...ne, periodiseringsfondAllocation: 50000 }).R34).toBe(37037);
    expect(nePage2(123457, { ...ne, periodiseringsfondAllocation: 10000 }).R34).toBe(10000);
  });
  it('a reversal (R32) is part of R33: 100 000 + 20 000 → max 36 000 kr', () => {
    expect(nePage2(100000, { ...ne, periodiseringsfondReversal: 20000, periodiseringsfondAllocation: 'max' }).R34).toBe(36000);
  });
  it('a loss → 0', () => expect(nePage2(-5000, { ...ne, periodiseringsfondAllocation: 'max' }).R34).toBe(0));
});
