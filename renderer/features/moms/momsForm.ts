/**
 * The layout of Skatteverket's momsdeklaration: sections A–I with their boxes, in the form's two
 * columns, and the form's whole-krona figures. Pure, so it is unit-tested (every box exactly once).
 */
import type { BoxId } from '../../../shared/domain/vat/boxIds.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';

export interface FormSection { letter: string; title: string; boxes: readonly BoxId[] }

/** Left column as on the form: A, B, C, D, H, I. */
export const LEFT_SECTIONS: readonly FormSection[] = [
  { letter: 'A', title: 'Momspliktig försäljning eller uttag exklusive moms', boxes: ['05', '06', '07', '08'] },
  { letter: 'B', title: 'Utgående moms på försäljning eller uttag i ruta 05–08', boxes: ['10', '11', '12'] },
  { letter: 'C', title: 'Momspliktiga inköp vid omvänd betalningsskyldighet', boxes: ['20', '21', '22', '23', '24'] },
  { letter: 'D', title: 'Utgående moms på inköp i ruta 20–24', boxes: ['30', '31', '32'] },
  { letter: 'H', title: 'Import', boxes: ['50'] },
  { letter: 'I', title: 'Utgående moms på import i ruta 50', boxes: ['60', '61', '62'] },
];

/** Right column as on the form: E, F, G. */
export const RIGHT_SECTIONS: readonly FormSection[] = [
  { letter: 'E', title: 'Försäljning m.m. som är undantagen från moms', boxes: ['35', '36', '37', '38', '39', '40', '41', '42'] },
  { letter: 'F', title: 'Ingående moms', boxes: ['48'] },
  { letter: 'G', title: 'Moms att betala eller få tillbaka', boxes: ['49'] },
];

/**
 * Whole kronor the Swedish way, as on the form: `25 000`, `−1 200` (NBSP thousands, U+2212).
 * @example fmtKronor(25000) // '25 000'
 */
export function fmtKronor(kronor: number): string {
  return formatSv(ore(kronor * 100)).replace(/,00$/, '');
}

/** A delta with its sign, for "ändrat efter rapportering": `+1 000`, `−250`. */
export function fmtDelta(kronor: number): string {
  return kronor > 0 ? `+${fmtKronor(kronor)}` : fmtKronor(kronor);
}
