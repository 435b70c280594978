/**
 * Which date decides the VAT period of an invoice (issue 5, point 3).
 * - fakturametoden: the invoice date;
 * - kontantmetoden: the payment date; an invoice still unpaid at the end of the fiscal year is
 *   reported in that year's last period (the year-end booking dates it on the last day).
 */
import type { IsoDate } from '../dates/isoDate.js';

export type VatMethod = 'faktura' | 'kontant';

export interface InvoiceDates {
  invoiceDate: IsoDate;
  /** Null while unpaid. */
  paidDate: IsoDate | null;
}

/**
 * The date whose VAT period the invoice's VAT belongs to.
 * @example vatReportingDate('kontant', { invoiceDate: '2026-03-28', paidDate: '2026-04-10' }, '2026-12-31') // '2026-04-10'
 */
export function vatReportingDate(method: VatMethod, dates: InvoiceDates, fiscalYearEnd: IsoDate): IsoDate {
  if (method === 'faktura') return dates.invoiceDate;
  if (dates.paidDate !== null && dates.paidDate <= fiscalYearEnd) return dates.paidDate;
  return fiscalYearEnd;
}
