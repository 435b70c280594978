import type { Ore } from './ore.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

function split(x: Ore): { neg: boolean; kronor: string; ore: string } {
  const neg = x < 0;
  const abs = Math.abs(x);
  return { neg, kronor: String(Math.trunc(abs / 100)), ore: String(abs % 100).padStart(2, '0') };
}

/**
 * Swedish display form: NBSP thousands, decimal comma, U+2212 minus.
 * @example formatSv(ore(-123450)) // '−1 234,50'
 */
export function formatSv(x: Ore): string {
  const p = split(x);
  const grouped = p.kronor.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${p.neg ? MINUS : ''}${grouped},${p.ore}`;
}

/**
 * JSON form of the CLI contract: dot, exactly two decimals, no grouping, never `-0.00`.
 * @example toJsonAmount(ore(-123450)) // '-1234.50'
 */
export function toJsonAmount(x: Ore): string {
  const p = split(x);
  return `${p.neg ? '-' : ''}${p.kronor}.${p.ore}`;
}

/** Whole kronor truncated toward zero (tax figures such as VAT boxes). */
export function truncKronor(x: Ore): number {
  const k = Math.trunc(x / 100);
  return k === 0 ? 0 : k;
}
