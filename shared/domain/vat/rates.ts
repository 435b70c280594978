/**
 * Swedish VAT rates as data with validity dates (formats-and-vat.md §3). A rate is a decimal
 * string in percent so it goes straight into money/decimal.ts.
 */
import type { IsoDate } from '../dates/isoDate.js';
import type { Percent } from '../money/decimal.js';

/**
 * What is sold or bought, as far as the rate is concerned.
 * - standard: everything not listed elsewhere (25 %)
 * - reduced: hotel, camping and other 12 % supplies that are not food
 * - restaurant: restaurant and catering services (12 %, untouched by the 2026 food cut)
 * - food: livsmedel and non-alcoholic drinks, incl. take-away sold as goods
 * - low: books, newspapers, passenger transport, culture, sports (6 %)
 * - zero: exempt or zero-rated
 */
export type RateKind = 'standard' | 'reduced' | 'restaurant' | 'food' | 'low' | 'zero';

export const RATE_KINDS: readonly RateKind[] = ['standard', 'reduced', 'restaurant', 'food', 'low', 'zero'];

export interface RatePeriod {
  kind: RateKind;
  rate: Percent;
  /** First day the rate applies; null = since before any book this program keeps. */
  from: IsoDate | null;
  /** Last day the rate applies; null = until further notice. */
  to: IsoDate | null;
  source: string;
}

const d = (s: string) => s as IsoDate;

export const RATE_TABLE: readonly RatePeriod[] = [
  { kind: 'standard', rate: '25', from: null, to: null, source: 'ML 2023:200' },
  { kind: 'reduced', rate: '12', from: null, to: null, source: 'ML 2023:200' },
  { kind: 'restaurant', rate: '12', from: null, to: null, source: 'ML 2023:200; not covered by prop. 2025/26:55' },
  { kind: 'food', rate: '12', from: null, to: d('2026-03-31'), source: 'ML 2023:200' },
  { kind: 'food', rate: '6', from: d('2026-04-01'), to: d('2027-12-31'), source: 'prop. 2025/26:55' },
  // Assumed return to 12 % when the temporary cut ends (formats-and-vat.md §3.2, UNCERTAIN).
  { kind: 'food', rate: '12', from: d('2028-01-01'), to: null, source: 'assumed end of prop. 2025/26:55' },
  { kind: 'low', rate: '6', from: null, to: null, source: 'ML 2023:200' },
  { kind: 'zero', rate: '0', from: null, to: null, source: 'ML 2023:200' },
];

/**
 * The rate of a kind on a date (the date of the supply: invoice or receipt date).
 * @example rateOn('food', '2026-04-01') // '6'
 */
export function rateOn(kind: RateKind, date: IsoDate): Percent {
  for (const p of RATE_TABLE) {
    if (p.kind === kind && (p.from === null || p.from <= date) && (p.to === null || date <= p.to)) return p.rate;
  }
  // The table covers every date for every kind; reaching here is a broken table.
  throw new RangeError(`no VAT rate for ${kind} on ${date}`);
}

/** The rates a company can meet on a date, highest first, e.g. ['25', '12', '6']. */
export function ratesInForce(date: IsoDate): Percent[] {
  const set = new Set(RATE_KINDS.filter((k) => k !== 'zero').map((k) => rateOn(k, date)));
  return [...set].sort((a, b) => Number(b) - Number(a));
}
