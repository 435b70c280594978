/**
 * Resolving the 'auto' tax answers. Non-deductible costs follow BAS's names (yearend-law-bas.md
 * §2.2 R13: 6072, 6982, 6992, 7622/7632, 8423) and non-taxable income 8314 (§2.2 R14, §3.3).
 * The AB schablonintäkt uses the funds in the opening balances (see periodiseringsfond.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import type { AccountBalance } from '../../../shared/domain/sru/mapping.js';
import { answersTemplate } from '../../../shared/domain/closing/answerFields.js';
import type { YearEndAnswers } from '../../../shared/domain/closing/answers.js';
import { yearEndAnswersSchema } from '../../../shared/api/areas/closing.answers.js';
import { NON_DEDUCTIBLE_ACCOUNTS, NON_TAXABLE_ACCOUNTS, autoAmounts, resolveAdjustments } from '../../../shared/domain/closing/adjustments.js';

const b = (account: string, balance: number, name = account): AccountBalance => ({ account, name, balance: ore(balance) });
const answers = (form: 'EF' | 'AB'): YearEndAnswers => yearEndAnswersSchema.parse(answersTemplate(form, '2025-01-01'));

describe('autoAmounts', () => {
  it('the account lists', () => {
    expect([...NON_DEDUCTIBLE_ACCOUNTS]).toEqual(['6072', '6982', '6992', '7622', '7632', '8423']);
    expect([...NON_TAXABLE_ACCOUNTS]).toEqual(['8314']);
  });
  it('representation 100,50 + övriga ej avdragsgilla 10,00 → 110 kr; skattefri ränta 50,99 → 50 kr (öre truncated)', () => {
    expect(autoAmounts([b('6072', 10050), b('6992', 1000), b('8314', -5099), b('6071', 99999)])).toEqual({ nonDeductible: 110, nonTaxable: 50 });
  });
  it('opposite signs never give negative adjustments', () => {
    expect(autoAmounts([b('6072', -5000), b('8314', 3000)])).toEqual({ nonDeductible: 0, nonTaxable: 0 });
  });
});

describe('resolveAdjustments: AB', () => {
  const opening = [b('2120', -10000000, 'Periodiseringsfond 2020'), b('1930', 10000000)];
  it('2025 with 100 000 kr in funds: statslåneräntan 1,96, schablonintäkt 1 411, rate 20,6, auto amounts from the books', () => {
    const r = resolveAdjustments('AB', answers('AB'), [b('6072', 10050), b('8314', -5099)], opening, 2025);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ ne: null, statslaneranta: '1.96', taxRate: '20.6', fundsAtStart: 100000, ink2s: {
      nonDeductible: 100, nonTaxable: 50, otherCostsNotBooked: 0, otherIncomeNotBooked: 0, reversalUplift: 0, otherPlus: 0, otherMinus: 0, previousDeficit: 0, schablonintakt: 1411 } });
  });
  it('an explicit rate and amounts in öre are used, truncated to whole kronor', () => {
    const a = answers('AB');
    a.ab = { ...a.ab, statslaneranta: '2.62', taxRate: '22', nonDeductible: ore(123499), previousDeficit: ore(1000099) };
    const r = resolveAdjustments('AB', a, [], opening, 2025);
    expect(r.ok && [r.value.statslaneranta, r.value.taxRate, r.value.ink2s!.schablonintakt, r.value.ink2s!.nonDeductible, r.value.ink2s!.previousDeficit]).toEqual(['2.62', '22', 1886, 1234, 10000]);
  });
  it('2027 has no statslåneränta in the table: an error when there are funds, none without', () => {
    const r = resolveAdjustments('AB', answers('AB'), [], opening, 2027);
    expect(r.ok ? null : r.problems.map((p) => [p.code, p.path])).toEqual([['closing-rate-missing', 'ab.statslaneranta']]);
    const r2 = resolveAdjustments('AB', answers('AB'), [], [], 2027);
    expect(r2.ok && [r2.value.statslaneranta, r2.value.ink2s!.schablonintakt, r2.value.fundsAtStart]).toEqual([null, 0, 0]);
  });
});

describe('resolveAdjustments: EF', () => {
  it('2025: NE answers with auto amounts and the table rate', () => {
    const r = resolveAdjustments('EF', answers('EF'), [b('6072', 20000)], [], 2025);
    expect(r.ok && [r.value.ink2s, r.value.taxRate, r.value.statslaneranta, r.value.ne!.statslaneranta, r.value.ne!.nonDeductible, r.value.ne!.nonTaxable]).toEqual([null, null, '1.96', '1.96', 200, 0]);
  });
  it('2027 without a kapitalunderlag: no rate needed (\'0\'); with one: an error', () => {
    const r = resolveAdjustments('EF', answers('EF'), [], [], 2027);
    expect(r.ok && [r.value.statslaneranta, r.value.ne!.statslaneranta]).toEqual([null, '0']);
    const a = answers('EF');
    a.ne = { ...a.ne, capitalBase: 200000 };
    const r2 = resolveAdjustments('EF', a, [], [], 2027);
    expect(r2.ok ? null : r2.problems.map((p) => [p.code, p.path])).toEqual([['closing-rate-missing', 'ne.statslaneranta']]);
  });
});
