/**
 * Periodisk sammanställning (EC sales list): VAT-free sales to buyers in other EU countries
 * (boxes 35 goods, 38 triangular trade, 39 services), per buyer VAT number. The buyer's VAT number
 * is read from the voucher's counterparty, written "Namn; VAT-nummer" (see `formatCounterparty`),
 * else from anywhere in the counterparty or voucher text; the caller may supply missing ones.
 */
import { type Ore, ore } from '../money/ore.js';
import type { BoxId } from './boxIds.js';

export type EcBox = '35' | '38' | '39';
export const EC_BOXES: readonly BoxId[] = ['35', '38', '39'];

/** Country prefixes of EU VAT numbers (Greece is EL; XI = Northern Ireland goods). */
const EU_PREFIXES = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'XI']);

/**
 * An EU VAT number in canonical form (upper case, no spaces, dots or hyphens; GR → EL), or null.
 * The shape is checked loosely (prefix + 2–12 letters/digits, at least 6 digits); VIES decides.
 * @example normalizeVatNumber('de 123 456 789') // 'DE123456789'
 */
export function normalizeVatNumber(s: string): string | null {
  let t = s.toUpperCase().replace(/[\s.\-]/g, '');
  if (t.startsWith('GR')) t = `EL${t.slice(2)}`;
  const m = /^([A-Z]{2})([0-9A-Z+*]{2,12})$/.exec(t);
  if (!m || !EU_PREFIXES.has(m[1] as string)) return null;
  return (m[2]?.replace(/\D/g, '').length ?? 0) >= 6 ? t : null;
}

/**
 * The first EU VAT number in the texts (counterparty first, then the voucher text).
 * @example findVatNumber('Kunde GmbH; DE123456789') // 'DE123456789'
 */
export function findVatNumber(...texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    for (const part of text.split(';')) {
      const whole = normalizeVatNumber(part.trim());
      if (whole) return whole;
    }
    // A zero-width match at every word start, so one candidate never swallows the next.
    for (const m of text.toUpperCase().matchAll(/\b(?=([A-Z]{2}) ?([0-9A-Z]{2,14})\b)/g)) {
      const v = normalizeVatNumber(`${m[1]}${m[2]}`);
      if (v) return v;
    }
  }
  return null;
}

/**
 * The counterparty field as Kontera writes it when a VAT number is known.
 * @example formatCounterparty('Kunde GmbH', 'de123456789') // 'Kunde GmbH; DE123456789'
 */
export function formatCounterparty(name: string, vatNumber?: string | null): string {
  const v = vatNumber ? normalizeVatNumber(vatNumber) ?? vatNumber.trim() : '';
  return v ? `${name.trim()}; ${v}` : name.trim();
}

/** "Namn; VAT-nummer" back into its parts. @example parseCounterparty('Kunde GmbH; DE123456789').vatNumber // 'DE123456789' */
export function parseCounterparty(s: string): { name: string; vatNumber: string | null } {
  const parts = s.split(';').map((p) => p.trim());
  const idx = parts.findIndex((p) => normalizeVatNumber(p) !== null);
  if (idx < 0) return { name: s.trim(), vatNumber: null };
  return { name: parts.filter((_, i) => i !== idx).join('; '), vatNumber: normalizeVatNumber(parts[idx] as string) };
}

/** One ledger line feeding box 35, 38 or 39, with what identifies its buyer. */
export interface EcSaleLine {
  voucherId: number;
  voucher: string;
  date: string;
  box: EcBox;
  /** Contribution to the box (sales positive, credit notes negative), öre. */
  amount: Ore;
  counterparty: string | null;
  text: string;
}

export interface EcSalesRow { vatNumber: string; goods: Ore | null; triangular: Ore | null; services: Ore | null }
export interface EcProblem { code: 'ec-missing-vat-number' | 'ec-invalid-vat-number'; voucher: string; voucherId: number; message: string }

const FIELD: Record<EcBox, 'goods' | 'triangular' | 'services'> = { '35': 'goods', '38': 'triangular', '39': 'services' };

/**
 * Rows per buyer (in VAT-number order) and the lines whose buyer is unknown or Swedish.
 * `given` maps a voucher (id) to a VAT number supplied by the user; it wins over the texts.
 * @example ecSalesRows(lines, new Map()).rows[0] // { vatNumber: 'DE123456789', goods: 3000000, triangular: null, services: null }
 */
export function ecSalesRows(lines: readonly EcSaleLine[], given: ReadonlyMap<number, string>): { rows: EcSalesRow[]; problems: EcProblem[] } {
  const rows = new Map<string, EcSalesRow>();
  const problems: EcProblem[] = [];
  for (const l of lines) {
    const supplied = given.get(l.voucherId);
    const vat = supplied !== undefined ? normalizeVatNumber(supplied) : findVatNumber(l.counterparty, l.text);
    if (!vat || vat.startsWith('SE')) {
      const invalid = supplied !== undefined || vat !== null;
      problems.push({ code: invalid ? 'ec-invalid-vat-number' : 'ec-missing-vat-number', voucher: l.voucher, voucherId: l.voucherId,
        message: invalid
          ? `Verifikation ${l.voucher}: "${supplied ?? vat}" är inget VAT-nummer i ett annat EU-land. Ange köparens VAT-nummer med landskod, t.ex. DE123456789.`
          : `Verifikation ${l.voucher} (ruta ${l.box}) saknar köparens VAT-nummer. Skriv motparten som "Namn; VAT-nummer" eller ange numret för verifikationen.` });
      continue;
    }
    const row = rows.get(vat) ?? { vatNumber: vat, goods: null, triangular: null, services: null };
    const f = FIELD[l.box];
    row[f] = ore((row[f] ?? 0) + l.amount);
    rows.set(vat, row);
  }
  return { rows: [...rows.values()].sort((a, b) => (a.vatNumber < b.vatNumber ? -1 : 1)), problems: dedupe(problems) };
}

function dedupe(ps: EcProblem[]): EcProblem[] {
  const seen = new Set<number>();
  return ps.filter((p) => (seen.has(p.voucherId) ? false : (seen.add(p.voucherId), true)));
}
