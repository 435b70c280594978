import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyTemplate, templateFromLines } from '../../../shared/domain/templates/template.js';
import { BUILTIN_TEMPLATES } from '../../../shared/domain/templates/builtin.js';
import { carryForward } from '../../../shared/domain/closing/carryForward.js';
import { basChart } from '../../../shared/domain/accounts/chart.js';
import { ore, sumOre } from '../../../shared/domain/money/ore.js';

const tpl = (name: string) => {
  const t = BUILTIN_TEMPLATES.find((x) => x.name === name);
  if (!t) throw new Error(name);
  return t;
};

describe('konteringsmallar', () => {
  it('"Kontorsmaterial 25 %" with 1 250,00 gives 6110 1 000,00 / 2641 250,00 / 1930 −1 250,00', () => {
    const r = applyTemplate(tpl('Kontorsmaterial 25 %'), ore(125000));
    expect(r.ok && r.value).toEqual([{ account: '6110', amount: 100000 }, { account: '2641', amount: 25000 }, { account: '1930', amount: -125000 }]);
  });
  it('hotel 1 000,00 incl. 12 % books VAT 107,14 (case C15)', () => {
    const r = applyTemplate(tpl('Hotell 12 %'), ore(100000));
    expect(r.ok && r.value.find((l) => l.account === '2641')?.amount).toBe(10714);
  });
  it('about 25 templates ship, each on BAS accounts', () => {
    const bas = new Set(basChart().map((a) => a.number));
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(25);
    for (const t of BUILTIN_TEMPLATES) for (const l of t.lines) expect(bas.has(l.account), `${t.name}: ${l.account}`).toBe(true);
  });
  it('property: every built-in template balances for every total', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e10 }), (n) => BUILTIN_TEMPLATES.every((t) => {
      const r = applyTemplate(t, ore(n));
      return r.ok && sumOre(r.value.map((l) => l.amount)) === 0;
    })));
  });
});

describe('a template saved from a voucher', () => {
  const telia = templateFromLines('Telia', 'EF', [
    { account: '6212', amount: ore(40000) }, { account: '2641', amount: ore(10000) }, { account: '1930', amount: ore(-50000) }], 'Telia');
  it('stores rules, not fixed amounts: the VAT line is VAT of the total at 25 %, the cost line the rest', () => {
    expect(telia.lines).toEqual([{ account: '6212', rule: 'rest' }, { account: '2641', rule: 'vat', rate: '25', sign: 1 }, { account: '1930', rule: 'total', sign: -1 }]);
    expect(telia.counterparty).toBe('Telia');
  });
  it('scales: total 625 gives 500 / 125 / −625', () => {
    const r = applyTemplate(telia, ore(62500));
    expect(r.ok && r.value.map((l) => l.amount)).toEqual([50000, 12500, -62500]);
  });
  it('property: a saved voucher gives back its own lines at its total and balances for every total', () => {
    const line = fc.record({ account: fc.constantFrom('5410', '6110', '2641', '6570'), amount: fc.integer({ min: 1, max: 1e8 }) });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 1e10 }), (debits, n) => {
      const total = debits.reduce((a, l) => a + l.amount, 0);
      const lines = [...debits.map((l) => ({ account: l.account, amount: ore(l.amount) })), { account: '1930', amount: ore(-total) }];
      const t = templateFromLines('x', 'both', lines);
      const same = applyTemplate(t, ore(total));
      const other = applyTemplate(t, ore(n));
      return same.ok && JSON.stringify(same.value) === JSON.stringify(lines) && other.ok && sumOre(other.value.map((l) => l.amount)) === 0;
    }));
  });
});

describe('carrying the year forward (case C17)', () => {
  it('AB: the result on 2099 stands on 2098 in the new year, 2099 opens at zero', () => {
    const ib = carryForward([
      { account: '1930', statement: 'BR', closing: ore(14800000) }, { account: '2081', statement: 'BR', closing: ore(-10000000) },
      { account: '2099', statement: 'BR', closing: ore(-4800000) },
    ], 'AB');
    expect(Object.fromEntries(ib)).toEqual({ '1930': 14800000, '2081': -10000000, '2098': -4800000 });
  });
  it('AB: a result never closed to 2099 also lands on 2098, never on 2099', () => {
    const ib = carryForward([
      { account: '1930', statement: 'BR', closing: ore(4800000) }, { account: '3001', statement: 'RR', closing: ore(-6000000) },
      { account: '5010', statement: 'RR', closing: ore(1200000) },
    ], 'AB');
    expect(Object.fromEntries(ib)).toEqual({ '1930': 4800000, '2098': -4800000 });
  });
  it('EF: 2013, 2018 and 2019 move into 2010 and the opening balances sum to zero', () => {
    const closing = [
      { account: '1930', statement: 'BR' as const, closing: ore(10000000) }, { account: '2010', statement: 'BR' as const, closing: ore(0) },
      { account: '2013', statement: 'BR' as const, closing: ore(6000000) }, { account: '2018', statement: 'BR' as const, closing: ore(-1000000) },
      { account: '2019', statement: 'BR' as const, closing: ore(-15000000) },
    ];
    const ib = carryForward(closing, 'EF');
    expect(Object.fromEntries(ib)).toEqual({ '1930': 10000000, '2010': -10000000 });
    expect(sumOre(ib.values())).toBe(0);
  });
});

describe('the BAS chart', () => {
  const chart = new Map(basChart().map((a) => [a.number, a]));
  it('carries type, normal balance, statement and VAT code', () => {
    expect(chart.size).toBe(1223);
    expect(chart.get('1930')).toMatchObject({ type: 'asset', normalBalance: 'debit', statement: 'BR', vatCode: null });
    expect(chart.get('1229')).toMatchObject({ type: 'asset', normalBalance: 'credit' });
    expect(chart.get('2641')).toMatchObject({ type: 'liability', normalBalance: 'debit', vatCode: 'input' });
    expect(chart.get('2013')).toMatchObject({ type: 'equity', normalBalance: 'debit' });
    expect(chart.get('3001')).toMatchObject({ type: 'income', normalBalance: 'credit', statement: 'RR', vatCode: 'sales-25' });
    expect(chart.get('3740')).toMatchObject({ normalBalance: 'debit' });
  });
});
