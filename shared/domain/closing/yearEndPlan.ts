/**
 * The year-end as a plan: every closing voucher, in posting order, computed from the books and the
 * answers before anything is written (the wizard shows it; `year-end` posts it). Order:
 * periodiseringar, avskrivningar, lager, kontantmetodens obetalda fakturor, (AB) återföring och
 * avsättning periodiseringsfond, skatt, and last årets resultat (8999 → 2099 AB / 2019 EF).
 */
import { type Result, type Problem, ok, failAll } from '../result.js';
import { type IsoDate } from '../dates/isoDate.js';
import { type Ore, ore } from '../money/ore.js';
import type { AccountBalance } from '../sru/mapping.js';
import { ink2r } from '../sru/ink2r.js';
import type { YearEndAnswers } from './answers.js';
import { type PlannedVoucher, nonEmpty, reversalOf } from './planned.js';
import { accrualVoucher } from './accruals.js';
import { type AssetYear, assetYear, assetVouchers } from './assets.js';
import { inventoryVoucher } from './inventory.js';
import { unpaidCustomersVoucher, unpaidSuppliersVoucher } from './unpaidInvoices.js';
import { applyLines, balanceOf, yearResult } from './balances.js';
import { type Resolved, resolveAdjustments } from './adjustments.js';
import { type CorporateTax, corporateTax } from './corporateTax.js';
import { funds, fundYear, mandatoryReversals, fundAccountFor } from './periodiseringsfond.js';
import { halfPrisbasbelopp } from './rates.js';

/** The last fund year set aside while the corporate tax rate was above today's 20,6 % (21,4 % in 2019–2020, 22 % before). */
const UPLIFT_LAST_FUND_YEAR = 2020;

export interface PlanFacts {
  form: 'EF' | 'AB';
  vatMethod: 'kontant' | 'faktura';
  fiscalYear: { start: IsoDate; end: IsoDate };
  /** The first day of the next fiscal year (reversals are dated here). */
  nextStart: IsoDate;
  /** Balances at year end as the books stand (balance accounts incl. opening; result accounts the year's movement). */
  balances: readonly AccountBalance[];
  opening: readonly AccountBalance[];
  accounts: readonly { number: string; name: string }[];
}

export interface YearEndPlan {
  vouchers: PlannedVoucher[];
  reversals: PlannedVoucher[];
  assets: AssetYear[];
  adjustments: Resolved;
  tax: CorporateTax | null;
  /** Balances after every planned voucher. */
  balances: AccountBalance[];
  result: Ore;
  warnings: string[];
}

export type PlanErrorCode = 'closing-accrual-account' | 'closing-prisbasbelopp-missing' | 'closing-asset-account' | 'closing-rate-missing'
  | 'closing-not-kontant' | 'closing-fund-account-missing';

/**
 * @example planYearEnd(facts, answers).value.vouchers.at(-1)?.kind // 'result'
 */
export function planYearEnd(f: PlanFacts, a: YearEndAnswers): Result<YearEndPlan, PlanErrorCode> {
  const problems: Problem<PlanErrorCode>[] = [];
  const warnings: string[] = [];
  const end = f.fiscalYear.end;
  const nameOf = (n: string) => f.accounts.find((x) => x.number === n)?.name ?? `Konto ${n}`;
  let balances = [...f.balances];
  const vouchers: PlannedVoucher[] = [];
  const push = (v: PlannedVoucher | null) => {
    const kept = v ? nonEmpty(v) : null;
    if (!kept) return;
    vouchers.push(kept);
    balances = applyLines(balances, kept.lines, nameOf);
  };

  const acc = accrualVoucher(a.accruals, end, f.nextStart);
  if (acc.ok) push(acc.value); else problems.push(...acc.problems);
  const years: AssetYear[] = [];
  a.assets.forEach((x, i) => { const r = assetYear(x, f.fiscalYear, halfPrisbasbelopp, i); if (r.ok) years.push(r.value); else problems.push(...r.problems); });
  const av = assetVouchers(years, end);
  push(av.plan);
  push(av.direct);
  push(inventoryVoucher(a.inventory, (acct) => balanceOf(balances, acct), end));
  if (a.unpaidCustomerInvoices.length + a.unpaidSupplierInvoices.length > 0 && f.vatMethod !== 'kontant') {
    problems.push({ code: 'closing-not-kontant', message: 'Obetalda fakturor bokas vid bokslutet bara med kontantmetoden; med fakturametoden är de redan bokförda. Ta bort dem ur svaren.', path: 'unpaidCustomerInvoices' });
  } else {
    push(unpaidCustomersVoucher(a.unpaidCustomerInvoices, end, f.nextStart));
    push(unpaidSuppliersVoucher(a.unpaidSupplierInvoices, end, f.nextStart));
  }
  const taxYear = Number(end.slice(0, 4));
  const resolved = resolveAdjustments(f.form, a, balances, f.opening, taxYear);
  if (!resolved.ok) problems.push(...resolved.problems);
  let tax: CorporateTax | null = null;
  if (f.form === 'AB' && resolved.ok && resolved.value.ink2s) {
    const reversals = new Map<string, number>();
    for (const m of mandatoryReversals(funds(f.opening), taxYear)) reversals.set(m.account, m.amount);
    for (const r of a.ab.periodiseringsfondReversals) reversals.set(r.account, Math.max(reversals.get(r.account) ?? 0, r.amount));
    const older = [...reversals.keys()].filter((acct) => (fundYear(nameOf(acct)) ?? 9999) <= UPLIFT_LAST_FUND_YEAR);
    if (older.length && a.ab.reversalUplift === 0) {
      warnings.push(`Periodiseringsfond från ${older.map((x) => `${x} ${nameOf(x)}`).join(', ')} återförs. En fond som avsattes när bolagsskatten var högre (beskattningsår som påbörjades före 2021) kan behöva räknas upp vid återföringen; det uppräknade beloppet tas upp i INK2S 4.6d. Ange det i svaret ab.reversalUplift (kontrollera procentsatsen hos Skatteverket).`);
    }
    push({ kind: 'periodiseringsfond-reversal', date: end, text: 'Återföring av periodiseringsfond', lines: [...reversals].flatMap(([account, amount]) => [
      { account, amount: ore(amount) }, { account: '8819', amount: ore(-amount) }]) });
    const pre = ink2r(balances, a.ab.purchases);
    const rows = pre.rows;
    tax = corporateTax({
      result: pre.result, bookedTax: rows['3.25'] ?? 0, bookedAllocation: rows['3.22'] ?? 0,
      adjustments: resolved.value.ink2s, allocation: a.ab.periodiseringsfond === 'max' ? 'max' : Math.trunc(a.ab.periodiseringsfond / 100), rate: resolved.value.taxRate ?? '0',
    });
    warnings.push(...tax.warnings);
    if (tax.allocationToBook > 0) {
      const fund = fundAccountFor(taxYear, f.accounts, balances);
      if (!fund) problems.push({ code: 'closing-fund-account-missing', message: `Det finns inget ledigt konto "Periodiseringsfond ${taxYear}" (2110–2139). Lägg till kontot och försök igen.`, path: 'ab.periodiseringsfond' });
      else push({ kind: 'periodiseringsfond', date: end, text: `Avsättning till periodiseringsfond ${taxYear}`, lines: [
        { account: '8811', amount: ore(tax.allocationToBook * 100) }, { account: fund, amount: ore(-tax.allocationToBook * 100) }] });
    }
    push({ kind: 'tax', date: end, text: 'Skatt på årets resultat', lines: [{ account: '8910', amount: ore(tax.taxToBook * 100) }, { account: '2512', amount: ore(-tax.taxToBook * 100) }] });
  }
  const result = yearResult(balances);
  const toClose = ore(result - balanceOf(balances, '8999'));
  push({ kind: 'result', date: end, text: 'Årets resultat', lines: [{ account: '8999', amount: toClose }, { account: f.form === 'AB' ? '2099' : '2019', amount: ore(-toClose) }] });
  if (problems.length || !resolved.ok) return failAll(problems);
  const reversals = vouchers.filter((v) => v.reverseOn).map((v) => reversalOf(v, v.reverseOn as IsoDate));
  return ok({ vouchers, reversals, assets: years, adjustments: resolved.value, tax, balances, result, warnings });
}
