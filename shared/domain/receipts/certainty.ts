/**
 * THE RULE for `certain`: a field is certain only when something on the receipt besides the
 * reading itself confirms it — a second printing of the same value, a check digit, or an
 * arithmetic cross-check — and no cross-check that involves the field fails.
 *
 * So a total is certain when the VAT table's gross, the card slip, the payment line or a second
 * total line agrees with it and none of them (nor the VAT share) contradicts it (case C20).
 */
import type { FieldName, ReceiptCheck, ReceiptFields } from './types.js';
import { FIELD_NAMES } from './types.js';

/**
 * @example certainFields(fields, [{ code: 'orgnr-luhn', outcome: 'pass', fields: ['orgnr'], message: '' }]).orgnr // true
 */
export function certainFields(fields: ReceiptFields, checks: readonly ReceiptCheck[]): Record<FieldName, boolean> {
  const out = {} as Record<FieldName, boolean>;
  for (const f of FIELD_NAMES) {
    const about = checks.filter((c) => c.fields.includes(f));
    out[f] = present(fields, f) && about.some((c) => c.outcome === 'pass') && !about.some((c) => c.outcome === 'fail');
  }
  return out;
}

function present(fields: ReceiptFields, f: FieldName): boolean {
  return f === 'vat' ? fields.vat.length > 0 : fields[f] !== null;
}
