/**
 * The whole year-end plan on small hand-made books (öre, debit positive). Worked by hand:
 *
 * AB, calendar 2025: sales 400 000, rent 100 000 → 300 000 kr. Opening fund "Periodiseringsfond
 * 2019" 20 000 kr must be reversed (2019 + 6 = 2025) → result 320 000. Schablonintäkt
 * 20 000 × 0,72 × 1,96 % = 282,24 → 282. Base 320 282; max avsättning 25 % = 80 070,50 → 80 070;
 * taxable 240 212 → 240 200; tax 20,6 % = 49 481,20 → 49 481. Årets resultat
 * 320 000 − 80 070 − 49 481 = 190 449 kr → 8999 / 2099.
 * The uppräkning of a reversed older fund (INK2S 4.6d) is an answer: the reference gives no
 * rate, so the plan warns when a fund from before 2021 is reversed and the answer is 0.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { AccountBalance } from '../../../shared/domain/sru/mapping.js';
import { answersTemplate } from '../../../shared/domain/closing/answerFields.js';
import type { YearEndAnswers } from '../../../shared/domain/closing/answers.js';
import { yearEndAnswersSchema } from '../../../shared/api/areas/closing.answers.js';
import { type PlanFacts, planYearEnd } from '../../../shared/domain/closing/yearEndPlan.js';
import { ink2s } from '../../../shared/domain/sru/ink2s.js';
import { sruCode } from '../../../shared/domain/sru/codes.js';

const d = (s: string) => s as IsoDate;
const b = (account: string, balance: number, name = account): AccountBalance => ({ account, name, balance: ore(balance) });
const answers = (form: 'EF' | 'AB'): YearEndAnswers => yearEndAnswersSchema.parse(answersTemplate(form, '2025-01-01'));
const rows = (v: { lines: { account: string; amount: number }[] }) => v.lines.map((l) => [l.account, l.amount]);

const fund = b('2119', -2000000, 'Periodiseringsfond 2019');
const abFacts: PlanFacts = {
  form: 'AB', vatMethod: 'faktura', fiscalYear: { start: d('2025-01-01'), end: d('2025-12-31') }, nextStart: d('2026-01-01'),
  balances: [b('1930', 32000000), b('2081', -2500000), fund, b('2091', -7500000), b('3001', -40000000), b('5010', 10000000)],
  opening: [b('1930', 12000000), b('2081', -2500000), fund, b('2091', -7500000)],
  accounts: [{ number: '2119', name: 'Periodiseringsfond 2019' }, { number: '2125', name: 'Periodiseringsfond 2025' }, { number: '2135', name: 'Periodiseringsfond 2025 - nr 2' }],
};

describe('planYearEnd: AB', () => {
  it('forced reversal of the 2019 fund, max avsättning, tax and the result, in that order', () => {
    const a = answers('AB');
    a.ab = { ...a.ab, periodiseringsfond: 'max' };
    const r = planYearEnd(abFacts, a);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value;
    expect(p.vouchers.map((v) => v.kind)).toEqual(['periodiseringsfond-reversal', 'periodiseringsfond', 'tax', 'result']);
    expect(rows(p.vouchers[0]!)).toEqual([['2119', 2000000], ['8819', -2000000]]);
    expect(rows(p.vouchers[1]!)).toEqual([['8811', 8007000], ['2125', -8007000]]);
    expect(rows(p.vouchers[2]!)).toEqual([['8910', 4948100], ['2512', -4948100]]);
    expect(rows(p.vouchers[3]!)).toEqual([['8999', 19044900], ['2099', -19044900]]);
    expect(p.tax).toMatchObject({ base: 320282, maxAllocation: 80070, allocation: 80070, taxable: 240212, taxBase: 240200, tax: 49481 });
    expect(p.adjustments.ink2s!.schablonintakt).toBe(282);
    expect(p.result).toBe(19044900);
    expect(p.reversals).toEqual([]);
    expect(p.vouchers.every((v) => v.date === '2025-12-31')).toBe(true);
  });

  it('no avsättning asked for: the reversal and tax on 320 282 → 320 200 × 20,6 % = 65 961,20 → 65 961', () => {
    const r = planYearEnd(abFacts, answers('AB'));
    expect(r.ok && r.value.vouchers.map((v) => v.kind)).toEqual(['periodiseringsfond-reversal', 'tax', 'result']);
    expect(r.ok && r.value.tax!.tax).toBe(65961);
    expect(r.ok && r.value.result).toBe(32000000 - 6596100);
  });

  it('reversing a fund from before 2021 warns about 4.6d until it is answered; the answer is taxed', () => {
    const warned = planYearEnd(abFacts, answers('AB'));
    expect(warned.ok && warned.value.warnings.some((w) => w.includes('INK2S 4.6d') && w.includes('2119 Periodiseringsfond 2019'))).toBe(true);
    const a = answers('AB');
    a.ab = { ...a.ab, reversalUplift: ore(120000) }; // 1 200 kr
    const r = planYearEnd(abFacts, a);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.warnings.some((w) => w.includes('4.6d'))).toBe(false);
    expect(r.value.adjustments.ink2s!.reversalUplift).toBe(1200);
    // 320 282 + 1 200 = 321 482 → 321 400 × 20,6 % = 66 208,40 → 66 208
    expect(r.value.tax).toMatchObject({ base: 321482, taxBase: 321400, tax: 66208 });
    expect(ink2s(100000, 20600, r.value.adjustments.ink2s!)['4.6d']).toBe(1200);
    expect(sruCode('INK2S', '4.6d')).toBe('7673');
  });

  it('an avsättning without a free "Periodiseringsfond 2025" account is an error', () => {
    const a = answers('AB');
    a.ab = { ...a.ab, periodiseringsfond: 'max' };
    const r = planYearEnd({ ...abFacts, accounts: [] }, a);
    expect(r.ok ? null : r.problems.map((x) => x.code)).toEqual(['closing-fund-account-missing']);
  });
});

describe('planYearEnd: EF with kontantmetoden', () => {
  const efFacts: PlanFacts = {
    form: 'EF', vatMethod: 'kontant', fiscalYear: { start: d('2025-01-01'), end: d('2025-12-31') }, nextStart: d('2026-01-01'),
    balances: [b('1930', 5000000), b('2010', -1000000), b('3001', -6000000), b('6110', 2000000)], opening: [b('1930', 1000000), b('2010', -1000000)], accounts: [],
  };
  it('accrual, depreciation, unpaid invoices, result 8999 → 2019; three vouchers reversed on 1 January', () => {
    const a = answers('EF');
    a.accruals = [{ text: 'Förutbetald hyra', account: '5010', balanceAccount: '1710', amount: ore(-300000) }];
    a.assets = [{ id: 'd', name: 'Dator', acquired: d('2025-01-15'), cost: ore(3600000), lifeYears: 3, method: 'plan', assetAccount: '1250' }];
    a.unpaidCustomerInvoices = [{ counterparty: 'Kund AB', gross: ore(1250000), vatRate: '25' }];
    a.unpaidSupplierInvoices = [{ counterparty: 'Lev AB', gross: ore(500000), vatRate: '25' }];
    const r = planYearEnd(efFacts, a);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.vouchers.map((v) => v.kind)).toEqual(['accruals', 'depreciation', 'unpaid-customers', 'unpaid-suppliers', 'result']);
    // 60 000 − 20 000 + 3 000 (prepaid rent) − 12 000 (depreciation) + 10 000 (sales) − 4 000 (purchase) = 37 000 kr.
    expect(r.value.result).toBe(3700000);
    expect(rows(r.value.vouchers.at(-1)!)).toEqual([['8999', 3700000], ['2019', -3700000]]);
    expect(r.value.reversals.map((v) => [v.kind, v.date])).toEqual([['accruals', '2026-01-01'], ['unpaid-customers', '2026-01-01'], ['unpaid-suppliers', '2026-01-01']]);
    expect(r.value.tax).toBeNull();
  });
  it('unpaid invoices with fakturametoden are refused', () => {
    const a = answers('EF');
    a.unpaidCustomerInvoices = [{ counterparty: 'Kund AB', gross: ore(1250000), vatRate: '25' }];
    const r = planYearEnd({ ...efFacts, vatMethod: 'faktura' }, a);
    expect(r.ok ? null : r.problems.map((x) => [x.code, x.path])).toEqual([['closing-not-kontant', 'unpaidCustomerInvoices']]);
  });
  it('problems from several steps are collected together', () => {
    const a = answers('EF');
    a.accruals = [{ text: 'x', account: '1930', balanceAccount: '1710', amount: ore(100) }];
    a.assets = [{ id: 'x', name: 'Gammal', acquired: d('2019-03-01'), cost: ore(100000), lifeYears: 5, method: 'auto', assetAccount: '1220' }];
    const r = planYearEnd(efFacts, a);
    expect(r.ok ? null : r.problems.map((x) => x.code)).toEqual(['closing-accrual-account', 'closing-prisbasbelopp-missing']);
  });
});
