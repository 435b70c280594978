import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, sumOre } from '../../../shared/domain/money/ore.js';
import { vatReturnFigures } from '../../../shared/domain/vat/boxes.js';
import { defaultVatCode } from '../../../shared/domain/vat/codes.js';
import { boxDelta, deltaMessage } from '../../../shared/domain/vat/changed.js';
import { type ReverseChargeKind, reverseChargeLines } from '../../../shared/domain/vat/reverseCharge.js';
import { representationLines } from '../../../shared/domain/vat/representation.js';
import { isSettlementVoucher } from '../../../shared/domain/vat/settlement.js';
import { grossSplitLines, rateAndSideOf } from '../../../shared/domain/vat/splitLines.js';
import { vatLines } from './lines.js';

const KINDS: ReverseChargeKind[] = ['eu-goods', 'eu-services', 'non-eu-services', 'import', 'construction', 'domestic-goods'];
const BASE_BOX = { 'eu-goods': '20', 'eu-services': '21', 'non-eu-services': '22', import: '50', construction: '24', 'domestic-goods': '23' } as const;

describe('reverseChargeLines', () => {
  it('books the base pair and 12 % on top for EU food goods', () => {
    const r = reverseChargeLines({ kind: 'eu-goods', base: ore(100000), rate: '12', payAccount: '2440' });
    expect(r.ok && r.value.lines.map((l) => [l.account, l.amount])).toEqual([['4516', 100000], ['2440', -100000], ['2624', -12000], ['2645', 12000]]);
  });

  it('property: for every kind, rate and base the voucher balances, the base lands in its box and 49 is 0', () => {
    fc.assert(fc.property(fc.constantFrom(...KINDS), fc.constantFrom('25', '12', '6'), fc.integer({ min: 1, max: 1e9 }), fc.boolean(), (kind, rate, base, cost) => {
      const r = reverseChargeLines({ kind, rate: rate as '25', base: ore(base), payAccount: '1930', ...(cost ? { costAccount: '6540' } : {}) });
      if (!r.ok) return false;
      const lines = r.value.lines.map((l) => ({ account: l.account, amount: l.amount, vatCode: l.vatCode === undefined ? defaultVatCode(l.account) : l.vatCode }));
      const f = vatReturnFigures(lines);
      return sumOre(lines.map((l) => l.amount)) === 0 && f.exact[BASE_BOX[kind]] === base && f.exact['49'] === 0;
    }));
  });
});

describe('representationLines', () => {
  it('caps the deductible VAT at 300 kr per participant; a small lunch keeps all its VAT', () => {
    const big = representationLines({ gross: ore(240000), rate: '12', participants: ['A', 'B', 'C', 'D'], purpose: 'Avtal' });
    expect(big.lines).toEqual([{ account: '6072', amount: 225600 }, { account: '2641', amount: 14400 }, { account: '1930', amount: -240000 }]);
    const small = representationLines({ gross: ore(56000), rate: '12', participants: ['A', 'B'], purpose: 'Kundmöte', costAccount: '6071' });
    expect(small.lines).toEqual([{ account: '6071', amount: 50000 }, { account: '2641', amount: 6000 }, { account: '1930', amount: -56000 }]);
    expect(small.text).toBe('Representation: Kundmöte. Deltagare (2): A, B');
  });
});

describe('grossSplitLines', () => {
  it('credits a sale, debits a purchase, mirrors a credit note', () => {
    expect(grossSplitLines(ore(112000), { rate: '12', side: 'sale', account: '3002' }).lines).toEqual([{ account: '3002', amount: -100000 }, { account: '2621', amount: -12000 }]);
    expect(grossSplitLines(ore(-12500), { rate: '25', side: 'purchase', account: '6110' }).lines).toEqual([{ account: '6110', amount: -10000 }, { account: '2641', amount: -2500 }]);
    expect(grossSplitLines(ore(10000), { rate: '0', side: 'sale', account: '3004' }).lines).toEqual([{ account: '3004', amount: -10000 }]);
    expect([rateAndSideOf('sales-12'), rateAndSideOf('eu-goods-25'), rateAndSideOf('input')]).toEqual([{ rate: '12', side: 'sale' }, { rate: '25', side: 'purchase' }, null]);
  });
});

describe('isSettlementVoucher', () => {
  const coded = (rows: [string, string][]) => vatLines(rows).map(({ account, vatCode }) => ({ account, vatCode }));
  it('is a voucher on 2650/1650 whose coded lines are all VAT amounts', () => {
    expect(isSettlementVoucher(coded([['2611', '250'], ['2641', '-50'], ['2650', '-200']]))).toBe(true);
    expect(isSettlementVoucher(coded([['2641', '-50'], ['1650', '50']]))).toBe(true);
    expect(isSettlementVoucher(coded([['2650', '200'], ['1630', '-200']]))).toBe(false);
    expect(isSettlementVoucher(coded([['2611', '250'], ['3001', '1000'], ['2650', '-1250']]))).toBe(false);
    expect(isSettlementVoucher(coded([['2611', '250'], ['1930', '-250']]))).toBe(false);
  });
});

describe('boxDelta', () => {
  it('lists live − filed per differing box, and says so in box order', () => {
    const filed = vatReturnFigures(vatLines([['3001', '-1000'], ['2611', '-250']])).rounded;
    const live = vatReturnFigures(vatLines([['3001', '-2000'], ['2611', '-500']])).rounded;
    const delta = boxDelta(filed, live);
    expect(delta).toEqual({ '05': 100000, '10': 25000, '49': 25000 });
    expect(deltaMessage(delta)).toMatch(/^Ändrat efter rapportering: ruta 05, 10, 49 skiljer/);
    expect(boxDelta(live, live)).toEqual({});
    expect(deltaMessage({})).toBe('');
  });
});
