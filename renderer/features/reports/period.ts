import { monthsBetween, firstOfMonth, lastOfMonth, type IsoDate, type IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import type { FiscalYearDto } from '../../../shared/api/dto.js';

/** A report period: a fiscal year and a range of whole months inside it. */
export interface Period { fiscalYear: string; fromMonth: string; toMonth: string }

export const monthsOf = (fy: Pick<FiscalYearDto, 'start' | 'end'>): string[] => monthsBetween(fy.start as IsoDate, fy.end as IsoDate);

/** The whole of the latest fiscal year (the default). */
export function defaultPeriod(years: readonly FiscalYearDto[]): Period | null {
  const fy = [...years].sort((a, b) => b.start.localeCompare(a.start))[0];
  if (!fy) return null;
  const ms = monthsOf(fy);
  return { fiscalYear: fy.start, fromMonth: ms[0] ?? '', toMonth: ms[ms.length - 1] ?? '' };
}

/** The report input of a period: from the first day of its first month to the last of its last. */
export function rangeOf(p: Period): { fiscalYear: string; from: string; to: string } {
  const [a, b] = p.fromMonth <= p.toMonth ? [p.fromMonth, p.toMonth] : [p.toMonth, p.fromMonth];
  return { fiscalYear: p.fiscalYear, from: firstOfMonth(a as IsoMonth), to: lastOfMonth(b as IsoMonth) };
}

/** Another fiscal year keeps the period's shape only if it fits; otherwise the whole year. */
export function withYear(p: Period, fy: FiscalYearDto): Period {
  const ms = monthsOf(fy);
  return { fiscalYear: fy.start, fromMonth: ms[0] ?? '', toMonth: ms[ms.length - 1] ?? '' };
}
