/**
 * Bank amounts as the exporting bank writes them. The decimal sign is chosen once per file
 * (`NumberStyle`), never per cell, so `-3.000` in a decimal-comma file is −3 000,00 while
 * `-30.000` in SEB's three-decimal point file is −30,00 (case C10).
 */
import { type Result, ok, fail } from '../result.js';
import { type Ore, ore } from '../money/ore.js';
import type { NumberStyle } from './types.js';

const SPACES = /[ \u00a0\u202f\u2007]/g;
const CURRENCY_AFFIX = /^(?:sek|eur|usd|kr)\s*|\s*(?:sek|eur|usd|gbp|nok|dkk|kr\.?|:-|€|\$|£)$/gi;

interface Unsigned {
  neg: boolean;
  body: string;
}

/** Strips sign (leading -, U+2212 or +, or a trailing -) and currency decoration. */
function unsign(raw: string): Unsigned | null {
  let s = raw.trim().replace(CURRENCY_AFFIX, '').trim();
  let neg = false;
  if (/^[-\u2212]/.test(s)) {
    neg = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  } else if (/\d-$/.test(s)) {
    neg = true;
    s = s.slice(0, -1).trim();
  }
  return s === '' ? null : { neg, body: s };
}

function toOre(neg: boolean, intDigits: string, frac: string): Ore | null {
  if (frac.length > 2 && /[^0]/.test(frac.slice(2))) return null;
  const f2 = frac.slice(0, 2).padEnd(2, '0');
  const digits = intDigits.replace(/^0+(?=\d)/, '');
  if (digits.length > 13) return null;
  const v = Number(digits) * 100 + Number(f2);
  return ore(neg ? -v : v);
}

/**
 * Parses one bank amount in the file's number style. Thousands separators: space/NBSP, plus `.`
 * in comma style or `,` in point style, in groups of three. Decimals beyond two are accepted only
 * when they are zeros (SEB's `10000.000`, camt `8.850`). One decimal is tenths (`-110,7` = −110,70).
 * @example parseBankAmount('-3.000', 'comma') // ok(-300000)
 */
export function parseBankAmount(raw: string, style: NumberStyle): Result<Ore, 'bank-invalid-amount'> {
  const u = unsign(raw);
  const bad = () => fail('bank-invalid-amount' as const, `"${raw}" är inget belopp`);
  if (!u) return bad();
  const dec = style === 'comma' ? ',' : '.';
  const group = style === 'comma' ? '.' : ',';
  const parts = u.body.split(dec);
  if (parts.length > 2) return bad();
  const intRaw = parts[0] ?? '';
  const frac = parts[1];
  if (frac !== undefined && !/^\d+$/.test(frac)) return bad();
  if (!/^\d/.test(intRaw)) return bad();
  let intDigits: string;
  if (/^\d+$/.test(intRaw)) intDigits = intRaw;
  else {
    const spaced = intRaw.replace(SPACES, ' ');
    const sep = spaced.includes(' ') && spaced.includes(group) ? null : spaced.includes(' ') ? ' ' : group;
    if (sep === null) return bad();
    const re = new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);
    if (!re.test(spaced)) return bad();
    intDigits = spaced.split(sep).join('');
  }
  const v = toOre(u.neg, intDigits, frac ?? '');
  return v === null ? bad() : ok(v);
}

/**
 * A spreadsheet number already rendered as canonical text (`-1234.5`, see the XLSX reader):
 * point decimal, no grouping.
 * @example parseCanonicalNumber('779.4') // ok(77940)
 */
export function parseCanonicalNumber(raw: string): Result<Ore, 'bank-invalid-amount'> {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(raw.trim());
  const v = m ? toOre(m[1] === '-', m[2] ?? '', m[3] ?? '') : null;
  return v === null ? fail('bank-invalid-amount', `"${raw}" är inget belopp`) : ok(v);
}

/** Which decimal sign a single cell proves, if any (`1 234,50` → comma; `-3.000` → neither). */
export function styleVote(raw: string): NumberStyle | null {
  const u = unsign(raw);
  if (!u) return null;
  const s = u.body;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastComma > lastDot ? 'comma' : 'point';
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (sep === null) return null;
  const asDecimal: NumberStyle = sep === ',' ? 'comma' : 'point';
  const other: NumberStyle = sep === ',' ? 'point' : 'comma';
  if (s.split(sep).length > 2) return other;
  const after = s.length - s.lastIndexOf(sep) - 1;
  if (after === 3 || after === 0) return null;
  return asDecimal;
}

/**
 * Decides the decimal sign once for a file from all its amount cells: decisive cells vote; with no
 * decisive cell the format's documented default wins; opposite votes are a conflict (null).
 * @example detectNumberStyle(['-3.000', '-110,7'], 'point') // 'comma'
 */
export function detectNumberStyle(cells: Iterable<string>, fallback: NumberStyle): NumberStyle | null {
  let comma = 0;
  let point = 0;
  for (const c of cells) {
    const v = styleVote(c);
    if (v === 'comma') comma++;
    else if (v === 'point') point++;
  }
  if (comma > 0 && point > 0) return null;
  return comma > 0 ? 'comma' : point > 0 ? 'point' : fallback;
}
