/**
 * Which VAT rate a printed VAT amount belongs to, decided by arithmetic on öre (decimal.js via
 * money/decimal.ts, never floats). A rate printed as a share of the gross ("momssats 20 %" on
 * 57,51 with moms 11,50) is the 25 % rate expressed on the price including VAT.
 */
import { percentOf, vatOfGross } from '../money/decimal.js';
import { type Ore, ore } from '../money/ore.js';

/** Rates a Swedish receipt can carry (the 0 % of stamps and exempt goods included). */
export const SWEDISH_RATES = ['25', '12', '6'] as const;

/**
 * How far a VAT amount may be from net·rate: receipts sum VAT per item, each item rounded, so a
 * long receipt drifts a few öre (ICA: 1 858,39 at 12 % prints 223,03, not 223,01).
 */
export function vatTolerance(vat: Ore): number {
  return Math.max(3, Math.ceil(Math.abs(vat) / 500));
}

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

/** Does `vat` fit `rate` given the net and/or gross printed beside it? */
export function fitsRate(rate: string, vat: Ore, net: Ore | null, gross: Ore | null): boolean {
  const tol = vatTolerance(vat);
  if (rate === '0') return vat === 0;
  if (net !== null) return near(percentOf(net, rate), vat, tol);
  if (gross !== null) return near(vatOfGross(gross, rate), vat, tol);
  return false;
}

export interface RateDecision {
  rate: string | null;
  /** The amounts agree with the rate decided (and with the printed one, read as net or gross share). */
  consistent: boolean;
}

/**
 * The rate of one VAT row from what is printed: the printed rate if the amounts fit it, else the
 * Swedish rate the printed gross share stands for, else the Swedish rate the amounts fit.
 * @example decideRate('20', ore(1150), ore(4601), ore(5751)) // { rate: '25', consistent: true }
 */
export function decideRate(printed: string | null, vat: Ore, net: Ore | null, gross: Ore | null): RateDecision {
  const g = gross ?? (net !== null ? ore(net + vat) : null);
  const n = net ?? (gross !== null ? ore(gross - vat) : null);
  if (printed !== null && fitsRate(printed, vat, n, g)) return { rate: printed, consistent: true };
  if (printed !== null && g !== null && printed !== '0' && near(percentOf(g, printed), vat, vatTolerance(vat))) {
    const r = SWEDISH_RATES.find((s) => fitsRate(s, vat, n, g));
    if (r) return { rate: r, consistent: true };
  }
  if (vat === 0 && (printed === '0' || printed === null) && (n !== null || g !== null)) return { rate: '0', consistent: true };
  const fit = SWEDISH_RATES.find((s) => fitsRate(s, vat, n, g));
  if (fit) return { rate: fit, consistent: printed === null };
  return { rate: printed, consistent: false };
}
