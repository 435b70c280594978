import { formatVoucherRef } from './voucherRef.js';

export interface NumberedVoucher { year: string; series: string; number: number; origin: 'kontera' | 'import' }

/**
 * Gaps and duplicates per series and fiscal year. A gap before a number Kontera assigned is a
 * problem (Kontera numbers gaplessly); a gap between numbers an old program assigned (imported)
 * is only recorded.
 * @example numberingFindings([{ year: '2026-01-01', series: 'A', number: 2, origin: 'kontera' }]).problems[0].code // 'numbering-gap'
 */
export function numberingFindings(vs: readonly NumberedVoucher[]) {
  const groups = new Map<string, NumberedVoucher[]>();
  for (const v of vs) {
    const k = `${v.year}\u0000${v.series}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(v);
  }
  const problems: { code: string; message: string; voucher?: string }[] = [];
  const importedGaps: string[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => a.number - b.number);
    let expected = 1;
    for (const v of g) {
      const name = `${formatVoucherRef(v.series, v.number)}@${v.year}`;
      if (v.number < expected) problems.push({ code: 'numbering-duplicate', voucher: name, message: `Numret ${name} förekommer flera gånger.` });
      else if (v.number > expected) {
        const gap = `${formatVoucherRef(v.series, expected)}–${formatVoucherRef(v.series, v.number - 1)}@${v.year}`;
        if (v.origin === 'kontera') problems.push({ code: 'numbering-gap', voucher: name, message: `Nummerserien har en lucka före ${name} (${gap} saknas).` });
        else importedGaps.push(gap);
      }
      expected = Math.max(expected, v.number + 1);
    }
  }
  return { problems, importedGaps };
}
