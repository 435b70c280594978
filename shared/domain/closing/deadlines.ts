/**
 * Year-end filing deadlines (yearend-law-bas.md §0, §3.6, §5.5) and the month-by-month
 * bookkeeping deadlines. VAT dates come from the VAT area's calendar and are merged in by the
 * backend. Every filing deadline follows söndagsregeln (lag 1930:173, 2 §): a last day on a
 * Saturday, Sunday or holiday moves to the next weekday. The bookkeeping deadlines come from
 * BFNAR 2013:2, general advice rather than a statute, and are not moved.
 */
import { type IsoDate, type IsoMonth, addMonths, firstOfMonth, lastOfMonth, monthOf, monthsBetween } from '../dates/isoDate.js';
import { statutoryLastDay } from './holidays.js';
import { type SizeClass, incomeTaxReturnDue, monthDeadline } from './timeLimits.js';

export type DeadlineKind = 'vat' | 'ec-sales' | 'bookkeeping' | 'income-tax-return' | 'annual-meeting' | 'annual-report' | 'archive';

export interface Deadline {
  kind: DeadlineKind;
  date: IsoDate;
  title: string;
  rule: string;
  uncertain: boolean;
  /** The period or fiscal year the deadline belongs to. */
  period: string;
}

/** Söndagsregeln, said in every rule text. */
const NEXT = ', nästa vardag om dagen är en lördag, söndag eller helgdag (lag 1930:173)';

const endPlus = (end: IsoDate, months: number) => lastOfMonth(monthOf(addMonths(firstOfMonth(monthOf(end)), months)));

/** INK2's due date by the month the fiscal year ends (digital filing; SFL 32 kap. 2 §). */
function ink2Due(end: IsoDate): IsoDate {
  const y = Number(end.slice(0, 4));
  const m = Number(end.slice(5, 7));
  if (m <= 4) return `${y}-12-01` as IsoDate;
  if (m <= 6) return `${y + 1}-01-15` as IsoDate;
  if (m <= 8) return `${y + 1}-04-01` as IsoDate;
  return `${y + 1}-08-01` as IsoDate;
}

/**
 * The filings that follow one fiscal year.
 * @example yearEndDeadlines('AB', { start: '2025-01-01', end: '2025-12-31' }).map((d) => d.date) // ['2026-06-30', '2026-07-31', '2026-08-01', '2032-12-31']
 */
export function yearEndDeadlines(form: 'EF' | 'AB', fy: { start: IsoDate; end: IsoDate }): Deadline[] {
  const period = fy.start;
  const archive: Deadline = { kind: 'archive', date: `${Number(fy.end.slice(0, 4)) + 7}-12-31` as IsoDate, period, uncertain: false,
    title: 'Räkenskapsinformationen får gallras tidigast efter', rule: 'Sparas till och med utgången av sjunde året efter det kalenderår då räkenskapsåret slutade (BFL 7 kap. 2 §).' };
  if (form === 'EF') {
    return [{ kind: 'income-tax-return', date: statutoryLastDay(incomeTaxReturnDue(fy.end)), period, uncertain: false, title: 'Inkomstdeklaration 1 med NE-bilaga',
      rule: `Den 2 maj året efter beskattningsåret (SFL 32 kap. 1 §)${NEXT}.` }, archive];
  }
  const paper = fy.end.endsWith('-12-31') ? ' (1 juli vid inlämning på papper)' : '';
  return [
    { kind: 'annual-meeting', date: statutoryLastDay(endPlus(fy.end, 6)), period, uncertain: false, title: 'Årsstämma', rule: `Inom sex månader efter räkenskapsårets slut (ABL 7 kap. 10 §)${NEXT}.` },
    { kind: 'annual-report', date: statutoryLastDay(endPlus(fy.end, 7)), period, uncertain: false, title: 'Årsredovisningen till Bolagsverket', rule: `Inom sju månader efter räkenskapsårets slut (ÅRL 8 kap. 3 §)${NEXT}; förseningsavgift därefter.` },
    { kind: 'income-tax-return', date: statutoryLastDay(ink2Due(fy.end)), period, uncertain: false, title: 'Inkomstdeklaration 2 (INK2, INK2R, INK2S)', rule: `Digital inlämning efter räkenskapsårets slutmånad${paper} (SFL 32 kap. 2 §)${NEXT}.` },
    archive,
  ];
}

/**
 * The last day to have each month's bookkeeping done (non-cash events; cash by the next working day).
 * @example bookkeepingDeadlines({ start: '2025-01-01', end: '2025-12-31' }, 'standard')[0].date // '2025-03-22'
 */
export function bookkeepingDeadlines(fy: { start: IsoDate; end: IsoDate }, size: SizeClass): Deadline[] {
  return monthsBetween(fy.start, fy.end).map((m: IsoMonth) => ({
    kind: 'bookkeeping' as const, date: monthDeadline(m, size, fy), period: m, uncertain: false,
    title: `Bokföringen för ${m} klar`, rule: 'BFL 5 kap. 2 § och BFNAR 2013:2 kap. 3 (tidigareläggning efter företagets storlek).',
  }));
}
