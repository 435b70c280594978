import { type Ore, ore } from '../money/ore.js';
import { toJsonAmount } from '../money/format.js';

const AMOUNT = /^(-)?(?:(\d+)(?:\.(\d{0,2}))?|\.(\d{1,2}))$/;
const QUANTITY = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A SIE amount (`.` decimal, optional leading minus, at most two decimals, no grouping) in öre;
 * null for anything else. Never goes through a float.
 * @example parseSieAmount('-1234.5') // -123450
 */
export function parseSieAmount(text: string): Ore | null {
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const whole = m[2] ?? '0';
  const frac = (m[3] ?? m[4] ?? '').padEnd(2, '0');
  if (whole.length > 13) return null;
  const abs = Number(whole) * 100 + Number(frac);
  return ore(m[1] ? -abs : abs);
}

/** Why an amount was refused, in Swedish, for a message that names the line. */
export function amountProblemText(text: string): string {
  if (/^-?\d*[.,]\d{3,}$/.test(text)) return `beloppet "${text}" har fler än två decimaler`;
  if (/^-?\d+,\d{1,2}$/.test(text)) return `beloppet "${text}" har decimalkomma; SIE kräver decimalpunkt`;
  if (text === '') return 'beloppet saknas';
  return `"${text}" är inget belopp`;
}

/**
 * The SIE form of an amount: `.` decimal, always two decimals.
 * @example formatSieAmount(ore(-123450)) // '-1234.50'
 */
export function formatSieAmount(amount: Ore): string {
  return toJsonAmount(amount);
}

/**
 * A quantity is kept as its decimal string; null when absent or empty, undefined when malformed.
 * @example parseQuantity('10.000000') // '10.000000'
 */
export function parseQuantity(text: string | undefined): string | null | undefined {
  if (text === undefined || text === '') return null;
  return QUANTITY.test(text) ? text : undefined;
}
