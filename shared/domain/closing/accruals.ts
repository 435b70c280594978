/**
 * Periodiseringar (accruals) at year end with automatic reversal on the first day of the next
 * year: prepaid costs and accrued income on 17xx, accrued costs and prepaid income on 29xx.
 */
import { type Result, type Problem, ok, failAll } from '../result.js';
import type { IsoDate } from '../dates/isoDate.js';
import { type Ore, ore } from '../money/ore.js';
import type { AccrualAnswer } from './answers.js';
import type { PlannedVoucher } from './planned.js';

export type AccrualErrorCode = 'closing-accrual-account';

/**
 * One voucher with a pair of lines per accrual, reversed on `reverseOn`.
 * @example accrualVoucher([{ text: 'Förutbetald hyra', account: '5010', balanceAccount: '1710', amount: ore(-500000) }], '2025-12-31', '2026-01-01')
 */
export function accrualVoucher(items: readonly AccrualAnswer[], date: IsoDate, reverseOn: IsoDate): Result<PlannedVoucher | null, AccrualErrorCode> {
  const problems: Problem<AccrualErrorCode>[] = [];
  items.forEach((a, i) => {
    if (!/^[3-8]\d{3}$/.test(a.account)) problems.push({ code: 'closing-accrual-account', message: `Periodisering ${i + 1}: ${a.account} är inget resultatkonto (3000–8999).`, path: `accruals.${i}.account` });
    if (!/^(17|29)\d\d$/.test(a.balanceAccount)) problems.push({ code: 'closing-accrual-account', message: `Periodisering ${i + 1}: motkontot ska vara ett interimskonto, 1700–1799 eller 2900–2999 (fick ${a.balanceAccount}).`, path: `accruals.${i}.balanceAccount` });
  });
  if (problems.length) return failAll(problems);
  if (items.length === 0) return ok(null);
  return ok({
    kind: 'accruals', date, reverseOn, text: 'Periodiseringar vid bokslut',
    lines: items.flatMap((a) => [
      { account: a.account, amount: a.amount, text: a.text },
      { account: a.balanceAccount, amount: ore(-a.amount) as Ore, text: a.text },
    ]),
  });
}
