import { type Result, ok, fail } from '../result.js';
import { type Ore, ore } from './ore.js';

export type AmountErrorCode = 'invalid-amount' | 'too-many-decimals';

const MINUS = /^[-\u2212]/;
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;

/**
 * Parses an amount as a person types it: comma or dot as decimal sign, 0–2 decimals,
 * `-` or U+2212 for minus, spaces/NBSP as thousands separators. More decimals are refused,
 * never rounded, so `1.000` (a thousands dot) can not silently become one krona.
 * @example parseAmount('-1 234,50') // ok(-123450)
 */
export function parseAmount(text: string): Result<Ore, AmountErrorCode> {
  let s = text.trim();
  let sign = 1;
  if (MINUS.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  const m = /^([\d \u00a0\u202f]*)(?:[.,](\d*))?$/.exec(s);
  if (!m || s === '' || /^[.,]/.test(s) && !m[2]) return invalid(text);
  const intPart = m[1] ?? '';
  const frac = m[2] ?? '';
  if (intPart === '' && frac === '') return invalid(text);
  if (m[2] !== undefined && frac === '') return invalid(text);
  if (/[ \u00a0\u202f]/.test(intPart) && !GROUPED.test(intPart)) return invalid(text);
  if (frac.length > 2) {
    return fail('too-many-decimals', `Beloppet "${text}" har fler än två decimaler. Ange högst två decimaler (öre).`);
  }
  const digits = intPart.replace(/[ \u00a0\u202f]/g, '') || '0';
  const value = Number(digits) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(value) || digits.length > 13) return invalid(text);
  return ok(ore(sign * value));
}

function invalid(text: string) {
  return fail('invalid-amount' as const, `"${text}" är inget belopp. Skriv t.ex. 1 234,50 eller -800.`);
}
