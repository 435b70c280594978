/**
 * The total, anchored by its words (never the first or largest amount on the receipt, case C20):
 * "Att betala" (after öre rounding) before "Totalt"/"Summa"/"Total"/"Betalat"/"Yhteensä"; the card
 * slip's "Köp"/"OSTO", the payment line ("Kort 135,73") and cash minus change are second readings.
 */
import { type Ore, ore } from '../money/ore.js';
import { amountsIn } from './amount.js';

export interface TotalEvidence {
  /** Amounts on "att betala" lines. */
  toPay: Ore[];
  /** Amounts on total/sum lines. */
  totals: Ore[];
  /** Card-slip purchase amounts ("Köp 135,73", "OSTO EUR 18,00"). */
  purchases: Ore[];
  /** Amounts on card/Swish payment lines. */
  paid: Ore[];
  cashGiven: Ore | null;
  change: Ore | null;
  /** An öre rounding line ("Avrundning -0,01", "Öresavrundning 0,49"). */
  roundingLine: Ore | null;
}

const TO_PAY = /(att betala|to pay|maksettava|zu zahlen)/i;
const TOTAL = /^\W{0,3}(totalt|total|summa|slutsumma|yhteens[aä]|yhteensa|grand total|summe|betalat|belopp|amount|sum)(?![\p{L}])/iu;
const NOT_TOTAL = /([mhn][o0][mn][s5]|vat\b|alv\b|mwst|netto|exkl|excl|veroton|ilman|varor|artiklar|antal|rabatt|discount|delsumma|subtotal|spar|poäng|bonus|saldo|art\b)/iu;
const PURCHASE = /^\W{0,3}(k[öo]p|osto|purchase|sale|debit|kauf)(?![\p{L}])/iu;
const PAID = /(kort|visa|mastercard|maestro|kortti|card|swish|amex|american express|euroline|mottaget|erhållet|received)/i;
const CASH = /(kontant|käteinen|kateinen|cash|bar\b)/i;
const CHANGE = /(växel|vaxel|tillbaka|change|vaihtoraha|retur ?pengar)/i;
const ROUNDING = /(avrundning|öresavrundning|oresavrundning|öresutjämning|utjämning|pyöristys|rounding)/i;

const last = (line: string): Ore | null => {
  const a = amountsIn(line.replace(/\d{1,2}(?:[.,]\d{1,2})?\s?%/g, ' '));
  return a.length ? (a[a.length - 1]!.value) : null;
};

/** A label alone on its row whose amount sits on the next row by itself ("OSTO" / "EUR 18,00"). */
function amountBelow(lines: readonly string[], i: number): Ore | null {
  if (!/^[\p{L} .:]{2,30}$/u.test(lines[i] as string)) return null;
  const next = lines.slice(i + 1, i + 3).find((l) => /[\p{L}\d]/u.test(l));
  if (!next) return null;
  if (!/^\W*(EUR|SEK|kr|€|NOK|DKK|CHF)?\s*-?\d[\d .,]*\d\s*(EUR|SEK|kr|€|:-)?\W*$/iu.test(next)) return null;
  return last(next);
}

/** The index of the first total or "att betala" line with an amount, or −1. */
export function firstTotalLine(lines: readonly string[], skip: ReadonlySet<number> = new Set()): number {
  return lines.findIndex((l, i) => !skip.has(i) && last(l) !== null && (TO_PAY.test(l) || (TOTAL.test(l) && !NOT_TOTAL.test(l))));
}

/**
 * @example totalEvidence(['TOTALT 57.51', 'ATT BETALA 57.50']).toPay // [5750]
 */
export function totalEvidence(lines: readonly string[], skip: ReadonlySet<number> = new Set()): TotalEvidence {
  const e: TotalEvidence = { toPay: [], totals: [], purchases: [], paid: [], cashGiven: null, change: null, roundingLine: null };
  // Payment lines come after the total: above it, "KORT 12.50" is a greeting card, not a card payment.
  const first = firstTotalLine(lines, skip);
  lines.forEach((line, i) => {
    if (skip.has(i)) return;
    const v = last(line) ?? amountBelow(lines, i);
    if (v === null) return;
    if (ROUNDING.test(line)) e.roundingLine ??= v;
    else if (TO_PAY.test(line)) e.toPay.push(v);
    else if (TOTAL.test(line) && !NOT_TOTAL.test(line)) e.totals.push(v);
    else if (first >= 0 && i < first) return;
    else if (PURCHASE.test(line)) e.purchases.push(v);
    else if (CHANGE.test(line)) e.change ??= ore(Math.abs(v));
    else if (CASH.test(line)) e.cashGiven ??= v;
    else if (PAID.test(line) && !NOT_TOTAL.test(line)) e.paid.push(v);
  });
  return e;
}

/** Readings of the amount paid besides the total lines: card slip, payment line, cash − change. */
export function paymentReadings(e: TotalEvidence): Ore[] {
  const out = [...e.purchases, ...e.paid];
  if (e.cashGiven !== null && e.change !== null) out.push(ore(e.cashGiven - e.change));
  else if (e.cashGiven !== null) out.push(e.cashGiven);
  return out;
}

export interface TotalChoice {
  total: Ore;
  /** The goods total before öre rounding (the VAT table's gross adds up to this). */
  goods: Ore;
  rounding: Ore;
  /** How many readings besides the chosen one agree with the total (or with the goods total). */
  support: number;
}

/**
 * The total to pay: of the keyword candidates, the one most other readings agree with (the VAT
 * table's gross sum, `extra`, counts as one); ties go to "att betala", then to the later line.
 * An "att betala" within 50 öre of the chosen goods total is the same sum after öre rounding.
 */
export function chooseTotal(e: TotalEvidence, extra: readonly Ore[] = []): TotalChoice | null {
  const pay = paymentReadings(e);
  const keyed = [...e.totals.map((v) => ({ v, toPay: false })), ...e.toPay.map((v) => ({ v, toPay: true }))];
  const pool = keyed.length ? keyed : pay.map((v) => ({ v, toPay: false }));
  if (pool.length === 0) return null;
  const all = [...e.toPay, ...e.totals, ...pay, ...extra];
  const count = (v: Ore) => all.filter((x) => x === v).length;
  let best = pool[pool.length - 1]!;
  for (const c of pool) if (count(c.v) > count(best.v) || (count(c.v) === count(best.v) && c.toPay && !best.toPay)) best = c;
  let total = best.v;
  let goods = best.v;
  if (!best.toPay) {
    const p = e.toPay.find((x) => x !== goods && Math.abs(x - goods) <= 50);
    if (p !== undefined) total = p;
  } else {
    const g = e.totals.find((x) => x !== total && Math.abs(x - total) <= 50);
    if (g !== undefined) goods = g;
  }
  if (e.roundingLine !== null && Math.abs(e.roundingLine) <= 99 && e.roundingLine !== 0 && total === goods) goods = ore(total - e.roundingLine);
  const support = count(total) - 1 + (goods !== total ? count(goods) : 0);
  return { total, goods, rounding: ore(total - goods), support };
}
