/**
 * A seeded, generated bank year for a fixture company: a Nordea-shaped CSV (newest first, running
 * balance on every row) and the vouchers the company booked for ~95 % of the rows, so matching
 * and reconciliation can be measured against the known truth.
 *
 * What the year holds (2026, opening balance 150 000,00):
 * - monthly rent, salary, three subscriptions and a skattekonto transfer (repeated amounts a
 *   month apart), a fortnightly parking fee (repeated amount, two weeks apart);
 * - customer payments and supplier payments with Luhn-valid OCR references, some of whose
 *   vouchers are dated 8–18 days from the bank date (found only by reference);
 * - card purchases with öre amounts, the voucher dated on the purchase day 0–3 days before the
 *   bank date;
 * - a cluster of identical coffee purchases (−45,00, sometimes twice a day): genuinely ambiguous;
 * - noise (~5 %): rows without any voucher — bank fees, interest, unknown card rows — and ~1 %
 *   vouchers dated 7–12 days away without a reference (outside the rule, linked by hand).
 * Voucher dates never leave the bank row's month, so every month can reconcile to zero.
 */
import { luhnCheckDigit } from '../../../shared/domain/identity/luhn.js';

export interface GenVoucher {
  date: string;
  text: string;
  reference?: string;
  lines: { account: string; amount: number }[];
}

export interface GenRow {
  date: string;
  amount: number;
  text: string;
  counterparty: string;
  reference: string;
  /** Index into `vouchers`, or null for noise rows (no voucher). */
  voucher: number | null;
  kind: 'regular' | 'reference' | 'card' | 'coffee' | 'late' | 'noise';
  /** Source line in the CSV (1-based, header on line 1). */
  line: number;
}

export interface GenYear {
  csv: string;
  opening: number;
  rows: GenRow[];
  vouchers: GenVoucher[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (m: number, d: number) => `2026-${pad(m)}-${pad(d)}`;
const dim = (m: number) => new Date(Date.UTC(2026, m, 0)).getUTCDate();
const kr = (ore: number) => `${ore < 0 ? '-' : ''}${Math.floor(Math.abs(ore) / 100)},${pad(Math.abs(ore) % 100)}`;

export function generateYear(seed = 2026): GenYear {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const ocr = () => {
    const body = String(int(10_000_000, 99_999_999));
    return `${body}${luhnCheckDigit(body)}`;
  };
  const rows: Omit<GenRow, 'line'>[] = [];
  const vouchers: GenVoucher[] = [];
  const usedAmounts = new Set<number>([4_500, 6_000, 8_500, 29_900, 49_900, 59_900, 900_000, 1_250_000, 2_500_000]);
  const unique = (lo: number, hi: number) => {
    for (;;) {
      const a = int(lo, hi);
      if (!usedAmounts.has(a)) {
        usedAmounts.add(a);
        return a;
      }
    }
  };
  const voucher = (date: string, text: string, amount: number, other: string, reference?: string, vat = false): number => {
    const lines = vat
      ? [{ account: '1930', amount }, { account: '2641', amount: -Math.round(amount / 5) }, { account: other, amount: -amount + Math.round(amount / 5) }]
      : [{ account: '1930', amount }, { account: other, amount: -amount }];
    vouchers.push({ date, text, lines, ...(reference ? { reference } : {}) });
    return vouchers.length - 1;
  };
  const add = (r: Omit<GenRow, 'line' | 'voucher'>, v: number | null) => rows.push({ ...r, voucher: v });
  const inMonth = (m: number, d: number) => Math.min(Math.max(d, 1), dim(m));

  for (let m = 1; m <= 12; m++) {
    const fixed: [number, number, string, string][] = [
      [1, -1_250_000, 'HYRA LOKAL', '5010'], [25, -2_500_000, 'LÖN', '7210'], [12, -900_000, 'BG 5050-1055 SKATTEVERKET', '1630'],
      [5, -59_900, 'ADOBE', '6540'], [9, -49_900, 'TELIA', '6212'], [15, -29_900, 'FORTNOX', '6540'],
    ];
    for (const [d, amount, text, acct] of fixed) {
      const bd = iso(m, d);
      const vd = iso(m, inMonth(m, d - int(0, 2)));
      add({ date: bd, amount, text, counterparty: text, reference: '', kind: 'regular' }, voucher(vd, text, amount, acct, undefined, acct === '6540' || acct === '6212'));
    }
    for (const d of [7, 21]) add({ date: iso(m, d), amount: -6_000, text: 'PARKERING', counterparty: 'EasyPark', reference: '', kind: 'regular' }, voucher(iso(m, d - int(0, 3)), 'Parkering', -6_000, '5611', undefined, true));
    for (let k = 0; k < 14; k++) {
      const d = int(1, dim(m));
      const amount = unique(300_000, 6_000_000);
      const ref = ocr();
      const late = d >= 20 && k % 4 === 0;
      const vd = late ? iso(m, d - int(8, 18)) : iso(m, d);
      add({ date: iso(m, d), amount, text: 'BG INBETALNING', counterparty: `Kund ${int(1, 40)} AB`, reference: ref, kind: late ? 'reference' : 'regular' }, voucher(vd, 'Kundinbetalning', amount, '1510', ref));
    }
    for (let k = 0; k < 9; k++) {
      const d = int(1, dim(m));
      const amount = -unique(200_000, 4_000_000);
      const ref = ocr();
      const late = d >= 20 && k % 3 === 0;
      add({ date: iso(m, d), amount, text: 'BG BETALNING', counterparty: `Leverantör ${int(1, 30)}`, reference: ref, kind: late ? 'reference' : 'regular' }, voucher(late ? iso(m, d - int(8, 18)) : iso(m, d), 'Leverantörsbetalning', amount, '2440', ref));
    }
    for (let k = 0; k < 66; k++) {
      const d = int(1, dim(m));
      const amount = -unique(5_000, 300_000);
      const shop = ['ICA', 'CLAS OHLSON', 'BAUHAUS', 'STAPLES', 'CIRCLE K', 'JULA', 'WEBHALLEN', 'PRESSBYRÅN'][int(0, 7)]!;
      const far = k === 0 || (k === 33 && m % 2 === 0);
      const back = far ? int(7, 12) : int(0, 3);
      const vd = iso(m, d - back >= 1 ? d - back : Math.min(d + back, dim(m)));
      add({ date: iso(m, d), amount, text: `KORTKÖP ${String(d).padStart(2, '0')}${pad(m)}26 ${shop}`, counterparty: shop, reference: '', kind: far ? 'late' : 'card' }, voucher(vd, `Inköp ${shop}`, amount, ['6110', '5410', '5460', '4000'][int(0, 3)]!, undefined, true));
    }
    if (m >= 3 && m <= 5) {
      for (let k = 0; k < 7; k++) {
        const d = int(1, dim(m));
        const times = k % 4 === 0 ? 2 : 1;
        for (let t = 0; t < times; t++) add({ date: iso(m, d), amount: -4_500, text: 'KORTKÖP ESPRESSO HOUSE', counterparty: 'ESPRESSO HOUSE', reference: '', kind: 'coffee' }, voucher(iso(m, d), 'Kaffe kund', -4_500, '6071', undefined, true));
      }
    }
    add({ date: iso(m, dim(m)), amount: -8_500, text: 'AVGIFT FÖRETAGSPAKET', counterparty: '', reference: '', kind: 'noise' }, null);
    if (m % 3 === 0) add({ date: iso(m, dim(m)), amount: unique(100, 9_000), text: 'RÄNTA', counterparty: '', reference: '', kind: 'noise' }, null);
    for (let k = 0; k < 4; k++) add({ date: iso(m, int(1, dim(m))), amount: -unique(301_000, 399_000), text: `KORTKÖP OKÄND ${k}`, counterparty: '', reference: '', kind: 'noise' }, null);
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const opening = 15_000_000;
  const n = rows.length;
  const withLines: GenRow[] = rows.map((r, i) => ({ ...r, line: 2 + (n - 1 - i) }));
  let bal = opening;
  const balances = withLines.map((r) => (bal += r.amount));
  const body = withLines.map((r, i) => [r.date, kr(r.amount), '', '', r.counterparty, r.text, r.reference, kr(balances[i]!), 'SEK'].join(';')).reverse();
  const csv = `\ufeffBokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Meddelande;Saldo;Valuta\r\n${body.join('\r\n')}\r\n`;
  return { csv, opening, rows: withLines, vouchers };
}
