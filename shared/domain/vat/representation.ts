/**
 * Representation (business meals): input VAT is deductible only on a base of at most 300 kr
 * excluding VAT per participant (issue 5, point 2). Purpose and participants must be
 * recorded on the voucher; that is the voucher form's job.
 */
import { type Percent, percentOf } from '../money/decimal.js';
import { type Ore, ore } from '../money/ore.js';
import { splitGross } from './split.js';

/** The base cap per participant, 300,00 kr. */
export const REPRESENTATION_CAP_PER_PERSON: Ore = ore(30000);

/**
 * Deductible input VAT of a meal: the VAT paid, but at most rate · 300 kr · participants.
 * A negative VAT (a credit note) is capped symmetrically.
 * @example deductibleRepresentationVat(ore(28800), '12', 4) // 14400: cap 4 · 300 kr · 12 %
 */
export function deductibleRepresentationVat(vatPaid: Ore, rate: Percent, participants: number): Ore {
  if (!Number.isInteger(participants) || participants < 1) throw new RangeError(`participants: ${participants}`);
  const cap = percentOf(ore(REPRESENTATION_CAP_PER_PERSON * participants), rate);
  const abs = Math.min(Math.abs(vatPaid), cap);
  return ore(vatPaid < 0 ? -abs : abs);
}

export interface RepresentationInput {
  /** What was paid, VAT included. */
  gross: Ore;
  rate: Percent;
  /** Names (or roles) of everyone who took part, the company's own people included. */
  participants: readonly string[];
  purpose: string;
  /** Default 6072 Representation, ej avdragsgill: meals have not been deductible for income tax since 2017. */
  costAccount?: string;
  payAccount?: string;
  vatAccount?: string;
}

export interface RepresentationLines {
  lines: { account: string; amount: Ore }[];
  /** Voucher text recording purpose and participants (BFL and ML need both). */
  text: string;
  vatPaid: Ore;
  deductibleVat: Ore;
}

/**
 * Voucher lines of a business meal: the deductible VAT on the VAT account, the rest (net and the
 * VAT above the cap) as cost, the payment. One rounding (splitGross) then the cap.
 * @example representationLines({ gross: ore(240000), rate: '12', participants: ['A', 'B', 'C', 'D'], purpose: 'Avtal' }).lines
 *   // 6072 225600 / 2641 14400 / 1930 −240000
 */
export function representationLines(i: RepresentationInput): RepresentationLines {
  const vatPaid = splitGross(i.gross, i.rate).vat;
  const deductibleVat = deductibleRepresentationVat(vatPaid, i.rate, Math.max(1, i.participants.length));
  const lines = [
    { account: i.costAccount ?? '6072', amount: ore(i.gross - deductibleVat) },
    { account: i.vatAccount ?? '2641', amount: deductibleVat },
    { account: i.payAccount ?? '1930', amount: ore(-i.gross) },
  ].filter((l) => l.amount !== 0);
  const names = i.participants.map((p) => p.trim()).filter(Boolean);
  const text = `Representation: ${i.purpose.trim()}. Deltagare (${names.length}): ${names.join(', ')}`;
  return { lines, text, vatPaid, deductibleVat };
}
