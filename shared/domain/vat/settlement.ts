/**
 * Momsomföring (formats-and-vat.md §2.7): on the period's last day every account with a VAT-amount
 * code is brought to zero for the period against 2650 at the declared whole-krona box 49, and the
 * öre that truncation dropped go to 3740. The settlement voucher itself must be left out of later
 * box computations of the same period (it would zero them).
 */
import { type Ore, ore } from '../money/ore.js';
import type { BoxAmounts, VatLine } from './boxes.js';
import { vatCodeInfo } from './codes.js';

export interface SettlementLine {
  account: string;
  amount: Ore;
}

export interface SettlementAccounts {
  /** Redovisningskonto för moms; default 2650. */
  settlement?: string;
  /** Öres- och kronutjämning; default 3740. */
  rounding?: string;
}

/**
 * The voucher lines (debit positive) of the momsomföring; empty when there is nothing to move.
 * Lines: each VAT account in account order, then 2650 (−box 49: credit when paying, debit on a
 * refund), then 3740 with the öre difference. They always sum to zero.
 * @example settlementLines(lines, rounded)
 *   // [{2611, 2500040}, {2614, 250000}, {2641, −499970}, {2645, −250000}, {2650, −2000100}, {3740, 30}]
 */
export function settlementLines(lines: readonly VatLine[], rounded: BoxAmounts, accounts: SettlementAccounts = {}): SettlementLine[] {
  const net = new Map<string, number>();
  for (const l of lines) {
    if (l.vatCode === null || vatCodeInfo(l.vatCode).role !== 'vat') continue;
    net.set(l.account, (net.get(l.account) ?? 0) + l.amount);
  }
  const out: SettlementLine[] = [];
  for (const account of [...net.keys()].sort()) {
    const balance = net.get(account) ?? 0;
    if (balance !== 0) out.push({ account, amount: ore(-balance) });
  }
  if (rounded['49'] !== 0) out.push({ account: accounts.settlement ?? '2650', amount: ore(-rounded['49']) });
  const rest = out.reduce((s, l) => s + l.amount, 0);
  if (rest !== 0) out.push({ account: accounts.rounding ?? '3740', amount: ore(-rest) });
  return out;
}

/** Accounts a momsomföring posts the declared net to: 2650 Redovisningskonto för moms, 1650 Momsfordran. */
export const SETTLEMENT_ACCOUNTS: readonly string[] = ['2650', '1650'];

/**
 * True for the lines of a momsomföring voucher (ours, or one imported from another program): it
 * posts to 2650 or 1650, and every line with a VAT code is a VAT amount (no sales or purchase
 * base). Such a voucher is left out of the box computation of its period (invariant 6): it would
 * zero the boxes. A payment of the VAT (2650 against 1630) has no coded line and is not one.
 * @example isSettlementVoucher([{ account: '2611', vatCode: 'output-25' }, { account: '2650', vatCode: null }]) // true
 */
export function isSettlementVoucher(lines: readonly Pick<VatLine, 'account' | 'vatCode'>[]): boolean {
  const coded = lines.filter((l) => l.vatCode !== null);
  return lines.some((l) => SETTLEMENT_ACCOUNTS.includes(l.account) && l.vatCode === null)
    && coded.length > 0 && coded.every((l) => l.vatCode !== null && vatCodeInfo(l.vatCode).role === 'vat');
}
