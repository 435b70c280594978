/**
 * Whole-document checks run after reading: every voucher balances (only #TRANS rows count;
 * #RTRANS is followed by its twin #TRANS and #BTRANS is a struck-out row), and the header is
 * plausible for the declared SIE type.
 */
import { type Ore, ore } from '../money/ore.js';
import { formatSv } from '../money/format.js';
import { voucherName } from './voucherReader.js';
import type { SieDocument, SieProblem, SieVoucher } from './types.js';

/**
 * Sum of the rows that count (#TRANS only).
 * @example voucherSum(doc.vouchers[0]) // 0 for a balanced voucher
 */
export function voucherSum(v: SieVoucher): Ore {
  let s = 0;
  for (const r of v.rows) if (r.kind === 'TRANS') s += r.amount;
  return ore(s);
}

/** Amount as the message shows it: `0,10 kr` (no sign; the word "obalans" says enough). */
function kr(x: Ore): string {
  return `${formatSv(ore(Math.abs(x))).replace(/\u00a0/g, ' ')} kr`;
}

/**
 * Adds the document-level problems to the given lists.
 * @example checkDocument(parseSie(text).doc, errors, warnings)
 */
export function checkDocument(doc: SieDocument, errors: SieProblem[], warnings: SieProblem[]): void {
  for (const v of doc.vouchers) {
    const counted = v.rows.filter((r) => r.kind === 'TRANS').length;
    if (counted === 0) {
      warnings.push({ code: 'sie-empty-voucher', message: `${voucherName(v)} på rad ${v.line} har inga rader och hoppas över vid import.`, line: v.line });
      continue;
    }
    const sum = voucherSum(v);
    if (sum !== 0) {
      errors.push({
        code: 'unbalanced-voucher',
        message: `${voucherName(v)} på rad ${v.line} är i obalans med ${kr(sum)}. Rätta den i källprogrammet och exportera filen igen; inget har importerats.`,
        line: v.line,
      });
    }
  }
  const type = doc.sieType?.value ?? null;
  if (type !== null && /^[123]$/.test(type) && doc.vouchers.length > 0) {
    warnings.push({
      code: 'sie-type-mismatch',
      message: `Filen är av typ ${type} men innehåller ${doc.vouchers.length} verifikationer (rad ${doc.sieType!.line}); de läses ändå.`,
      line: doc.sieType!.line,
    });
  }
  const missing = [
    doc.flagga ? null : '#FLAGGA',
    doc.program ? null : '#PROGRAM',
    doc.format ? null : '#FORMAT',
    doc.sieType || doc.vouchers.length === 0 ? null : '#SIETYP',
    doc.companyName ? null : '#FNAMN',
  ].filter((x): x is string => x !== null);
  if (missing.length > 0) {
    warnings.push({ code: 'sie-missing-header', message: `Filen saknar ${missing.join(', ')}; den läses ändå.`, line: 1 });
  }
}
