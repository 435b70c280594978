/**
 * Periodiseringar at year end (yearend-law-bas.md §4.2 step 2, §4.3): 17xx prepaid costs / accrued
 * income, 29xx accrued costs / prepaid income, reversed on the first day of the next year.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { accrualVoucher } from '../../../shared/domain/closing/accruals.js';
import { reversalOf } from '../../../shared/domain/closing/planned.js';

const d = (s: string) => s as IsoDate;

describe('accrualVoucher', () => {
  it('prepaid rent (5 000 kr January rent paid in December), accrued salary, accrued income: one pair of lines each', () => {
    const r = accrualVoucher([
      { text: 'Förutbetald hyra', account: '5010', balanceAccount: '1710', amount: ore(-500000) },
      { text: 'Upplupen lön', account: '7210', balanceAccount: '2910', amount: ore(2000000) },
      { text: 'Upplupen intäkt', account: '3001', balanceAccount: '1790', amount: ore(-300000) },
    ], d('2025-12-31'), d('2026-01-01'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ kind: 'accruals', date: '2025-12-31', reverseOn: '2026-01-01', text: 'Periodiseringar vid bokslut', lines: [
      { account: '5010', amount: -500000, text: 'Förutbetald hyra' }, { account: '1710', amount: 500000, text: 'Förutbetald hyra' },
      { account: '7210', amount: 2000000, text: 'Upplupen lön' }, { account: '2910', amount: -2000000, text: 'Upplupen lön' },
      { account: '3001', amount: -300000, text: 'Upplupen intäkt' }, { account: '1790', amount: 300000, text: 'Upplupen intäkt' },
    ] });
    expect(r.value!.lines.reduce((s, l) => s + l.amount, 0)).toBe(0);
  });

  it('the reversal on 1 January has the same accounts with opposite signs', () => {
    const r = accrualVoucher([{ text: 'Förutbetald hyra', account: '5010', balanceAccount: '1710', amount: ore(-500000) }], d('2025-12-31'), d('2026-01-01'));
    if (!r.ok || !r.value) throw new Error('expected a voucher');
    expect(reversalOf(r.value, r.value.reverseOn!)).toEqual({ kind: 'accruals', date: '2026-01-01', text: 'Återföring: Periodiseringar vid bokslut', lines: [
      { account: '5010', amount: 500000, text: 'Förutbetald hyra' }, { account: '1710', amount: -500000, text: 'Förutbetald hyra' }] });
  });

  it('broken year: dated on the year end, reversed on the next year\'s first day', () => {
    const r = accrualVoucher([{ text: 'Upplupen ränta', account: '8410', balanceAccount: '2960', amount: ore(120000) }], d('2026-06-30'), d('2026-07-01'));
    expect(r.ok && r.value ? [r.value.date, r.value.reverseOn] : null).toEqual(['2026-06-30', '2026-07-01']);
  });

  it('no accruals: null', () => {
    expect(accrualVoucher([], d('2025-12-31'), d('2026-01-01'))).toEqual({ ok: true, value: null });
  });

  it('a balance-sheet account as the result side and a non-interim counter account are both refused, with paths', () => {
    const r = accrualVoucher([
      { text: 'Fel', account: '1930', balanceAccount: '1710', amount: ore(100) },
      { text: 'Fel motkonto', account: '6110', balanceAccount: '2440', amount: ore(100) },
    ], d('2025-12-31'), d('2026-01-01'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.code, p.path])).toEqual([['closing-accrual-account', 'accruals.0.account'], ['closing-accrual-account', 'accruals.1.balanceAccount']]);
  });

  it('the limits: 3000 and 8999 are result accounts, 1700/1799/2900/2999 interim accounts; 9000 and 1800 are not', () => {
    const ok = accrualVoucher([
      { text: 'a', account: '3000', balanceAccount: '1700', amount: ore(1) }, { text: 'b', account: '8999', balanceAccount: '2999', amount: ore(1) },
      { text: 'c', account: '4000', balanceAccount: '1799', amount: ore(1) }, { text: 'd', account: '4000', balanceAccount: '2900', amount: ore(1) },
    ], d('2025-12-31'), d('2026-01-01'));
    expect(ok.ok).toBe(true);
    const bad = accrualVoucher([{ text: 'e', account: '9000', balanceAccount: '1800', amount: ore(1) }], d('2025-12-31'), d('2026-01-01'));
    expect(bad.ok ? 0 : bad.problems.length).toBe(2);
  });
});
