import { type Result, ok, fail } from '../result.js';
import { type IsoDate, isIsoDate, addDays, addMonths, monthsSpanned, lastOfMonth, monthOf } from '../dates/isoDate.js';

export type CompanyForm = 'EF' | 'AB';
export type FiscalYearErrorCode = 'invalid-fiscal-year';

export interface FiscalYearSpan {
  start: IsoDate;
  end: IsoDate;
}

/**
 * Checks a fiscal year: it starts on the first of a month and ends on the last of a month,
 * 12 months long (a first year, or a changed year, may be shorter or up to 18 months); an EF
 * must end on 31 December (its years are calendar years).
 * @example checkFiscalYear({ start: '2026-01-01', end: '2026-12-31' }, 'EF', true).ok // true
 */
export function checkFiscalYear(span: { start: string; end: string }, form: CompanyForm, first: boolean): Result<FiscalYearSpan, FiscalYearErrorCode> {
  const { start, end } = span;
  if (!isIsoDate(start) || !isIsoDate(end)) return bad('Räkenskapsåret anges som ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD.');
  if (end <= start) return bad('Räkenskapsåret måste sluta efter att det börjar.');
  if (!start.endsWith('-01') || end !== lastOfMonth(monthOf(end))) return bad('Ett räkenskapsår börjar den första i en månad och slutar den sista i en månad.');
  const months = monthsSpanned(start, end);
  if (months > 18) return bad('Ett räkenskapsår får vara högst 18 månader.');
  if (!first && months !== 12) return bad('Ett räkenskapsår är 12 månader; bara det första året får vara kortare eller längre.');
  if (form === 'EF' && !end.endsWith('-12-31')) return bad('En enskild firma har kalenderår som räkenskapsår: året ska sluta den 31 december.');
  if (form === 'EF' && !first && !start.endsWith('-01-01')) return bad('En enskild firma har kalenderår som räkenskapsår.');
  return ok({ start, end });
}

/** The fiscal year that follows `prev`: the next day, twelve months. */
export function nextFiscalYear(prev: FiscalYearSpan): FiscalYearSpan {
  const start = addDays(prev.end, 1);
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/** Parses `A..B` as the CLI writes a fiscal year at creation. */
export function parseFiscalYearSpan(s: string): { start: string; end: string } | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(s.trim());
  return m ? { start: m[1] as string, end: m[2] as string } : null;
}

function bad(message: string) {
  return fail('invalid-fiscal-year' as const, message, { path: 'fiscalYear' });
}
