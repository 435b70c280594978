import { negOre } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { DraftVoucher, DraftLine } from './voucher.js';

export interface Correctable {
  series: string;
  number: number;
  date: string;
  fiscalYearStart: string;
  text: string;
  lines: DraftLine[];
}

/**
 * The rättelse of a posted voucher: a new voucher, dated in an open period, that reverses every
 * original line and then books the right lines (if any), referring to the original.
 * @example correctionDraft(a5, '2025-04-01', []).lines // a5's lines with the signs turned
 */
export function correctionDraft(original: Correctable, date: IsoDate, rightLines: DraftLine[], series = original.series): DraftVoucher {
  const reversed = original.lines.map((l) => ({ ...l, amount: negOre(l.amount) }));
  return {
    kind: 'draft',
    date,
    series,
    text: `Rättelse av ${original.series}${original.number} (${original.date}): ${original.text}`,
    reference: `${original.series}${original.number}@${original.fiscalYearStart}`,
    lines: [...reversed, ...rightLines],
  };
}
