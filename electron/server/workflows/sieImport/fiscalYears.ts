import type { Db } from '../../../db/connection.js';
import { listFiscalYears, insertFiscalYear } from '../../../db/repos/fiscalYears.repo.js';
import type { SieImportPlan } from '../../../../shared/domain/sie/plan.js';
import { type HandlerResult, done, refuse } from '../../result.js';

export interface YearRef { id: number; start: string; end: string; state: 'open' | 'closed'; created: boolean }

/**
 * Matches the file's #RAR years to the company's fiscal years, creating those the file needs
 * (year 0, and any year holding vouchers) when they do not overlap an existing one.
 */
export function importFiscalYears(db: Db, plan: SieImportPlan): HandlerResult<YearRef[]> {
  const years: YearRef[] = listFiscalYears(db).map((y) => ({ id: y.id, start: y.start_date, end: y.end_date, state: y.state, created: false }));
  const needed = plan.fiscalYears.filter((fy) => fy.start && fy.end && (fy.index === 0 || plan.vouchers.some((v) => v.date >= (fy.start as string) && v.date <= (fy.end as string))));
  for (const fy of needed) {
    const start = fy.start as string;
    const end = fy.end as string;
    const same = years.find((y) => y.start === start);
    if (same) {
      if (same.end !== end) return refuse('sie-fiscal-year-conflict', `Filens räkenskapsår ${start}–${end} slutar inte som företagets år ${same.start}–${same.end}. Kontrollera #RAR i filen.`);
      continue;
    }
    const overlap = years.find((y) => !(end < y.start || start > y.end));
    if (overlap) return refuse('sie-fiscal-year-conflict', `Filens räkenskapsår ${start}–${end} överlappar företagets år ${overlap.start}–${overlap.end}. Kontrollera #RAR i filen.`);
    years.push({ id: insertFiscalYear(db, start, end), start, end, state: 'open', created: true });
  }
  return done(years.sort((a, b) => (a.start < b.start ? -1 : 1)));
}
