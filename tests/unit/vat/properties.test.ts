import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import { BOX_IDS } from '../../../shared/domain/vat/boxIds.js';
import { box49Of, roundBoxes, vatReturnFigures } from '../../../shared/domain/vat/boxes.js';
import { VAT_CODES } from '../../../shared/domain/vat/codes.js';
import { settlementLines } from '../../../shared/domain/vat/settlement.js';

const line = fc.record({
  account: fc.constantFrom('2611', '2621', '2631', '2614', '2615', '2641', '2645', '3001', '4535', '9999'),
  vatCode: fc.option(fc.constantFrom(...VAT_CODES), { nil: null }),
  amount: fc.integer({ min: -1e9, max: 1e9 }).map(ore),
});

describe('properties over random ledgers', () => {
  it('declared boxes are whole kronor toward zero, 07 ≥ 0, 49 from the declared boxes; rounding is idempotent', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      const { exact, rounded } = vatReturnFigures(lines);
      for (const b of BOX_IDS) {
        expect(rounded[b] % 100 === 0).toBe(true);
        if (b !== '49' && b !== '07') expect(Math.abs(rounded[b]) <= Math.abs(exact[b]) && Math.abs(exact[b] - rounded[b]) < 100).toBe(true);
      }
      expect(rounded['07']).toBeGreaterThanOrEqual(0);
      expect(rounded['49']).toBe(box49Of(rounded));
      expect(roundBoxes(rounded)).toEqual(rounded);
    }));
  });

  it('the momsomföring always balances and 3740 takes less than 10 kr (ten truncated VAT boxes)', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      const s = settlementLines(lines, vatReturnFigures(lines).rounded);
      expect(s.reduce((t, l) => t + l.amount, 0)).toBe(0);
      const rounding = s.find((l) => l.account === '3740')?.amount ?? 0;
      expect(Math.abs(rounding)).toBeLessThan(1000);
    }));
  });
});
