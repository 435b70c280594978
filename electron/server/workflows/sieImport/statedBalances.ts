import type { Db } from '../../../db/connection.js';
import { insertImportedBalances, latestImportedBalances, type ImportedBalance } from '../../../db/repos/importedBalances.repo.js';
import type { SieImportPlan } from '../../../../shared/domain/sie/plan.js';
import type { SieStatedBalancesDto, SieWarningDto } from '../../../../shared/api/dto/sie.js';
import type { YearRef } from './fiscalYears.js';

/** One year's stated balances in file order: #IB/#UB/#RES, then #OIB/#OUB, then #PSALDO. */
function rowsOfYear(plan: SieImportPlan, index: number): ImportedBalance[] {
  return [
    ...plan.statedBalances.filter((b) => b.yearIndex === index).map((b) => ({ kind: b.kind, account: b.account, period: null, objects: [], amount: b.amount, quantity: b.quantity, line: b.line })),
    ...plan.objectBalances.filter((b) => b.yearIndex === index).map((b) => ({ kind: b.kind, account: b.account, period: null, objects: b.objects, amount: b.amount, quantity: b.quantity, line: b.line })),
    ...plan.periodBalances.filter((b) => b.yearIndex === index).map((b) => ({ kind: 'PSALDO' as const, account: b.account, period: b.period, objects: b.objects, amount: b.amount, quantity: b.quantity, line: b.line })),
  ];
}

const content = (rows: readonly ImportedBalance[]) => JSON.stringify(rows.map(({ line: _line, ...r }) => r));

/**
 * A file without vouchers (SIE 1–3): every year's #IB/#UB/#RES/#OIB/#OUB/#PSALDO is kept as the
 * file states it, for the company's matching open fiscal year, tagged with the import. The same
 * set imported again is not added twice. Returns what was kept per year, and warnings for years
 * that could not be kept.
 */
export function keepStatedBalances(db: Db, plan: SieImportPlan, years: readonly YearRef[], importId: number): { years: SieStatedBalancesDto[]; warnings: SieWarningDto[] } {
  const out: SieStatedBalancesDto[] = [];
  const warnings: SieWarningDto[] = [];
  if (plan.vouchers.length > 0) return { years: out, warnings };
  for (const fy of plan.fiscalYears) {
    const rows = rowsOfYear(plan, fy.index);
    if (!fy.start || !fy.end || rows.length === 0) continue;
    const year = years.find((y) => y.start === fy.start && y.end === fy.end);
    const count = (k: string) => rows.filter((r) => r.kind === k).length;
    const summary = {
      yearIndex: fy.index, start: fy.start, end: fy.end, ib: count('IB'), ub: count('UB'), res: count('RES'), psaldo: count('PSALDO'),
      objectBalances: count('OIB') + count('OUB'), resultSum: rows.filter((r) => r.kind === 'RES').reduce((s, r) => s + r.amount, 0),
    };
    if (!year || year.state === 'closed') {
      warnings.push({ code: 'sie-balances-not-kept', message: `Filens balanser för räkenskapsåret ${fy.start} – ${fy.end} (#RAR ${fy.index}) sparas inte: ${year ? 'året är avslutat' : 'företaget har inget sådant räkenskapsår'}.` });
      out.push({ ...summary, kept: false, alreadyKept: false });
      continue;
    }
    const latest = latestImportedBalances(db, year.id);
    const same = latest !== null && content(latest.rows) === content(rows);
    if (!same) insertImportedBalances(db, importId, year.id, rows);
    out.push({ ...summary, kept: true, alreadyKept: same });
  }
  return { years: out, warnings };
}
