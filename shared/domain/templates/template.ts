import { type Result, ok, fail } from '../result.js';
import { type Ore, ore, sumOre } from '../money/ore.js';
import { percentOf, vatOfGross, ratioPercent, type Percent } from '../money/decimal.js';
import type { DraftLine } from '../ledger/voucher.js';

/**
 * One line of a konteringsmall. Amounts follow from the total the user enters:
 * `total` ±the total; `fixed` a set amount; `share` a percent of the total; `vat` the VAT
 * contained in the total at a rate (total − round(total/(1+rate)), case C15); `rest` whatever
 * makes the voucher balance (at most one line).
 */
export type TemplateRule =
  | { rule: 'total'; sign: 1 | -1 }
  | { rule: 'fixed'; amount: number }
  | { rule: 'share'; percent: Percent; sign: 1 | -1 }
  | { rule: 'vat'; rate: Percent; sign: 1 | -1 }
  | { rule: 'rest' };

export type TemplateLine = { account: string; text?: string } & TemplateRule;

export interface Template {
  name: string;
  form: 'EF' | 'AB' | 'both';
  description: string;
  lines: TemplateLine[];
  /** The counterparty offered when the template is applied (a template saved from a voucher keeps it). */
  counterparty?: string;
}

export type TemplateErrorCode = 'template-invalid';

/**
 * The voucher lines of a template for a total (öre, positive).
 * @example applyTemplate(kontorsmaterial25, ore(125000)) // 6110 100000 / 2641 25000 / 1930 -125000
 */
export function applyTemplate(t: Template, total: Ore): Result<DraftLine[], TemplateErrorCode> {
  const rests = t.lines.filter((l) => l.rule === 'rest').length;
  if (rests > 1) return fail('template-invalid', `Mallen "${t.name}" har fler än en restrad.`);
  const lines: (DraftLine & { rest?: boolean })[] = t.lines.map((l) => ({
    account: l.account,
    amount: amountOf(l, total),
    ...(l.text ? { text: l.text } : {}),
    ...(l.rule === 'rest' ? { rest: true } : {}),
  }));
  const diff = sumOre(lines.map((l) => l.amount));
  const rest = lines.find((l) => l.rest);
  if (rest) rest.amount = ore(-diff);
  else if (diff !== 0) return fail('template-invalid', `Mallen "${t.name}" balanserar inte för beloppet.`);
  return ok(lines.filter((l) => l.amount !== 0).map(({ rest: _r, ...l }) => l));
}

function amountOf(l: TemplateLine, total: Ore): Ore {
  switch (l.rule) {
    case 'total': return ore(l.sign * total);
    case 'fixed': return ore(l.amount);
    case 'share': return ore(l.sign * percentOf(total, l.percent));
    case 'vat': return ore(l.sign * vatOfGross(total, l.rate));
    case 'rest': return ore(0);
  }
}

/** The VAT rates a saved VAT line is recognised at (the amount must equal the VAT contained in the total). */
const KNOWN_VAT_RATES: readonly Percent[] = ['25', '12', '6'];

/** Input and output VAT accounts (BAS 261x–264x); only these lines can become `vat` rules. */
const isVatAccount = (account: string): boolean => /^26[1-4]\d$/.test(account);

/**
 * A template from an existing voucher whose lines SCALE with the total the user enters later.
 *
 * - The total is the voucher's largest single line amount (the payment or the gross, as in the
 *   built-in templates). A line of exactly ±the total becomes `total`.
 * - A line on an input/output VAT account (261x–264x) whose amount is exactly the VAT contained in
 *   the total at 25, 12 or 6 % becomes `vat` at that rate (VAT of the base, one rounding, case C15).
 * - Every other line becomes `share`: its percent of the total, exact to 10 decimals.
 *
 * Rounding (the one rule): each line is computed on its own and rounded half away from zero; the
 * largest `share` line (the first of equals) is the `rest` line and takes whatever makes the voucher
 * balance to the öre. When there is no share line but a VAT line, the first `total` line opposite
 * the VAT is the rest line instead. Applied with the original total, the template gives back
 * exactly the voucher's lines.
 * @example templateFromLines('Telia', 'EF', [6212 40000, 2641 10000, 1930 -50000]) applied to 62500
 *          // 6212 50000 / 2641 12500 / 1930 -62500
 */
export function templateFromLines(name: string, form: Template['form'], lines: DraftLine[], counterparty?: string): Template {
  const used = lines.filter((l) => l.amount !== 0);
  const total = ore(Math.max(0, ...used.map((l) => Math.abs(l.amount))));
  const out: TemplateLine[] = used.map((l) => {
    const sign: 1 | -1 = l.amount < 0 ? -1 : 1;
    const abs = ore(Math.abs(l.amount));
    const text = l.text ? { text: l.text } : {};
    if (abs === total) return { account: l.account, rule: 'total', sign, ...text };
    const rate = isVatAccount(l.account) ? KNOWN_VAT_RATES.find((r) => vatOfGross(total, r) === abs) : undefined;
    if (rate) return { account: l.account, rule: 'vat', rate, sign, ...text };
    return { account: l.account, rule: 'share', percent: ratioPercent(abs, total, 10), sign, ...text };
  });
  const shares = out.map((l, i) => ({ l, i, abs: Math.abs(used[i]!.amount) })).filter((x) => x.l.rule === 'share');
  let restAt = -1;
  if (shares.length > 0) restAt = shares.reduce((a, b) => (b.abs > a.abs ? b : a)).i;
  else if (out.some((l) => l.rule === 'vat')) {
    const vatSign = Math.sign(sumOre(used.filter((_l, i) => out[i]!.rule === 'vat').map((l) => l.amount)));
    restAt = out.findIndex((l) => l.rule === 'total' && l.sign === -vatSign);
    if (restAt < 0) restAt = out.findIndex((l) => l.rule === 'total');
  }
  if (restAt >= 0) {
    const l = out[restAt]!;
    out[restAt] = { account: l.account, rule: 'rest', ...(l.text ? { text: l.text } : {}) };
  }
  return {
    name, form, description: 'Sparad från en verifikation; raderna räknas om efter beloppet', lines: out,
    ...(counterparty ? { counterparty } : {}),
  };
}

/** Kundfordringar (151x) and leverantörsskulder (244x). */
const isInvoiceAccount = (account: string): boolean => /^(151\d|244\d)$/.test(account);

/**
 * A template that books an INVOICE: a receivable or payable line together with a VAT line
 * ("Kundfaktura 25 %", "Leverantörsfaktura 25 %"). That is fakturametoden; under kontantmetoden
 * the VAT is booked when the money moves, and unpaid invoices at year end are booked by the
 * bokslut. Payment templates (1930 against 1510/2440, no VAT) are not invoice templates.
 */
export function isInvoiceTemplate(t: Pick<Template, 'lines'>): boolean {
  return t.lines.some((l) => isInvoiceAccount(l.account)) && t.lines.some((l) => l.rule === 'vat' || (isVatAccount(l.account) && l.rule !== 'rest'));
}

/**
 * The templates offered to a company: under kontantmetoden the invoice templates are left out
 * (they stay in the file and can still be applied by name, e.g. `post --template`).
 */
export function templatesForMethod<T extends Pick<Template, 'lines'>>(templates: readonly T[], method: 'kontant' | 'faktura'): T[] {
  return method === 'kontant' ? templates.filter((t) => !isInvoiceTemplate(t)) : [...templates];
}
