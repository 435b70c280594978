import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import { vatReturnFigures } from '../../../shared/domain/vat/boxes.js';
import { settlementLines } from '../../../shared/domain/vat/settlement.js';
import { vatLines } from './lines.js';

describe('settlementLines (momsomföring)', () => {
  it('reproduces the reference example: 2650 gets the whole-krona 49, 3740 the öre', () => {
    // formats-and-vat.md §2.7: 10 = 25 000, 30 = 2 500, 48 = trunc(7 499,70) = 7 499, 49 = 20 001.
    const lines = vatLines([['2611', '-25 000,40'], ['2614', '-2 500'], ['2641', '4 999,70'], ['2645', '2 500']]);
    const f = vatReturnFigures(lines);
    expect([f.rounded['10'], f.rounded['30'], f.rounded['48'], f.rounded['49']]).toEqual([2500000, 250000, 749900, 2000100]);
    expect(settlementLines(lines, f.rounded)).toEqual([
      { account: '2611', amount: 2500040 },
      { account: '2614', amount: 250000 },
      { account: '2641', amount: -499970 },
      { account: '2645', amount: -250000 },
      { account: '2650', amount: -2000100 },
      { account: '3740', amount: 30 },
    ]);
  });

  it('debits 2650 on a refund and nets several lines per account; bases are not touched', () => {
    const lines = vatLines([['3001', '1 000'], ['2611', '250'], ['2641', '300,50'], ['2641', '199,75'], ['1930', '-1 750,25']]);
    const f = vatReturnFigures(lines);
    // 10 = −250, 48 = trunc(500,25) = 500, 49 = −750; exact net −750,25 → 3740 credit 0,25.
    expect(f.rounded['49']).toBe(-75000);
    const out = settlementLines(lines, f.rounded);
    expect(out).toEqual([
      { account: '2611', amount: -25000 },
      { account: '2641', amount: -50025 },
      { account: '2650', amount: 75000 },
      { account: '3740', amount: 25 },
    ]);
    expect(out.reduce((s, l) => s + l.amount, 0)).toBe(0);
  });

  it('C13: the reverse-charge pair cancels, nothing goes to 2650 or 3740', () => {
    const lines = vatLines([['4535', '250'], ['4598', '-250'], ['2645', '62,50'], ['2614', '-62,50']]);
    expect(settlementLines(lines, vatReturnFigures(lines).rounded)).toEqual([
      { account: '2614', amount: 6250 }, { account: '2645', amount: -6250 },
    ]);
  });

  it('is empty for a period without VAT, and honours other accounts (1650, 3741)', () => {
    expect(settlementLines([], vatReturnFigures([]).rounded)).toEqual([]);
    const lines = vatLines([['2641', '100,40']]);
    expect(settlementLines(lines, vatReturnFigures(lines).rounded, { settlement: '1650', rounding: '3741' })).toEqual([
      { account: '2641', amount: -10040 }, { account: '1650', amount: 10000 }, { account: '3741', amount: 40 },
    ]);
  });

  it('follows the stored code: a VAT-coded account outside the usual numbers is settled too', () => {
    const lines = [{ account: '2619', vatCode: 'output-25' as const, amount: ore(-1000) }];
    expect(settlementLines(lines, vatReturnFigures(lines).rounded)).toEqual([
      { account: '2619', amount: 1000 }, { account: '2650', amount: -1000 },
    ]);
  });
});
