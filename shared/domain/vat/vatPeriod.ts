/**
 * Which period a momsdeklaration covers, and whether it fits the company's redovisningsperiod
 * (month, quarter, or year = the fiscal year). A return for any other span is refused: Skatteverket
 * only accepts the company's own periods.
 */
import { type IsoDate, type IsoMonth, monthOf, monthsBetween } from '../dates/isoDate.js';
import { type PeriodKind, parsePeriod, periodKind } from '../periods/period.js';
import { type Result, fail, ok } from '../result.js';

export type CompanyVatPeriod = 'month' | 'quarter' | 'year';

export interface VatPeriod {
  /** As written: `2026-03`, `2026-Q1`, `2026` or a fiscal-year start date. */
  label: string;
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  months: IsoMonth[];
  /** eSKD's Period: the last month. */
  lastMonth: IsoMonth;
}

export type VatPeriodErrorCode = 'vat-invalid-period' | 'vat-period-mismatch';

interface Span { start: string; end: string }

const EXAMPLE: Record<CompanyVatPeriod, string> = {
  month: 'en månad, t.ex. 2026-03',
  quarter: 'ett kvartal, t.ex. 2026-Q1',
  year: 'ett räkenskapsår: kalenderåret (t.ex. 2026) eller, vid brutet räkenskapsår, årets första dag (t.ex. 2025-07-01)',
};
const PER: Record<CompanyVatPeriod, string> = { month: 'per månad', quarter: 'per kvartal', year: 'per år' };

function mismatch(company: CompanyVatPeriod, label: string) {
  return fail('vat-period-mismatch' as const,
    `Företaget redovisar moms ${PER[company]}, så "${label}" kan inte deklareras. Ange ${EXAMPLE[company]}. Är momsperioden fel registrerad? Ändra den i företagsinställningarna.`,
    { path: 'period' });
}

/**
 * Parses a period and checks it against the company's VAT period and fiscal years.
 * @example resolveVatPeriod('2026-Q1', 'quarter', []).value.lastMonth // '2026-03'
 */
export function resolveVatPeriod(spec: string, company: CompanyVatPeriod, fiscalYears: readonly Span[]): Result<VatPeriod, VatPeriodErrorCode> {
  const range = parsePeriod(spec, fiscalYears);
  if (!range) {
    const isDate = /^\d{4}-\d{2}-\d{2}$/.test(spec.trim());
    return fail('vat-invalid-period', isDate
      ? `Inget räkenskapsår börjar ${spec.trim()}. Ange räkenskapsårets första dag, eller en månad (2026-03), ett kvartal (2026-Q1) eller ett år (2026).`
      : `"${spec}" är ingen period. Skriv en månad (2026-03), ett kvartal (2026-Q1), ett år (2026) eller räkenskapsårets första dag (2025-07-01).`,
    { path: 'period' });
  }
  const kind = periodKind(range.label);
  const wanted: Record<CompanyVatPeriod, PeriodKind[]> = { month: ['month'], quarter: ['quarter'], year: ['calendar-year', 'fiscal-year'] };
  if (!wanted[company].includes(kind)) return mismatch(company, range.label);
  if (kind === 'calendar-year') {
    // Yearly VAT follows the beskattningsår: with a broken (or short first) fiscal year the
    // calendar year is not a period; the fiscal year's start date names it.
    const overlapping = fiscalYears.filter((y) => y.start <= range.to && y.end >= range.from);
    if (overlapping.some((y) => y.start !== range.from || y.end !== range.to)) return mismatch(company, range.label);
  }
  const months = monthsBetween(range.from, range.to);
  return ok({ label: range.label, kind, from: range.from, to: range.to, months, lastMonth: monthOf(range.to) });
}
