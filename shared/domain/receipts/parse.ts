/**
 * From the row-grouped text of a receipt to its fields, the cross-checks and the `certain` flags.
 * Pure: the same lines always give the same reading.
 */
import { type Ore, ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import { normaliseLine, amountsIn } from './amount.js';
import { readDate } from './date.js';
import { readOrgnr } from './orgnr.js';
import { readMerchant } from './merchant.js';
import { readPayment } from './payment.js';
import { readCurrency } from './currency.js';
import { readVatTable, type TableRow } from './vatTable.js';
import { formatSv } from '../money/format.js';
import { readVatLines } from './vatLines.js';
import { decideRate } from './rate.js';
import { chooseTotal, firstTotalLine, totalEvidence, type TotalChoice } from './total.js';
import { itemsCheck, totalChecks, vatTotalChecks, type ItemLines } from './checks.js';
import { certainFields } from './certainty.js';
import type { ReceiptCheck, ReceiptFields, ReceiptReading, VatPart } from './types.js';

export interface ParseOptions {
  /** Dates after this are misreadings (pass a few days after today). */
  notAfter?: IsoDate;
}

const KEYWORD_LINE = /(total|summa|betala|betalat|[mhn][o0][mn][s5]|netto|brutto|kort|kontant|växel|vaxel|tillbaka|swish|visa|mastercard|köp\b|kop\b|osto|alv\b|vat\b|yhteens|avrundning|saldo|bonus|poäng|medlem)/i;

/**
 * @example parseReceipt(['ICA Nära Test', '2025-03-14 17:42', 'Summa att betala 1 234,50']).fields.total // 123450
 */
export function parseReceipt(rawLines: readonly string[], opts: ParseOptions = {}): ReceiptReading {
  const lines = rawLines.map(normaliseLine).filter((l) => l.length > 0);
  const checks: ReceiptCheck[] = [];
  const table = readVatTable(lines);
  const tableLines = new Set<number>(table ? [table.header, ...table.rows.map((r) => r.line)] : []);
  const vatLines = readVatLines(lines, tableLines);
  const evidence = totalEvidence(lines, tableLines);

  let parts: VatPart[] = [];
  if (table) {
    for (const row of table.rows) {
      const r = repairedRow(row);
      const d = decideRate(r.printedRate, r.vat, r.net, r.gross);
      parts.push({ rate: d.rate ?? '?', vat: r.vat, net: r.net ?? (r.gross !== null ? ore(r.gross - r.vat) : null), gross: r.gross ?? (r.net !== null ? ore(r.net + r.vat) : null) });
      if (r.net !== null && r.gross !== null) {
        const ok = !r.repaired && Math.abs(r.net + r.vat - r.gross) <= 1;
        checks.push({ code: 'vat-row-sum', outcome: ok ? 'pass' : 'fail', fields: ['vat'], message: ok ? 'Netto + moms = brutto.'
          : r.repaired ? `Momsen lästes som ${formatSv(row.vat)} men netto och brutto ger ${formatSv(r.vat)} (${d.rate} %); kontrollera.` : `Netto + moms är inte brutto på momsraden ${d.rate ?? ''} %.` });
      }
      checks.push({ code: 'vat-row-rate', outcome: d.consistent ? 'pass' : 'fail', fields: ['vat'], message: d.consistent ? `Momsen stämmer med ${d.rate} %.` : 'Momsen stämmer inte med momssatsen.' });
    }
  }
  const tableGross = parts.length && parts.every((p) => p.gross !== null) ? ore(parts.reduce((s, p) => s + (p.gross as number), 0)) : null;
  const choice = chooseTotal(evidence, tableGross !== null ? [tableGross] : []);
  if (!table) {
    const fromLines = vatFromLines(vatLines.parts, choice);
    parts = fromLines.parts;
    checks.push(...fromLines.checks);
  }
  parts = parts.filter((p) => p.rate !== '?' || p.vat !== 0);
  checks.push(...vatTotalChecks(parts, choice, vatLines.statedTotal ?? table?.totals?.vat ?? null));
  checks.push(...totalChecks(evidence, choice));
  checks.push(...itemsCheck(readItems(lines, tableLines), choice));

  const date = readDate(lines, opts.notAfter);
  const orgnr = readOrgnr(lines);
  const merchant = readMerchant(lines);
  const currency = readCurrency(lines);
  if (date?.repeated) checks.push({ code: 'date-repeated', outcome: 'pass', fields: ['date'], message: 'Datumet står på flera ställen.' });
  if (orgnr) checks.push({ code: 'orgnr-luhn', outcome: 'pass', fields: ['orgnr'], message: 'Organisationsnumrets kontrollsiffra stämmer.' });
  if (merchant?.confirmed) checks.push({ code: merchant.chain ? 'merchant-known' : 'merchant-repeated', outcome: 'pass', fields: ['merchant'], message: merchant.chain ? 'Känd butikskedja.' : 'Namnet står på flera ställen.' });
  if (currency?.printed) checks.push({ code: 'currency-printed', outcome: 'pass', fields: ['currency'], message: `Valutan ${currency.currency} står på kvittot.` });

  const fields: ReceiptFields = {
    merchant: merchant?.name ?? null, orgnr: orgnr?.orgnr ?? null, date: date?.date ?? null,
    total: choice?.total ?? null, rounding: choice?.rounding ?? ore(0), currency: currency?.currency ?? null,
    vat: parts, payment: readPayment(lines.slice(Math.max(0, firstTotalLine(lines, tableLines)))) ?? readPayment(lines),
  };
  return { fields, certain: certainFields(fields, checks), checks, lines };
}

function vatFromLines(found: ReturnType<typeof readVatLines>['parts'], choice: TotalChoice | null): { parts: VatPart[]; checks: ReceiptCheck[] } {
  const checks: ReceiptCheck[] = [];
  if (found.length === 1 && choice) {
    const only = found[0]!;
    const d = decideRate(only.printedRate, only.vat, null, choice.goods);
    checks.push({ code: 'vat-row-rate', outcome: d.consistent ? 'pass' : 'fail', fields: ['vat'], message: d.consistent ? `Momsen stämmer med ${d.rate} % av summan.` : 'Momsen stämmer inte med summan och momssatsen.' });
    return { parts: [{ rate: d.rate ?? '?', vat: only.vat, net: null, gross: d.consistent ? choice.goods : null }], checks };
  }
  return { parts: found.map((p) => ({ rate: p.printedRate ?? '?', vat: p.vat, net: null, gross: null })), checks };
}

/**
 * A VAT row whose printed VAT disagrees with its net and gross while gross − net fits the printed
 * rate: OCR misread the VAT figure (27,70 as 21,70), so the VAT is taken as gross − net and the
 * row is flagged (never certain).
 */
function repairedRow(r: TableRow): TableRow & { repaired: boolean } {
  if (r.net === null || r.gross === null || Math.abs(r.net + r.vat - r.gross) <= 1) return { ...r, repaired: false };
  const derived = ore(r.gross - r.net);
  const d = decideRate(r.printedRate, derived, r.net, r.gross);
  return d.consistent && r.printedRate !== null ? { ...r, vat: derived, repaired: true } : { ...r, repaired: false };
}

/**
 * A printed quantity or unit price: "2x", "2 *", "1.00xART", "2,00 st", "0,330kg*69,50kr/kg".
 * Such a line carries the line total only when a name and at least two amounts stand on it
 * ("Kaffe 2x 39,90 79,80"); alone ("2 * 69,00") it repeats a price of the line above.
 */
const QUANTITY = /\d\s?(x|\*|×|à|á|@)|(x|\*|×|à|á|@)\s?\d|\d\s?(st|kg|hg|g|l)\b|kr\/|\/(kg|st|hg|l)\b/i;

/**
 * The item lines: amounts of the lines above the first total line that carry no keyword (the
 * items, discounts, deposits), and whether they were read reliably enough for a sum that differs
 * from the total to count against it: at least two, and between the first of them and the total
 * line every row that holds letters or digits has an amount of its own, carries no keyword
 * amount (a "Kort 12,50" or "Bonus -5,00" may be an item or not) and is no bare quantity row.
 */
export function readItems(lines: readonly string[], skip: ReadonlySet<number>): ItemLines {
  const end = lines.findIndex((l) => /^\W{0,3}(totalt|total|summa|att betala|betalat|yhteens)/i.test(l));
  if (end < 0) return { amounts: [], reliable: false };
  const amounts: Ore[] = [];
  let reliable = true;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (skip.has(i)) continue;
    const found = amountsIn(l);
    const inBlock = amounts.length > 0 || found.length > 0;
    if (KEYWORD_LINE.test(l)) {
      if (inBlock && found.length > 0) reliable = false;
      continue;
    }
    if (found.length > 0) {
      amounts.push(found[found.length - 1]!.value);
      const named = /\p{L}{3}/u.test(l.slice(0, found[0]!.start));
      if (QUANTITY.test(l) && (found.length < 2 || !named)) reliable = false;
    } else if (inBlock && /[\p{L}\d]{3}/u.test(l)) reliable = false;
  }
  return { amounts, reliable: reliable && amounts.length >= 2 };
}

/**
 * How much a reading can be trusted, for choosing between readings of one image: certain fields
 * count most, then passed checks; failed checks count against. `done` when total and date are
 * read, the total is certain and no check failed.
 * @example judgeReading(parseReceipt(lines)).done
 */
export function judgeReading(r: ReceiptReading): { score: number; done: boolean } {
  const pass = r.checks.filter((c) => c.outcome === 'pass').length;
  const fails = r.checks.filter((c) => c.outcome === 'fail').length;
  const c = r.certain;
  const score = 6 * Number(c.total) + 3 * Number(c.vat) + 2 * Number(c.date) + Number(r.fields.total !== null) + Number(r.fields.date !== null) + pass - 2 * fails;
  const vatPrinted = r.lines.some((l) => /(^|[^\p{L}])([mhn][o0][mn][s5]|vat|alv|mwst)([^\p{L}]|$)/iu.test(l));
  return { score, done: c.total && r.fields.date !== null && fails === 0 && (c.vat || !vatPrinted) };
}
