/**
 * Voucher lines from a gross amount for the voucher form, receipts and bank rows: the net on the
 * chosen account and the VAT on the VAT account, one rounding (case C15). A negative gross (credit
 * note) gives the exact mirror.
 */
import type { Percent } from '../money/decimal.js';
import { type Ore, negOre } from '../money/ore.js';
import { type VatCode, vatCodeInfo } from './codes.js';
import { splitGross } from './split.js';

export type SplitSide = 'sale' | 'purchase';

/** BAS VAT accounts: output VAT per rate on sales in Sweden, 2641 for input VAT. */
export const OUTPUT_VAT_ACCOUNT: Readonly<Record<string, string>> = { '25': '2611', '12': '2621', '6': '2631' };
export const INPUT_VAT_ACCOUNT = '2641';

export interface GrossSplit {
  rate: Percent;
  net: Ore;
  vat: Ore;
  /** Debit positive: a sale credits net and VAT, a purchase debits them. Empty without an account. */
  lines: { account: string; amount: Ore }[];
}

/**
 * The rate and side a code implies, or null when the code has no rate (zero-rated, input VAT).
 * @example rateAndSideOf('sales-6') // { rate: '6', side: 'sale' }
 */
export function rateAndSideOf(code: VatCode): { rate: Percent; side: SplitSide } | null {
  const info = vatCodeInfo(code);
  if (!info.rate) return null;
  return { rate: info.rate, side: info.normal === 'credit' ? 'sale' : 'purchase' };
}

/**
 * @example grossSplitLines(ore(106000), { rate: '6', side: 'sale', account: '3013' })
 *   // { rate: '6', net: 100000, vat: 6000, lines: [{ account: '3013', amount: -100000 }, { account: '2631', amount: -6000 }] }
 */
export function grossSplitLines(gross: Ore, spec: { rate: Percent; side: SplitSide; account?: string; vatAccount?: string }): GrossSplit {
  const { net, vat } = splitGross(gross, spec.rate);
  if (!spec.account) return { rate: spec.rate, net, vat, lines: [] };
  const vatAccount = spec.vatAccount ?? (spec.side === 'sale' ? OUTPUT_VAT_ACCOUNT[spec.rate] ?? '2611' : INPUT_VAT_ACCOUNT);
  const sign = (x: Ore) => (spec.side === 'sale' ? negOre(x) : x);
  const lines = [{ account: spec.account, amount: sign(net) }, { account: vatAccount, amount: sign(vat) }].filter((l) => l.amount !== 0);
  return { rate: spec.rate, net, vat, lines };
}
