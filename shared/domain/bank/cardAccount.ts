/**
 * Card statements (Nordea kort, Kontohändelser, American Express) and the ledger account they are
 * booked against. A credit card is normally a liability, not the company's bank account, so a card
 * file is not put on 1930 without a word: the chart's own card account is used when it defines
 * one, and otherwise the preview says where the rows go and how to choose another. Pure.
 */
import type { BankFormat } from './types.js';

export const CARD_FORMATS: ReadonlySet<BankFormat> = new Set<BankFormat>(['nordea-card', 'kontohandelser', 'amex']);

export const isCardFormat = (f: BankFormat): boolean => CARD_FORMATS.has(f);

/** "Kreditkort", "Företagskort", "Kortkonto", "Amex", "Eurocard" … but not "kortfristig" or "kontokort". */
const CARD_NAME = /(^|[^a-zåäö])((kredit|betal|företags|firma|bank)?kort(et|konto|skuld(er)?)?|amex|american express|eurocard|mastercard|visa)($|[^a-zåäö])/i;

export interface ChartAccount {
  number: string;
  name: string;
  statement: 'BR' | 'RR';
  type: string;
  active: number | boolean;
}

/**
 * The chart's card account: an active balance-sheet liability account whose name says card
 * (lowest number first), or null when the chart defines none.
 * @example cardAccountOf([{ number: '2891', name: 'Kreditkort Amex', statement: 'BR', type: 'liability', active: 1 }]) // '2891'
 */
export function cardAccountOf(accounts: readonly ChartAccount[]): { number: string; name: string } | null {
  const hit = accounts
    .filter((a) => a.statement === 'BR' && a.type === 'liability' && Boolean(a.active) && CARD_NAME.test(a.name))
    .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0))[0];
  return hit ? { number: hit.number, name: hit.name } : null;
}
