/**
 * The draft voucher for a receipt: cost, input VAT per rate on 2641, the payment, öre rounding on
 * 3740. Accounts come from the last voucher booked for the same merchant (org.nr, else normalised
 * name, else chain), else the keyword table. Nothing is posted from here: the user confirms.
 */
import { type Ore, ore, sumOre } from '../money/ore.js';
import { mulDiv } from '../money/decimal.js';
import type { DraftLine } from '../ledger/voucher.js';
import type { IsoDate } from '../dates/isoDate.js';
import { splitGross } from '../vat/split.js';
import { INPUT_VAT_ACCOUNT } from '../vat/splitLines.js';
import { deductibleRepresentationVat } from '../vat/representation.js';
import type { ReceiptFields } from './types.js';
import { DEFAULT_COST_ACCOUNT, type KeywordRule } from './keywords.js';
import { SWEDISH_RATES, fitsRate } from './rate.js';

export const ROUNDING_ACCOUNT = '3740';
export type PayChoice = 'bank' | 'cash' | 'private';

export interface HistoryVoucher {
  ref: string;
  lines: { account: string; amount: number }[];
}

export interface SuggestInput {
  fields: ReceiptFields;
  form: 'EF' | 'AB';
  history: HistoryVoucher | null;
  keyword: KeywordRule | null;
  /** Override of how it was paid: company account (1930), cash (1910), or privately (2018 EF / 2893 AB). */
  pay?: PayChoice;
  /** For a receipt in another currency: what it cost in kronor (from the bank or card statement). */
  sekTotal?: Ore;
  /** For a meal: how many took part (the VAT deduction is capped per person). */
  participants?: number;
}

export interface ReceiptSuggestion {
  source: 'history' | 'keyword' | 'default';
  basedOn: string | null;
  text: string;
  date: IsoDate | null;
  counterparty: string | null;
  lines: DraftLine[];
  /** Swedish remarks for the user: what to check before posting. */
  notes: string[];
}

const isVatAccount = (a: string) => /^26[4-5]\d$/.test(a);

/** The payment account: as chosen, else as last time, else by how the receipt says it was paid. */
export function payAccountOf(i: SuggestInput): string {
  if (i.pay === 'private') return i.form === 'EF' ? '2018' : '2893';
  if (i.pay === 'cash') return '1910';
  if (i.pay === 'bank') return '1930';
  const credit = i.history?.lines.filter((l) => l.amount < 0).sort((a, b) => a.amount - b.amount)[0];
  if (credit && credit.account !== ROUNDING_ACCOUNT) return credit.account;
  return i.fields.payment === 'cash' ? '1910' : '1930';
}

/**
 * The voucher text: the merchant, then what was bought in lower case. A chain rule's label names
 * the chain in brackets ("Kläder (H&M)") for the keyword list; the merchant already stands first,
 * so the bracket is left out: "H&M, kläder", never "H&M, kläder (h&m)".
 * @example voucherText('H&M', { label: 'Kläder (H&M)', chain: 'hm', ... }) // 'H&M, kläder'
 */
export function voucherText(merchant: string | null | undefined, keyword: Pick<KeywordRule, 'label' | 'chain'> | null): string {
  if (!merchant) return 'Kvitto';
  const label = keyword?.label ? (keyword.chain ? keyword.label.replace(/\s*\([^)]*\)\s*$/, '') : keyword.label).trim() : '';
  return label ? `${merchant}, ${label.toLowerCase()}` : merchant;
}

/** Cost accounts and their shares: last time's cost lines, else the keyword's account, else 6991. */
function costAccounts(i: SuggestInput, pay: string): { account: string; weight: number }[] {
  const hist = i.history?.lines.filter((l) => l.amount > 0 && !isVatAccount(l.account) && l.account !== pay && l.account !== ROUNDING_ACCOUNT) ?? [];
  if (hist.length) return hist.map((l) => ({ account: l.account, weight: l.amount }));
  return [{ account: i.keyword?.account ?? DEFAULT_COST_ACCOUNT, weight: 1 }];
}

/** The rate last time's VAT line implies (VAT / net of the cost), when it is a Swedish rate. */
function historyRate(h: HistoryVoucher | null): string | null {
  if (!h) return null;
  const vat = sumOre(h.lines.filter((l) => isVatAccount(l.account)).map((l) => ore(l.amount)));
  const net = sumOre(h.lines.filter((l) => l.amount > 0 && !isVatAccount(l.account) && l.account !== ROUNDING_ACCOUNT).map((l) => ore(l.amount)));
  if (vat === 0) return net !== 0 ? '0' : null;
  return SWEDISH_RATES.find((r) => fitsRate(r, vat, net, null)) ?? null;
}

/** Net cost split over the cost accounts by their weights, the last taking the remainder. */
function spread(net: Ore, accounts: { account: string; weight: number }[]): DraftLine[] {
  const total = accounts.reduce((s, a) => s + a.weight, 0);
  let left: number = net;
  return accounts.map((a, k) => {
    const amount = k === accounts.length - 1 ? ore(left) : mulDiv(net, a.weight, total);
    left -= amount;
    return { account: a.account, amount };
  });
}

/**
 * @example suggestLines({ fields, form: 'AB', history: null, keyword: { account: '5460', ... } }).lines
 *   // 5460 net / 2641 VAT (one line per rate) / 1930 −total
 */
export function suggestReceipt(i: SuggestInput): ReceiptSuggestion {
  const f = i.fields;
  const notes: string[] = [];
  const pay = payAccountOf(i);
  const source = i.history ? 'history' : i.keyword ? 'keyword' : 'default';
  const base = { source, basedOn: i.history?.ref ?? null, text: voucherText(f.merchant, i.keyword),
    date: f.date, counterparty: f.merchant } as const;
  const foreign = f.currency !== null && f.currency !== 'SEK';
  if (f.total === null) return { ...base, lines: [], notes: ['Summan kunde inte läsas. Skriv in den.'] };
  const costs = costAccounts(i, pay);
  if (foreign) {
    notes.push(`Kvittot är i ${f.currency}. Utländsk moms dras inte av i Sverige; hela beloppet i kronor bokförs som kostnad.`);
    if (i.sekTotal === undefined) return { ...base, lines: [], notes: [...notes, 'Ange vad köpet kostade i kronor (se kontoutdraget).'] };
    return { ...base, lines: clean([...spread(i.sekTotal, costs), { account: pay, amount: ore(-i.sekTotal) }]), notes };
  }
  const goods = ore(f.total - f.rounding);
  let vats = vatPerRate(f, goods, i.history, notes);
  if (i.keyword?.meal || costs.some((c) => c.account === '6071')) {
    const n = i.participants ?? 1;
    notes.push(`Måltid: ange syfte och deltagare. Momsen dras av på högst 300 kr exklusive moms per person (${n} ${n === 1 ? 'person' : 'personer'}).`);
    vats = vats.map((v) => (v.rate === '?' ? v : { ...v, vat: deductibleRepresentationVat(v.vat, v.rate, n) }));
  }
  const vatSum = sumOre(vats.map((v) => v.vat));
  const lines: DraftLine[] = [
    ...spread(ore(goods - vatSum), costs),
    ...vats.map((v) => ({ account: INPUT_VAT_ACCOUNT, amount: v.vat, text: `Ingående moms ${v.rate} %` })),
    ...(f.rounding !== 0 ? [{ account: ROUNDING_ACCOUNT, amount: f.rounding, text: 'Öresavrundning' }] : []),
    { account: pay, amount: ore(-f.total) },
  ];
  return { ...base, lines: clean(lines), notes };
}

function vatPerRate(f: ReceiptFields, goods: Ore, h: HistoryVoucher | null, notes: string[]): { rate: string; vat: Ore }[] {
  const known = f.vat.filter((v) => v.rate !== '?' && v.rate !== '0');
  if (f.vat.length > 0 && known.length === f.vat.filter((v) => v.rate !== '0').length) {
    const byRate = new Map<string, number>();
    for (const v of known) byRate.set(v.rate, (byRate.get(v.rate) ?? 0) + v.vat);
    return [...byRate].map(([rate, vat]) => ({ rate, vat: ore(vat) }));
  }
  if (f.vat.length > 0) {
    notes.push('Momsen kunde inte delas upp per momssats. Kontrollera momsraderna.');
    return [{ rate: '?', vat: sumOre(f.vat.map((v) => v.vat)) }];
  }
  const rate = historyRate(h);
  if (rate && rate !== '0') {
    notes.push(`Ingen moms lästes från kvittot; ${rate} % som förra gången.`);
    return [{ rate, vat: splitGross(goods, rate).vat }];
  }
  notes.push('Ingen moms lästes från kvittot. Lägg till momsraden om kvittot har moms.');
  return [];
}

function clean(lines: DraftLine[]): DraftLine[] {
  return lines.filter((l) => l.amount !== 0);
}
