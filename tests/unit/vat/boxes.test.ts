import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import { computeBoxes, lineContribution, roundBoxes, truncToKronor, vatReturnFigures } from '../../../shared/domain/vat/boxes.js';
import { vatLines } from './lines.js';

describe('computeBoxes: signs follow the code, not the account number', () => {
  it('sales and output VAT credits are positive; input VAT and purchase bases debits are positive', () => {
    const b = computeBoxes(vatLines([
      ['1510', '12 500'], ['3001', '-10 000'], ['2611', '-2 500'],
      ['4535', '1 000'], ['4598', '-1 000'], ['2645', '250'], ['2614', '-250'],
      ['2641', '400'], ['1930', '-400'],
    ]));
    expect(b['05']).toBe(1000000);
    expect(b['10']).toBe(250000);
    expect(b['21']).toBe(100000);
    expect(b['30']).toBe(25000);
    expect(b['48']).toBe(65000);
    expect(b['49']).toBe(250000 + 25000 - 65000);
  });

  it('a user-added 3013 coded sales-6 lands in 05, its VAT in 12 (C12)', () => {
    const b = roundBoxes(computeBoxes(vatLines([['1930', '1 060'], ['3013', '-1 000', 'sales-6'], ['2631', '-60']])));
    expect([b['05'], b['12'], b['49']]).toEqual([100000, 6000, 6000]);
  });

  it('an account without code is ignored, whatever its number', () => {
    expect(computeBoxes(vatLines([['3001', '-500', null], ['2611', '-125', null]]))['49']).toBe(0);
  });

  it('lineContribution gives the drill-down box and signed amount', () => {
    expect(lineContribution({ account: '2641', vatCode: 'input', amount: ore(-2000) })).toEqual({ box: '48', amount: -2000 });
    expect(lineContribution({ account: '3001', vatCode: 'sales-25', amount: ore(-2000) })).toEqual({ box: '05', amount: 2000 });
    expect(lineContribution({ account: '1930', vatCode: null, amount: ore(-2000) })).toBeNull();
  });
});

describe('roundBoxes: whole kronor toward zero, 49 from the rounded boxes', () => {
  it('truncates toward zero on both signs', () => {
    expect([truncToKronor(ore(6250)), truncToKronor(ore(-6250)), truncToKronor(ore(99)), truncToKronor(ore(-99))]).toEqual([6200, -6200, 0, 0]);
    expect(Object.is(truncToKronor(ore(-99)), -0)).toBe(false);
  });

  it('computes 49 from the truncated boxes: 10 = 25,90 → 25, 48 = 20,95 → 20, 49 = 5 (not trunc(4,95))', () => {
    const f = vatReturnFigures(vatLines([['2611', '-25,90'], ['2641', '20,95']]));
    expect(f.exact['49']).toBe(495);
    expect([f.rounded['10'], f.rounded['48'], f.rounded['49']]).toEqual([2500, 2000, 500]);
  });

  it('C13: 62,50 both ways truncates to 62 and 62, so 49 = 0', () => {
    const f = vatReturnFigures(vatLines([['6540', '250'], ['1930', '-250'], ['4535', '250'], ['4598', '-250'], ['2645', '62,50'], ['2614', '-62,50']]));
    expect([f.rounded['21'], f.rounded['30'], f.rounded['48'], f.rounded['49']]).toEqual([25000, 6200, 6200, 0]);
  });

  it('reports a negative box 07 total as 0 and keeps other negative boxes', () => {
    const f = vatReturnFigures(vatLines([['3212', '300'], ['3001', '1 000'], ['2611', '250']]));
    expect(f.exact['07']).toBe(-30000);
    expect(f.rounded['07']).toBe(0);
    expect(f.rounded['05']).toBe(-100000);
    expect(f.rounded['49']).toBe(-25000);
  });

  it('keeps all 29 boxes, zeros included', () => {
    expect(Object.keys(roundBoxes(computeBoxes([])))).toHaveLength(29);
  });
});
