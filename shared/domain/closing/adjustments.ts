/**
 * Resolves the tax answers that default to the books ('auto') into the whole-krona adjustments of
 * NE page 2 (EF) or INK2S (AB), with the statslåneränta and tax rate to use.
 */
import { type Result, ok, fail } from '../result.js';
import { truncKronor } from '../money/format.js';
import { ore } from '../money/ore.js';
import type { AccountBalance } from '../sru/mapping.js';
import type { NeAdjustments } from '../sru/nePage2.js';
import type { Ink2sAdjustments } from '../sru/ink2s.js';
import type { YearEndAnswers } from './answers.js';
import { sumOf } from './balances.js';
import { CORPORATE_TAX_RATE, statslanerantaFor } from './rates.js';
import { funds, schablonintakt } from './periodiseringsfond.js';

/** Costs that are never deductible (suggested by BAS's names; yearend-law-bas.md §2.2 R13, §3.3). */
export const NON_DEDUCTIBLE_ACCOUNTS = ['6072', '6982', '6992', '7622', '7632', '8423'] as const;
/** Income that is not taxable (skattefria ränteintäkter, e.g. on the skattekonto). */
export const NON_TAXABLE_ACCOUNTS = ['8314'] as const;

export type AdjustmentErrorCode = 'closing-rate-missing';

export interface Resolved {
  ne: NeAdjustments | null;
  ink2s: Ink2sAdjustments | null;
  statslaneranta: string | null;
  taxRate: string | null;
  /** Periodiseringsfonder at the start of the year (AB), for the schablonintäkt and the notes. */
  fundsAtStart: number;
}

/** The default of a non-deductible/non-taxable answer, whole kronor. */
export function autoAmounts(balances: readonly AccountBalance[]): { nonDeductible: number; nonTaxable: number } {
  return {
    nonDeductible: Math.max(0, truncKronor(sumOf(balances, NON_DEDUCTIBLE_ACCOUNTS))),
    nonTaxable: Math.max(0, truncKronor(ore(-sumOf(balances, NON_TAXABLE_ACCOUNTS)))),
  };
}

/**
 * @example resolveAdjustments('AB', answers, balances, opening, 2025).value.ink2s?.nonDeductible
 */
export function resolveAdjustments(form: 'EF' | 'AB', a: YearEndAnswers, balances: readonly AccountBalance[], opening: readonly AccountBalance[], taxYear: number): Result<Resolved, AdjustmentErrorCode> {
  const auto = autoAmounts(balances);
  const slrAnswer = form === 'EF' ? a.ne.statslaneranta : a.ab.statslaneranta;
  const slr = slrAnswer === 'auto' ? statslanerantaFor(taxYear) : slrAnswer;
  if (form === 'EF') {
    const { nonDeductible, nonTaxable, statslaneranta: _s, simplifiedAccounts: _k1, periodiseringsfonderAtStart: _u1, expansionsfondAtStart: _u2, disclosures: _u4, ...rest } = a.ne;
    if (slr === null && rest.capitalBase !== 0) return fail('closing-rate-missing', `Statslåneräntan för ${taxYear} saknas i Kontera. Ange "ne.statslaneranta" (30 november ${taxYear - 1}, i procent).`, { path: 'ne.statslaneranta' });
    const ne: NeAdjustments = { ...rest, statslaneranta: slr ?? '0', nonDeductible: nonDeductible === 'auto' ? auto.nonDeductible : nonDeductible, nonTaxable: nonTaxable === 'auto' ? auto.nonTaxable : nonTaxable };
    return ok({ ne, ink2s: null, statslaneranta: slr, taxRate: null, fundsAtStart: 0 });
  }
  const atStart = funds(opening).reduce((s, f) => s + f.amount, 0);
  if (slr === null && atStart > 0) return fail('closing-rate-missing', `Statslåneräntan för ${taxYear} saknas i Kontera. Ange "ab.statslaneranta" (30 november ${taxYear - 1}, i procent).`, { path: 'ab.statslaneranta' });
  const kr = (x: number) => truncKronor(ore(x));
  const ink2s: Ink2sAdjustments = {
    nonDeductible: a.ab.nonDeductible === 'auto' ? auto.nonDeductible : kr(a.ab.nonDeductible),
    nonTaxable: a.ab.nonTaxable === 'auto' ? auto.nonTaxable : kr(a.ab.nonTaxable),
    otherCostsNotBooked: kr(a.ab.otherCostsNotBooked), otherIncomeNotBooked: kr(a.ab.otherIncomeNotBooked), reversalUplift: kr(a.ab.reversalUplift),
    otherPlus: kr(a.ab.otherPlus), otherMinus: kr(a.ab.otherMinus), previousDeficit: kr(a.ab.previousDeficit),
    schablonintakt: slr === null ? 0 : schablonintakt(ore(atStart), slr),
  };
  return ok({ ne: null, ink2s, statslaneranta: slr, taxRate: a.ab.taxRate === 'auto' ? CORPORATE_TAX_RATE : a.ab.taxRate, fundsAtStart: kr(atStart) });
}
