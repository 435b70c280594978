/**
 * Representation (business meals): input VAT is deductible only on a base of at most 300 kr
 * excluding VAT per participant (issue 5, point 2). Purpose and participants must be
 * recorded on the voucher; that is the voucher form's job.
 */
import { type Percent, percentOf } from '../money/decimal.js';
import { type Ore, ore } from '../money/ore.js';

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
