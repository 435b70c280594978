/**
 * From ledger lines to the boxes of the momsdeklaration. Box membership follows each line's
 * stored VAT code only (case C12). Signs: a box shows its code's normal side as positive, so
 * sales (credit) and output VAT (credit) are positive, purchase bases (debit) and input VAT
 * (debit) are positive; a credit note makes them smaller or negative.
 */
import { type Ore, ore } from '../money/ore.js';
import { BOX_IDS, type BoxId, type LedgerBoxId } from './boxIds.js';
import { type VatCode, vatCodeInfo } from './codes.js';

/** One ledger line of the period (debit positive, credit negative) with its account's code. */
export interface VatLine {
  account: string;
  vatCode: VatCode | null;
  amount: Ore;
}

/** Öre per box. From `computeBoxes` exact; from `roundBoxes` whole kronor (multiples of 100). */
export type BoxAmounts = Record<BoxId, Ore>;

/** The 29 boxes, all zero. */
export function emptyBoxes(): BoxAmounts {
  return Object.fromEntries(BOX_IDS.map((b) => [b, 0])) as BoxAmounts;
}

/**
 * The box a line feeds and its signed contribution there, or null for a line without code
 * (used for drill-down from a box to its vouchers).
 * @example lineContribution({ account: '3001', vatCode: 'sales-25', amount: ore(-100000) })
 *   // { box: '05', amount: 100000 }
 */
export function lineContribution(line: VatLine): { box: LedgerBoxId; amount: Ore } | null {
  if (line.vatCode === null) return null;
  const info = vatCodeInfo(line.vatCode);
  return { box: info.box, amount: ore(info.normal === 'credit' ? -line.amount : line.amount) };
}

/** 49 = (10+11+12) + (30+31+32) + (60+61+62) − 48. */
export function box49Of(b: Record<BoxId, Ore>): Ore {
  return ore(b['10'] + b['11'] + b['12'] + b['30'] + b['31'] + b['32'] + b['60'] + b['61'] + b['62'] - b['48']);
}

/**
 * Exact boxes in öre; box 49 here is the exact net (for the settlement's öre difference).
 * @example computeBoxes([{ account: '3013', vatCode: 'sales-6', amount: ore(-100000) },
 *   { account: '2631', vatCode: 'output-6', amount: ore(-6000) }]) // 05: 100000, 12: 6000, 49: 6000
 */
export function computeBoxes(lines: readonly VatLine[]): BoxAmounts {
  const acc: Record<string, number> = emptyBoxes();
  for (const line of lines) {
    const c = lineContribution(line);
    if (c) acc[c.box] = (acc[c.box] ?? 0) + c.amount;
  }
  const exact = Object.fromEntries(BOX_IDS.map((b) => [b, ore(acc[b] ?? 0)])) as BoxAmounts;
  exact['49'] = box49Of(exact);
  return exact;
}

/** Whole kronor truncated toward zero, kept in öre: 6250 → 6200, −6250 → −6200. */
export function truncToKronor(x: Ore): Ore {
  return ore(Math.trunc(x / 100) * 100);
}

/**
 * The figures to declare: every box truncated to whole kronor toward zero (SFF 22 kap. 1 §),
 * box 07 never below 0, and box 49 recomputed from the truncated boxes.
 * @example roundBoxes(computeBoxes(c13Lines)) // 21: 25000, 30: 6200, 48: 6200, 49: 0
 */
export function roundBoxes(exact: BoxAmounts): BoxAmounts {
  const out = emptyBoxes();
  for (const b of BOX_IDS) out[b] = truncToKronor(exact[b]);
  if (out['07'] < 0) out['07'] = ore(0);
  out['49'] = box49Of(out);
  return out;
}

/** Boxes of a period as reported: exact öre and the declared whole-krona figures. */
export interface VatReturnFigures {
  exact: BoxAmounts;
  rounded: BoxAmounts;
}

/**
 * Both sets of figures in one call.
 * @example vatReturnFigures(lines).rounded['49']
 */
export function vatReturnFigures(lines: readonly VatLine[]): VatReturnFigures {
  const exact = computeBoxes(lines);
  return { exact, rounded: roundBoxes(exact) };
}
