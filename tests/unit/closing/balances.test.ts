/** Year-end balances as the plan moves them (öre, debit positive). */
import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import type { AccountBalance } from '../../../shared/domain/sru/mapping.js';
import { applyLines, balanceOf, sumOf, yearResult } from '../../../shared/domain/closing/balances.js';

const b = (account: string, balance: number, name = account): AccountBalance => ({ account, name, balance: ore(balance) });

describe('applyLines', () => {
  it('documented: 1930 100 − 40 = 60', () => {
    expect(applyLines([b('1930', 100, 'Bank')], [{ account: '1930', amount: ore(-40) }], () => 'Bank')[0]!.balance).toBe(60);
  });
  it('new accounts are added with nameOf and the list is sorted by number; the input is not changed', () => {
    const before = [b('2610', -2500, 'Utgående moms'), b('1930', 10000, 'Bank')];
    const after = applyLines(before, [{ account: '1510', amount: ore(12500) }, { account: '1930', amount: ore(-10000) }, { account: '2611', amount: ore(-2500) }], (n) => `Konto ${n}`);
    expect(after).toEqual([b('1510', 12500, 'Konto 1510'), b('1930', 0, 'Bank'), b('2610', -2500, 'Utgående moms'), b('2611', -2500, 'Konto 2611')]);
    expect(before[1]!.balance).toBe(10000);
  });
});

describe('balanceOf and sumOf', () => {
  const bs = [b('1930', 10000), b('6072', 1050), b('6992', 950)];
  it('an absent account is 0', () => {
    expect(balanceOf(bs, '1930')).toBe(10000);
    expect(balanceOf(bs, '1910')).toBe(0);
  });
  it('sums only the listed accounts', () => {
    expect(sumOf(bs, ['6072', '6992', '7622'])).toBe(2000);
    expect(sumOf(bs, [])).toBe(0);
  });
});

describe('yearResult', () => {
  it('profit positive from 3000–8989; balance accounts and 899x ignored', () => {
    // Sales 5 000, rent 2 000, tax 500 → 2 500 kr profit.
    expect(yearResult([b('1930', 999999), b('2099', -1), b('3001', -500000), b('5010', 200000), b('8910', 50000), b('8999', 250000)])).toBe(250000);
  });
  it('a loss is negative', () => {
    expect(yearResult([b('3001', -100000), b('5010', 150000)])).toBe(-50000);
  });
  it('nothing booked: 0', () => expect(yearResult([])).toBe(0));
});
