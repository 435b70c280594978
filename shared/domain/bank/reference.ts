/**
 * OCR references (Swedish "OCR-nummer"): digits with a Luhn check digit that a payer copies from an
 * invoice. Only a Luhn-valid number of 5–25 digits counts, so free-text messages, dates and short
 * numbers never link a bank row to a voucher.
 */
import { luhnValid } from '../identity/luhn.js';

/**
 * The OCR digits of a reference, or null when it is not a Luhn-valid OCR number. Spaces and
 * dashes a bank prints for readability are ignored.
 * @example ocrOf('1234 5678 97') // '1234567897'
 */
export function ocrOf(reference: string | null | undefined): string | null {
  if (!reference) return null;
  const digits = reference.replace(/[\s\u00a0-]/g, '');
  if (!/^\d{5,25}$/.test(digits)) return null;
  return luhnValid(digits) ? digits : null;
}
