/**
 * Due dates of the momsdeklaration (formats-and-vat.md §2.5) and of the periodisk sammanställning.
 * Filing and payment share the date. A last day on a Saturday, Sunday, public holiday,
 * midsommarafton, julafton or nyårsafton moves to the next weekday (söndagsregeln, lag 1930:173
 * om beräkning av lagstadgad tid, 2 §); `weekend` then says the date was moved.
 */
import { type IsoDate, type IsoMonth, addMonths, firstOfMonth, lastOfMonth, monthOf } from '../dates/isoDate.js';
import type { CompanyVatPeriod } from './vatPeriod.js';
import { statutoryLastDay } from '../closing/holidays.js';

export interface VatDeadline {
  kind: 'vat' | 'ec-sales';
  /** `2026-03`, `2026-Q1`, `2026` or a fiscal year's start date. */
  period: string;
  from: IsoDate;
  to: IsoDate;
  due: IsoDate;
  /** The rule applied, in Swedish. */
  rule: string;
  /** The reference marks the rule UNCERTAIN. */
  uncertain: boolean;
  /** The nominal last day was a Saturday, Sunday or holiday and `due` is the next weekday. */
  weekend: boolean;
}

export interface CalendarFacts {
  vatPeriod: CompanyVatPeriod;
  form: 'EF' | 'AB';
  /** Taxable turnover (excluding VAT) above 40 million kr a year: monthly filers then file by the 26th. */
  over40M: boolean;
  /** Trade with other EU countries (boxes 20, 21, 35, 38, 39) in the year. */
  euTrade: boolean;
  fiscalYears: readonly { start: string; end: string }[];
  /** Months with EU sales (boxes 35, 38, 39): each needs a periodisk sammanställning. */
  ecSalesMonths?: readonly IsoMonth[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (m: IsoMonth, d: number) => `${m}-${pad(d)}` as IsoDate;
const shift = (m: IsoMonth, n: number) => monthOf(addMonths(firstOfMonth(m), n));

/** The nominal date moved by söndagsregeln, and whether it moved. */
function moved(nominal: IsoDate): { due: IsoDate; weekend: boolean } {
  const due = statutoryLastDay(nominal);
  return { due, weekend: due !== nominal };
}

/** The 12th of the second month after, or the 17th when that month is January or August. */
function twelfthRule(last: IsoMonth): { due: IsoDate; rule: string } {
  const m = shift(last, 2);
  const jan = m.endsWith('-01') || m.endsWith('-08');
  return { due: day(m, jan ? 17 : 12), rule: jan ? 'Den 17:e i andra månaden efter perioden (januari och augusti).' : 'Den 12:e i andra månaden efter perioden.' };
}

/**
 * The due date of one return.
 * @example vatDueDate('quarter', '2026-03-31', facts).due // '2026-05-12'
 */
export function vatDueDate(kind: CompanyVatPeriod, to: IsoDate, facts: Pick<CalendarFacts, 'form' | 'over40M' | 'euTrade'>): { due: IsoDate; rule: string; uncertain: boolean; weekend: boolean } {
  const d = nominalDueDate(kind, to, facts);
  return { ...d, ...moved(d.due) };
}

function nominalDueDate(kind: CompanyVatPeriod, to: IsoDate, facts: Pick<CalendarFacts, 'form' | 'over40M' | 'euTrade'>): { due: IsoDate; rule: string; uncertain: boolean } {
  const last = monthOf(to);
  if (kind === 'month' && facts.over40M) {
    if (last.endsWith('-12')) return { due: day(shift(last, 1), 27), rule: 'Omsättning över 40 miljoner kr: december deklareras senast den 27 januari.', uncertain: false };
    return { due: day(shift(last, 1), 26), rule: 'Omsättning över 40 miljoner kr: den 26:e i månaden efter perioden.', uncertain: false };
  }
  if (kind === 'month' || kind === 'quarter') return { ...twelfthRule(last), uncertain: false };
  if (facts.form === 'EF' && !facts.euTrade && to.endsWith('-12-31')) {
    return { due: `${Number(to.slice(0, 4)) + 1}-05-12` as IsoDate, rule: 'Enskild firma med årsmoms utan EU-handel: den 12 maj året efter (26 juni med byråanstånd).', uncertain: false };
  }
  return { due: day(shift(last, 2), 26), uncertain: true,
    rule: facts.euTrade ? 'Årsmoms med EU-handel: den 26:e i andra månaden efter räkenskapsåret.' : 'Årsmoms: den 26:e i andra månaden efter räkenskapsåret.' };
}

function vatPeriodsOfYear(year: number, facts: CalendarFacts): { period: string; from: IsoDate; to: IsoDate }[] {
  if (facts.vatPeriod === 'month') {
    return Array.from({ length: 12 }, (_, i) => {
      const m = `${year}-${pad(i + 1)}` as IsoMonth;
      return { period: m, from: firstOfMonth(m), to: lastOfMonth(m) };
    });
  }
  if (facts.vatPeriod === 'quarter') {
    return [1, 2, 3, 4].map((q) => ({ period: `${year}-Q${q}`, from: `${year}-${pad(q * 3 - 2)}-01` as IsoDate, to: lastOfMonth(`${year}-${pad(q * 3)}` as IsoMonth) }));
  }
  const ending = facts.fiscalYears.filter((y) => y.end.startsWith(`${year}-`));
  if (ending.length === 0) return [{ period: String(year), from: `${year}-01-01` as IsoDate, to: `${year}-12-31` as IsoDate }];
  return ending.map((y) => ({ period: y.start.endsWith('-01-01') && y.end.endsWith('-12-31') ? y.start.slice(0, 4) : y.start, from: y.start as IsoDate, to: y.end as IsoDate }));
}

/**
 * Every return for the periods that end in `year`, and a periodisk sammanställning for each month
 * with EU sales (due the 25th of the following month when filed electronically), sorted by date.
 * @example vatCalendar(2026, { vatPeriod: 'quarter', form: 'AB', over40M: false, euTrade: false, fiscalYears: [] })[1].due // '2026-08-17'
 */
export function vatCalendar(year: number, facts: CalendarFacts): VatDeadline[] {
  const out: VatDeadline[] = vatPeriodsOfYear(year, facts).map((p) => {
    const d = vatDueDate(facts.vatPeriod, p.to, facts);
    return { kind: 'vat', ...p, ...d };
  });
  for (const m of facts.ecSalesMonths ?? []) {
    if (!m.startsWith(`${year}-`)) continue;
    out.push({ kind: 'ec-sales', period: m, from: firstOfMonth(m), to: lastOfMonth(m), ...moved(day(shift(m, 1), 25)), uncertain: false,
      rule: 'Periodisk sammanställning: den 25:e i månaden efter (elektroniskt; på papper den 20:e).' });
  }
  return out.sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.kind === b.kind ? 0 : a.kind === 'vat' ? -1 : 1));
}
