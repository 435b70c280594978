/**
 * Amounts as receipts print them and OCR reads them: decimal comma or point, space/NBSP/point/comma
 * thousands ("1 234,50", "2,281,17"), a minus before or after ("-7,05", "42.50-"), whole kronor as
 * "32:-", and the OCR confusions O→0, l/I/|→1 and a space torn into the number ("138. 50", "164 ,00").
 */
import { type Ore, ore } from '../money/ore.js';

export interface AmountToken {
  value: Ore;
  /** Position in the normalised line (see `normaliseLine`). */
  start: number;
  end: number;
}

const LOOKS_NUMERIC = /(?<![A-Za-zÅÄÖåäö])[0-9OoIl|]{1,7}[.,][0-9OoIl|]{2}(?![0-9A-Za-zÅÄÖåäö])/g;

/**
 * The line with unified spaces and minus signs, OCR letter-for-digit confusions mended inside
 * number-shaped words, and numbers torn by a space joined again.
 * @example normaliseLine('Total l38. 5O kr') // 'Total 138.50 kr'
 */
export function normaliseLine(line: string): string {
  // An em dash (and a free-standing en dash) is a column rule on a receipt, not a minus sign.
  let s = line.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/\u2014|\u2013(?!\s?\d)/g, ' ').replace(/[\u2212\u2013]/g, '-');
  s = s.replace(LOOKS_NUMERIC, (m) => (/\d/.test(m) ? m.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1') : m));
  s = s.replace(/(\d)([.,]) (\d{2})(?![\d])/g, '$1$2$3');
  s = s.replace(/(\d) ([.,]\d{2})(?![\d])/g, '$1$2');
  return s.replace(/ {2,}/g, ' ').trim();
}

const AMOUNT = /(^|[^\d.,])(-\s?)?((?:\d{1,3}(?:[ .,]\d{3})+|\d+)[.,]\d{2}|\d+:-)(?![\d]|[.,]\d)(-(?![\d]))?/g;

/**
 * Every amount in a normalised line, left to right, in öre.
 * @example amountsIn('25,00 246,90 987,60 1 234,50').map((a) => a.value) // [2500, 24690, 98760, 123450]
 */
export function amountsIn(line: string): AmountToken[] {
  const out: AmountToken[] = [];
  for (const m of line.matchAll(AMOUNT)) {
    const [, pre = '', minus, body = '', trailing] = m;
    const digits = body.endsWith(':-') ? `${body.slice(0, -2)}00` : body.replace(/[^\d]/g, '');
    if (digits.length > 13) continue;
    const neg = Boolean(minus) || Boolean(trailing);
    const start = (m.index ?? 0) + pre.length;
    out.push({ value: ore(neg ? -Number(digits) : Number(digits)), start, end: start + m[0].length - pre.length });
  }
  return out;
}

/** The last amount of a line, or null. */
export function lastAmount(line: string): Ore | null {
  const a = amountsIn(line);
  return a.length ? (a[a.length - 1] as AmountToken).value : null;
}

/**
 * Percentages printed in a line ("25%", "12,00 %", "(6%)"), as decimal strings without trailing zeros.
 * @example percentsIn('Moms 12,00% 8,66') // ['12']
 */
export function percentsIn(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(\d{1,2})(?:[.,](\d{1,2}))?\s?%/g)) out.push(cleanRate(m[1] as string, m[2]));
  return out;
}

/** '25', '00' → '25'; '7', '6' → '7.6'. */
export function cleanRate(whole: string, frac?: string): string {
  const f = (frac ?? '').replace(/0+$/, '');
  return `${Number(whole)}${f ? `.${f}` : ''}`;
}
