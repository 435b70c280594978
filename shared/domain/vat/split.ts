/**
 * Splitting amounts into net and VAT, with one documented rounding rule each (case C15):
 * - from a gross amount: VAT = gross − round(gross / (1 + r)), half away from zero, so
 *   net + VAT is always exactly the gross;
 * - from a base (sales net, reverse charge, import): VAT = round(base · r), half away from zero.
 * Negative amounts (credit notes) round symmetrically: split(−x) = −split(x).
 */
import { type Percent, percentOf, vatOfGross } from '../money/decimal.js';
import { type Ore, ore } from '../money/ore.js';

export interface NetVat {
  net: Ore;
  vat: Ore;
}

/**
 * Net and VAT contained in a gross amount.
 * @example splitGross(ore(100000), '12') // { net: 89286, vat: 10714 }
 */
export function splitGross(gross: Ore, rate: Percent): NetVat {
  const vat = vatOfGross(gross, rate);
  return { net: ore(gross - vat), vat };
}

/**
 * VAT on a base excluding VAT (sales priced net, reverse charge, import).
 * @example vatOnBase(ore(25000), '25') // 6250
 */
export function vatOnBase(base: Ore, rate: Percent): Ore {
  return percentOf(base, rate, 'half-up');
}

export interface RatePart {
  rate: Percent;
  gross: Ore;
}

export interface RateSplit extends NetVat {
  rate: Percent;
  gross: Ore;
}

/**
 * A mixed-rate receipt or invoice: the gross amounts are summed per rate first and each rate is
 * split once, so three lines 33,33 + 33,33 + 33,34 at 25 % give VAT 20,00, and the parts add up
 * to the total to the öre. Rates keep the order of their first appearance.
 * @example splitMixedGross([{ rate: '25', gross: ore(12500) }, { rate: '12', gross: ore(11200) }])
 *   // [{ rate: '25', gross: 12500, net: 10000, vat: 2500 }, { rate: '12', gross: 11200, net: 10000, vat: 1200 }]
 */
export function splitMixedGross(parts: readonly RatePart[]): RateSplit[] {
  const byRate = new Map<string, number>();
  for (const p of parts) {
    const key = normalRate(p.rate);
    byRate.set(key, (byRate.get(key) ?? 0) + p.gross);
  }
  return [...byRate].map(([rate, g]) => {
    const gross = ore(g);
    return { rate, gross, ...splitGross(gross, rate) };
  });
}

/** '25.00' and '25' are the same rate. */
function normalRate(rate: Percent): Percent {
  return rate.includes('.') ? rate.replace(/\.?0+$/, '') || '0' : rate;
}
