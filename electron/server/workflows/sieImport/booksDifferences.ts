import type { Db } from '../../../db/connection.js';
import { balancesInYear } from '../../../db/repos/balances.repo.js';
import type { SieImportPlan } from '../../../../shared/domain/sie/plan.js';
import type { SieDifferenceDto } from '../../../../shared/api/dto/sie.js';
import type { YearRef } from './fiscalYears.js';

/**
 * After an import: the books' closing balance (balance accounts) and result (result accounts)
 * of the file's year 0, compared with the file's #UB 0 and #RES 0. Empty when the file states none.
 */
export function booksDifferences(db: Db, plan: SieImportPlan, years: readonly YearRef[]): SieDifferenceDto[] {
  const y0 = plan.fiscalYears.find((f) => f.index === 0);
  const year = y0 && years.find((y) => y.start === y0.start);
  const stated = plan.statedBalances.filter((b) => b.yearIndex === 0 && (b.kind === 'UB' || b.kind === 'RES'));
  if (!year || stated.length === 0) return [];
  const books = new Map(balancesInYear(db, year.id, year.start, year.end).map((b) => [b.account, b]));
  const out: SieDifferenceDto[] = [];
  const seen = new Set<string>();
  for (const s of stated) {
    const b = books.get(s.account);
    seen.add(`${s.kind}${s.account}`);
    const computed = b ? (s.kind === 'UB' ? b.opening + b.debit - b.credit : b.debit - b.credit) : 0;
    if (computed !== s.amount) out.push({ account: s.account, kind: s.kind as 'UB' | 'RES', stated: s.amount, computed, difference: computed - s.amount, line: s.line });
  }
  const hasUb = stated.some((s) => s.kind === 'UB');
  const hasRes = stated.some((s) => s.kind === 'RES');
  for (const b of books.values()) {
    const kind = b.statement === 'BR' ? 'UB' : 'RES';
    if ((kind === 'UB' && !hasUb) || (kind === 'RES' && !hasRes) || seen.has(`${kind}${b.account}`)) continue;
    const computed = kind === 'UB' ? b.opening + b.debit - b.credit : b.debit - b.credit;
    if (computed !== 0) out.push({ account: b.account, kind, stated: 0, computed, difference: computed, line: null });
  }
  return out.sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
}
