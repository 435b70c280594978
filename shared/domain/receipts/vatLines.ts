/**
 * VAT printed as lines instead of a table: "Moms 25% 27,70", "MOMS (12%) 4.29", "MOMS2 4.29",
 * "ALV 24% 5,24", "sisältää arvonlisaveroa 14,00 % 2,79 €", and the stated sum of VAT
 * ("Varav moms 262,98", "MOMS TOTALT 4.29").
 */
import type { Ore } from '../money/ore.js';
import { amountsIn, percentsIn } from './amount.js';

export interface VatLine {
  printedRate: string | null;
  vat: Ore;
  line: number;
}

export interface VatLines {
  parts: VatLine[];
  /** The receipt's own sum of VAT, when it prints one. */
  statedTotal: Ore | null;
}

const VAT_WORD = /(^|[^\p{L}])([mhn][o0][mn][s5]\d?|vat|alv|mwst|arvonlisavero\p{L}*)($|[^\p{L}])/iu;
const NOT_VAT = /(momsreg|moms ?reg|vat ?(no|nr|reg)|org|y-tunnus|exkl|excl|veroton|netto|ilman)/i;
const SUM_WORD = /(totalt|total|varav|summa|sum|yhteens|inkl\.? ?moms ?totalt|sis\.? alv yht)/i;

/**
 * @example readVatLines(['MOMS (12%) 4.29', 'MOMS TOTALT 4.29'])
 *   // { parts: [{ printedRate: '12', vat: 429, line: 0 }], statedTotal: 429 }
 */
export function readVatLines(lines: readonly string[], skip: ReadonlySet<number> = new Set()): VatLines {
  const parts: VatLine[] = [];
  let statedTotal: Ore | null = null;
  lines.forEach((line, i) => {
    if (skip.has(i) || !VAT_WORD.test(line) || NOT_VAT.test(line)) return;
    const rates = percentsIn(line);
    const amounts = amountsIn(line.replace(/\d{1,2}(?:[.,]\d{1,2})?\s?%/g, ' ')).map((a) => a.value);
    const vat = amounts[amounts.length - 1];
    if (vat === undefined) return;
    if (SUM_WORD.test(line) && rates.length === 0) {
      statedTotal ??= vat;
      return;
    }
    parts.push({ printedRate: rates[0] ?? null, vat, line: i });
  });
  return { parts, statedTotal };
}
