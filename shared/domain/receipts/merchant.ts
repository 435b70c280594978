/**
 * The merchant: a known chain in the first lines (H&M's legal name "Hennes & Mauritz" gives "H&M"),
 * else the first line that reads like a name — not "Kvitto", an address, a phone number, an org.nr
 * or a web address.
 */
import { KEYWORD_RULES } from './keywords.js';

export interface MerchantReading {
  name: string;
  /** Canonical chain key when a known chain matched (used for posting history across stores). */
  chain: string | null;
  /** A known chain, or the name printed twice: something besides one reading confirms it. */
  confirmed: boolean;
}

const SKIP = /^(kvitto|kopia|receipt|kuitti|lasku|original|välkommen|valkommen|welcome|tervetuloa|elektroniskt|tel|telefon|puh|www|http|org|datum|dat\b|kassa|kassör|öppettider)/i;
const ADDRESS = /(\d{3}\s?\d{2}\s+\p{L}{2,}|\p{L}+(gatan|vägen|väg|gata|torget|plan|gränd|allé|katu|tie|tie\b)\s*\d|\b(box|tel|tfn|fax)\b)/iu;

function clean(line: string): string {
  return line.replace(/[|*_#=~"“”'`]+/g, ' ').replace(/^[^\p{L}\d&]+|[^\p{L}\d&.)]+$/gu, '').replace(/\s{2,}/g, ' ').trim();
}

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

/**
 * @example readMerchant(['Kvitto', 'ICA Kvantum Emporia', 'Hyllie stations väg 22'])
 *   // { name: 'ICA Kvantum Emporia', chain: 'ica', confirmed: true }
 */
export function readMerchant(lines: readonly string[]): MerchantReading | null {
  const head = lines.slice(0, 10).map(clean);
  for (const line of head) {
    const rule = KEYWORD_RULES.find((r) => r.chain && r.re.test(line));
    if (rule) return { name: rule.name ?? line, chain: rule.chain ?? null, confirmed: true };
  }
  const name = head.find((l) => letters(l) >= 4 && letters(l) / l.length > 0.5 && !SKIP.test(l) && !ADDRESS.test(l) && !/\d[.,]\d{2}\b/.test(l));
  if (!name) return null;
  const key = normaliseName(name);
  const repeated = lines.slice(10).some((l) => normaliseName(l).includes(key));
  return { name, chain: null, confirmed: repeated };
}

/**
 * A merchant name reduced for comparison: lower case, no diacritics, no legal form, letters and
 * digits only.
 * @example normaliseName('Alpa Baguetteria AB') // 'alpabaguetteria'
 */
export function normaliseName(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/\b(ab|hb|kb|oy|oyj|as|aps|gmbh|ltd|inc|sverige|sweden)\b/g, '').replace(/[^a-z0-9]/g, '');
}

/**
 * The keys a receipt's posting history is looked up by: the org.nr when read, else the
 * normalised name; and the chain, so a second ICA store is suggested like the first.
 * @example merchantKey({ orgnr: '556151-2376', merchant: 'H&M' }) // 'orgnr:5561512376'
 */
export function merchantKey(f: { orgnr: string | null; merchant: string | null }): string | null {
  if (f.orgnr) return `orgnr:${f.orgnr.replace(/\D/g, '')}`;
  const n = f.merchant ? normaliseName(f.merchant) : '';
  return n.length >= 2 ? `name:${n}` : null;
}
