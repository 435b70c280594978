/** The cross-checks between the readings of a receipt (netto + moms = brutto, moms/netto = rate, sums). */
import { type Ore, ore, sumOre } from '../money/ore.js';
import { formatSv } from '../money/format.js';
import type { ReceiptCheck, VatPart } from './types.js';
import type { TotalChoice, TotalEvidence } from './total.js';
import { paymentReadings } from './total.js';

const kr = (x: Ore) => `${formatSv(x)} kr`;
const check = (code: ReceiptCheck['code'], ok: boolean | null, fields: ReceiptCheck['fields'], message: string): ReceiptCheck =>
  ({ code, outcome: ok === null ? 'n/a' : ok ? 'pass' : 'fail', fields, message });

/** Checks that tie the VAT parts to the total. */
export function vatTotalChecks(parts: readonly VatPart[], choice: TotalChoice | null, statedVat: Ore | null): ReceiptCheck[] {
  const out: ReceiptCheck[] = [];
  const vat = sumOre(parts.map((p) => p.vat));
  if (statedVat !== null && parts.length > 0)
    out.push(check('vat-stated-total', vat === statedVat, ['vat'], `Momsen per sats (${kr(vat)}) ${vat === statedVat ? 'är' : 'är inte'} den utskrivna summan moms (${kr(statedVat)}).`));
  if (choice && parts.length > 0) {
    const goods = choice.goods;
    const cap = Math.abs(goods) / 5 + 2;
    const ok = Math.abs(vat) <= cap && (vat === 0 || Math.sign(vat) === Math.sign(goods) || parts.some((p) => Math.sign(p.vat) !== Math.sign(vat)));
    out.push(check('vat-share', ok, ['vat', 'total'], ok ? 'Momsen är rimlig i förhållande till summan.' : `Momsen ${kr(vat)} kan inte ingå i summan ${kr(goods)}.`));
    if (parts.every((p) => p.gross !== null)) {
      const gross = sumOre(parts.map((p) => p.gross as Ore));
      out.push(check('vat-table-total', gross === goods, ['vat', 'total'], `Momstabellens brutto ${kr(gross)} ${gross === goods ? 'är' : 'är inte'} summan ${kr(goods)}.`));
    }
  }
  return out;
}

/** Checks of the total against the other printings of what was paid. */
export function totalChecks(e: TotalEvidence, choice: TotalChoice | null): ReceiptCheck[] {
  if (!choice) return [];
  const out: ReceiptCheck[] = [];
  const t = choice.total;
  const keyed = [...e.toPay, ...e.totals].filter((v) => v === t || v === choice.goods).length;
  if (keyed > 1) out.push(check('total-repeated', true, ['total'], `Summan ${kr(t)} står på flera rader.`));
  const card = [...e.purchases, ...e.paid];
  const cash = e.cashGiven !== null && e.change !== null ? ore(e.cashGiven - e.change) : null;
  const readings = paymentReadings(e);
  if (card.length > 0 || cash !== null) {
    const agree = readings.some((v) => v === t);
    out.push(check('payment-amount', agree, ['total', 'payment'], agree ? `Betalningen (${kr(t)}) är summan.` : `Betalningen ${kr((card[0] ?? cash) as Ore)} är inte summan ${kr(t)}.`));
  }
  return out;
}

/** The item lines of a receipt (parse.ts `readItems`). */
export interface ItemLines {
  /** The last amount of each item row (discounts and deposits included, negative when returned). */
  amounts: Ore[];
  /** Every row of the item block has an amount of its own and no row is ambiguous; at least two. */
  reliable: boolean;
}

/** Öre rounding to whole kronor: a sum this close to the total may be the unprinted rounding. */
const ROUNDING = 50;

/**
 * The item lines add up to the total. Equal to the goods total (or to what was paid): `pass`.
 * Different by more than öre rounding: `fail` when the item rows were read reliably, else
 * nothing (a row may be a quantity, a card greeting or a misread, so the sum says nothing).
 */
export function itemsCheck(items: ItemLines, choice: TotalChoice | null): ReceiptCheck[] {
  if (!choice || items.amounts.length < 2) return [];
  const sum = sumOre(items.amounts);
  if (sum === choice.goods || sum === choice.total) return [check('items-sum', true, ['total'], `Raderna summerar till ${kr(sum)}.`)];
  const off = Math.min(Math.abs(sum - choice.goods), Math.abs(sum - choice.total));
  if (!items.reliable || off <= ROUNDING) return [];
  return [check('items-sum', false, ['total'], `Raderna summerar till ${kr(sum)}, inte till summan ${kr(choice.total)}; kontrollera beloppen.`)];
}
