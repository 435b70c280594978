/**
 * The only module that imports decimal.js. Rates, shares and divisions go through here, each with
 * an explicit rounding mode, so no float ever touches an amount.
 */
import { Decimal } from 'decimal.js';
import { type Ore, ore } from './ore.js';

const D = Decimal.clone({ precision: 40 });

export type Rounding = 'half-up' | 'half-even' | 'down';

const MODES: Record<Rounding, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
};

/** A rate or share written as a decimal string in percent, e.g. '25', '12', '6', '33.333'. */
export type Percent = string;

function toOre(d: Decimal, mode: Rounding): Ore {
  return ore(d.toDecimalPlaces(0, MODES[mode]).toNumber());
}

/**
 * The share `percent` of an amount, rounded (half away from zero by default).
 * @example percentOf(ore(100000), '25') // 25000
 */
export function percentOf(amount: Ore, percent: Percent, mode: Rounding = 'half-up'): Ore {
  return toOre(new D(amount).mul(new D(percent)).div(100), mode);
}

/**
 * The VAT contained in a gross amount: gross − round(gross / (1 + rate)). One rounding only, so
 * net + VAT always equals the gross (case C15: 1 000,00 incl. 12 % gives VAT 107,14).
 * @example vatOfGross(ore(100000), '12') // 10714
 */
export function vatOfGross(gross: Ore, ratePercent: Percent): Ore {
  const net = toOre(new D(gross).div(new D(1).add(new D(ratePercent).div(100))), 'half-up');
  return ore(gross - net);
}

/** a · num / den with one rounding; used for pro-rata splits. */
export function mulDiv(a: Ore, num: number | string, den: number | string, mode: Rounding = 'half-up'): Ore {
  return toOre(new D(a).mul(new D(num)).div(new D(den)), mode);
}

/** Parses a percent string strictly (0–100, up to 4 decimals). */
export function isPercent(s: string): boolean {
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(s)) return false;
  const d = new D(s);
  return d.gte(0) && d.lte(100);
}

/**
 * The exact sum of two percent strings (e.g. statslåneräntan + 6 percentage points).
 * @example addPercent('1.96', '6') // '7.96'
 */
export function addPercent(a: Percent, b: Percent): Percent {
  return new D(a).add(new D(b)).toFixed();
}

/**
 * A percent scaled by a factor, exact (e.g. 72 % of statslåneräntan).
 * @example scalePercent('1.96', '0.72') // '1.4112'
 */
export function scalePercent(p: Percent, factor: string): Percent {
  return new D(p).mul(new D(factor)).toFixed();
}

/**
 * part / whole as a percent string, rounded half-up to `decimals` places, trailing zeros dropped.
 * @example ratioPercent(ore(40000), ore(50000), 10) // '80'
 */
export function ratioPercent(part: Ore, whole: Ore, decimals: number): Percent {
  if (whole === 0) return '0';
  return new D(part).mul(100).div(new D(whole)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed();
}
