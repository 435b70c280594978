/**
 * Lines of a voucher booked from a bank row. The row's amount always lands, unchanged, on the
 * bank's ledger account (debit for money in, credit for money out); the rest comes from a
 * template, the user, or an earlier voucher of the same counterparty.
 */
import { type Result, ok, fail } from '../result.js';
import { type Ore, ore } from '../money/ore.js';
import { formatSv } from '../money/format.js';
import { mulDiv } from '../money/decimal.js';
import type { DraftLine } from '../ledger/voucher.js';

export type BankBookingErrorCode = 'bank-template-mismatch' | 'bank-line-mismatch';

/** Accounts a template may name as "the money side": cash and bank (19xx) and the tax account. */
export function isPaymentAccount(account: string): boolean {
  return /^19\d\d$/.test(account) || account === '1630' || account === '2850';
}

const negate = (ls: DraftLine[]) => ls.map((l) => ({ ...l, amount: ore(-l.amount) }));

function bankLineProblem(bankAccount: string, rowAmount: Ore, found: number) {
  return fail('bank-line-mismatch' as const,
    found > 1
      ? `Konteringen har ${found} rader på bankkontot ${bankAccount}; den ska ha en, med bankradens belopp ${formatSv(rowAmount)}.`
      : `Raden på bankkontot ${bankAccount} ska vara bankradens belopp ${formatSv(rowAmount)}. Ändra beloppet eller ta bort raden (den läggs då till automatiskt).`,
    { path: 'lines' });
}

/**
 * A template applied to the row's absolute amount, turned to the row's direction and moved onto
 * the bank account when the template names another payment account (e.g. 1930 for a card account;
 * with two, the one of the bank account's kind: 19xx for a bank, 1630/2850 for the tax account).
 * @example orientToRow([{ account: '6110', amount: 8000 }, { account: '2641', amount: 2000 }, { account: '1930', amount: -10000 }], '1930', ore(-10000)) // unchanged
 */
export function orientToRow(lines: readonly DraftLine[], bankAccount: string, rowAmount: Ore): Result<DraftLine[], BankBookingErrorCode> {
  let out: DraftLine[] = lines.map((l) => ({ ...l }));
  if (!out.some((l) => l.account === bankAccount)) {
    const all = out.filter((l) => isPaymentAccount(l.account));
    const sameKind = all.filter((l) => l.account.startsWith('19') === bankAccount.startsWith('19'));
    const pay = all.length === 1 ? all : sameKind;
    if (pay.length !== 1)
      return fail('bank-template-mismatch', `Mallen har ingen rad för bankkontot ${bankAccount} och ingen entydig betalningsrad (19xx/1630) att flytta dit. Välj en annan mall eller ange raderna själv.`, { path: 'template' });
    pay[0]!.account = bankAccount;
  }
  const bank = out.filter((l) => l.account === bankAccount);
  if (bank.length !== 1) return bankLineProblem(bankAccount, rowAmount, bank.length);
  if (bank[0]!.amount === -rowAmount && rowAmount !== 0) out = negate(out);
  const b = out.find((l) => l.account === bankAccount)!;
  return b.amount === rowAmount ? ok(out) : bankLineProblem(bankAccount, rowAmount, 1);
}

/**
 * Lines the user typed: the bank line may be left out and is then added with the row's amount;
 * if given it must be exactly the row's amount.
 * @example completeLines([{ account: '6570', amount: 8500 }], '1930', ore(-8500)) // [6570 85,00, 1930 −85,00]
 */
export function completeLines(lines: readonly DraftLine[], bankAccount: string, rowAmount: Ore): Result<DraftLine[], BankBookingErrorCode> {
  const bank = lines.filter((l) => l.account === bankAccount);
  if (bank.length === 0) return ok([...lines, { account: bankAccount, amount: rowAmount }]);
  if (bank.length === 1 && bank[0]!.amount === rowAmount) return ok([...lines]);
  return bankLineProblem(bankAccount, rowAmount, bank.length);
}

/**
 * An earlier voucher's lines for a new bank amount: the bank line (index `bankLine`) becomes the
 * new amount, every other line is scaled by new/old (half-up), and the largest line absorbs the
 * rounding so the voucher still balances.
 * @example scaleLines([{ account: '6540', amount: 10000 }, { account: '1930', amount: -10000 }], 1, ore(-12000)) // 6540 120,00 / 1930 −120,00
 */
export function scaleLines(lines: readonly DraftLine[], bankLine: number, newAmount: Ore): DraftLine[] {
  const old = lines[bankLine]?.amount ?? 0;
  if (old === newAmount || old === 0) return lines.map((l, i) => (i === bankLine ? { ...l, amount: newAmount } : { ...l }));
  const out = lines.map((l, i) => ({ ...l, amount: i === bankLine ? newAmount : mulDiv(l.amount, newAmount, old) }));
  const diff = out.reduce((s, l) => s + l.amount, 0);
  if (diff !== 0) {
    let big = -1;
    out.forEach((l, i) => {
      if (i !== bankLine && (big < 0 || Math.abs(l.amount) > Math.abs(out[big]!.amount))) big = i;
    });
    if (big >= 0) out[big]!.amount = ore(out[big]!.amount - diff);
  }
  return out.filter((l) => l.amount !== 0);
}

/**
 * A foreign-currency card row keeps its original amount on the voucher: the SEK amount the bank
 * charged is what is booked (and, for a service bought abroad, the VAT base), and the original is
 * written as text on the lines that carry none, the way the reverse-charge helper writes it.
 * @example keepOriginalAmount([{ account: '4531', amount: 21347 }, { account: '1930', amount: -21347 }], '1930', { amount: -2000, currency: 'USD' })
 * // 4531 gets text 'Originalbelopp USD 20,00'; the bank line is left as it is
 */
export function keepOriginalAmount(lines: readonly DraftLine[], bankAccount: string, original: { amount: number | null; currency: string | null }): DraftLine[] {
  const cur = original.currency?.trim().toUpperCase();
  if (!cur || cur === 'SEK' || original.amount === null) return lines.map((l) => ({ ...l }));
  const note = `Originalbelopp ${cur} ${formatSv(ore(Math.abs(original.amount)))}`;
  return lines.map((l) => (l.account === bankAccount || l.text ? { ...l } : { ...l, text: note }));
}
