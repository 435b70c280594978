/**
 * Kontantmetoden at year end (BFL 5 kap. 2 § third paragraph): unpaid customer and supplier
 * invoices are booked with their VAT on the last day of the year and reversed on the first day of
 * the next, when the payments are booked as usual.
 */
import type { IsoDate } from '../dates/isoDate.js';
import { type Ore, ore } from '../money/ore.js';
import { vatOfGross } from '../money/decimal.js';
import type { UnpaidInvoiceAnswer } from './answers.js';
import type { PlannedVoucher, PlannedLine } from './planned.js';

const OUTPUT_VAT: Record<string, string> = { '25': '2611', '12': '2621', '6': '2631' };
const REVENUE: Record<string, string> = { '25': '3001', '12': '3002', '6': '3003', '0': '3004' };
export const INPUT_VAT_ACCOUNT = '2641';
export const DEFAULT_PURCHASE_ACCOUNT = '4000';

function label(i: UnpaidInvoiceAnswer): string {
  return i.reference ? `${i.counterparty} (${i.reference})` : i.counterparty;
}

function split(i: UnpaidInvoiceAnswer): { net: Ore; vat: Ore } {
  const vat = i.vatRate === '0' ? ore(0) : vatOfGross(i.gross, i.vatRate);
  return { net: ore(i.gross - vat), vat };
}

/**
 * Kundfordringar: 1510 debit gross, revenue credit net, output VAT credit; reversed on `reverseOn`.
 * @example unpaidCustomersVoucher([{ counterparty: 'Kund AB', gross: ore(1250000), vatRate: '25' }], '2025-12-31', '2026-01-01')?.lines.map((l) => l.amount) // [1250000, -1000000, -250000]
 */
export function unpaidCustomersVoucher(items: readonly UnpaidInvoiceAnswer[], date: IsoDate, reverseOn: IsoDate): PlannedVoucher | null {
  if (!items.length) return null;
  const lines: PlannedLine[] = items.flatMap((i) => {
    const { net, vat } = split(i);
    const t = label(i);
    return [
      { account: '1510', amount: i.gross, text: t },
      { account: i.account ?? REVENUE[i.vatRate]!, amount: ore(-net), text: t },
      ...(vat !== 0 ? [{ account: OUTPUT_VAT[i.vatRate]!, amount: ore(-vat), text: t }] : []),
    ];
  });
  return { kind: 'unpaid-customers', date, reverseOn, text: 'Obetalda kundfakturor vid årets slut (kontantmetoden)', lines };
}

/**
 * Leverantörsskulder: cost debit net, 2641 debit VAT, 2440 credit gross; reversed on `reverseOn`.
 * @example unpaidSuppliersVoucher([{ counterparty: 'Lev AB', gross: ore(500000), vatRate: '25' }], '2025-12-31', '2026-01-01')?.lines.map((l) => l.amount) // [400000, 100000, -500000]
 */
export function unpaidSuppliersVoucher(items: readonly UnpaidInvoiceAnswer[], date: IsoDate, reverseOn: IsoDate): PlannedVoucher | null {
  if (!items.length) return null;
  const lines: PlannedLine[] = items.flatMap((i) => {
    const { net, vat } = split(i);
    const t = label(i);
    return [
      { account: i.account ?? DEFAULT_PURCHASE_ACCOUNT, amount: net, text: t },
      ...(vat !== 0 ? [{ account: INPUT_VAT_ACCOUNT, amount: vat, text: t }] : []),
      { account: '2440', amount: ore(-i.gross), text: t },
    ];
  });
  return { kind: 'unpaid-suppliers', date, reverseOn, text: 'Obetalda leverantörsfakturor vid årets slut (kontantmetoden)', lines };
}
