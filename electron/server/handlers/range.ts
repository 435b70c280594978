import type { Db } from '../../db/connection.js';
import { fiscalYearByStart, fiscalYearContaining, latestFiscalYear } from '../../db/repos/fiscalYears.repo.js';
import { type HandlerResult, done, refuse } from '../result.js';

export interface ResolvedRange {
  fiscalYearId: number;
  fiscalYear: string;
  yearStart: string;
  from: string;
  to: string;
}

/**
 * A report's date range: a fiscal year, or any range inside one. Defaults to the whole latest
 * year (or the year containing `from`/`to`).
 */
export function resolveRange(db: Db, input: { fiscalYear?: string | undefined; from?: string | undefined; to?: string | undefined }): HandlerResult<ResolvedRange> {
  const fy = input.fiscalYear ? fiscalYearByStart(db, input.fiscalYear)
    : input.from ? fiscalYearContaining(db, input.from)
    : input.to ? fiscalYearContaining(db, input.to)
    : latestFiscalYear(db);
  if (!fy) {
    const what = input.fiscalYear ? `som börjar ${input.fiscalYear}` : input.from || input.to ? `som omfattar ${input.from ?? input.to}` : '';
    return refuse('no-fiscal-year', `Det finns inget räkenskapsår ${what}.`.replace('  ', ' '), { path: input.fiscalYear ? 'fiscalYear' : 'from' });
  }
  const from = input.from ?? fy.start_date;
  const to = input.to ?? fy.end_date;
  if (from < fy.start_date || to > fy.end_date || from > to) {
    return refuse('range-outside-year', `Perioden ${from}–${to} måste ligga inom ett räkenskapsår (${fy.start_date}–${fy.end_date}).`, { path: 'to' });
  }
  return done({ fiscalYearId: fy.id, fiscalYear: fy.start_date, yearStart: fy.start_date, from, to });
}
