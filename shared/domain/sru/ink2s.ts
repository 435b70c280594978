/**
 * INK2S (skattemässiga justeringar) and INK2 page 1 in whole kronor. The bokfört resultat flows
 * from INK2R 3.26/3.27 to 4.1/4.2; 4.15/4.16 move to INK2 1.1/1.2 (yearend-law-bas.md §3.1, §3.3).
 */

/** The adjustments Kontera fills, whole kronor ≥ 0. */
export interface Ink2sAdjustments {
  nonDeductible: number; // 4.3c
  otherCostsNotBooked: number; // 4.4b
  nonTaxable: number; // 4.5c
  schablonintakt: number; // 4.6a
  reversalUplift: number; // 4.6d
  otherIncomeNotBooked: number; // 4.6e
  otherPlus: number; // 4.13 +
  otherMinus: number; // 4.13 −
  previousDeficit: number; // 4.14a
}

/**
 * The taxable surplus before any avsättning to periodiseringsfond beyond what the books hold:
 * result + tax + 4.3c − 4.4b − 4.5c + 4.6a + 4.6d + 4.6e + 4.13 − 4.13 − 4.14a.
 * @example taxableSurplus(100000, 20600, { ...zero, nonDeductible: 500 }) // 121100
 */
export function taxableSurplus(result: number, tax: number, a: Ink2sAdjustments): number {
  return result + tax + a.nonDeductible - a.otherCostsNotBooked - a.nonTaxable + a.schablonintakt + a.reversalUplift + a.otherIncomeNotBooked
    + a.otherPlus - a.otherMinus - a.previousDeficit;
}

/**
 * INK2S rows (4.1–4.16) from årets resultat (profit positive), the booked tax (3.25) and the
 * adjustments; INK2 1.1/1.2 mirror 4.15/4.16.
 * @example ink2s(79400, 20600, zero)['4.15'] // 100000
 */
export function ink2s(result: number, tax: number, a: Ink2sAdjustments): Record<string, number> {
  const taxable = taxableSurplus(result, tax, a);
  return {
    '4.1': Math.max(0, result), '4.2': Math.max(0, -result), '4.3a': tax, '4.3c': a.nonDeductible, '4.4b': a.otherCostsNotBooked,
    '4.5c': a.nonTaxable, '4.6a': a.schablonintakt, '4.6d': a.reversalUplift, '4.6e': a.otherIncomeNotBooked, '4.13+': a.otherPlus, '4.13': a.otherMinus,
    '4.14a': a.previousDeficit, '4.15': Math.max(0, taxable), '4.16': Math.max(0, -taxable),
  };
}

export const ZERO_ADJUSTMENTS: Ink2sAdjustments = {
  nonDeductible: 0, otherCostsNotBooked: 0, nonTaxable: 0, schablonintakt: 0, reversalUplift: 0, otherIncomeNotBooked: 0, otherPlus: 0, otherMinus: 0, previousDeficit: 0,
};
