/** The deadlines calendar of a calendar year: VAT (from the VAT area's vat.calendar), bookkeeping and year-end filings. */
import type { Ctx } from '../context.js';
import { done, type HandlerResult } from '../result.js';
import { vatCalendarHandler } from '../handlers/vat.extra.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { sizeClass } from '../../db/repos/closing.repo.js';
import { type Deadline, bookkeepingDeadlines, yearEndDeadlines } from '../../../shared/domain/closing/deadlines.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { isWorkingDay } from '../../../shared/domain/closing/holidays.js';
import type { CalendarDto } from '../../../shared/api/dto/closing.js';

/** A Saturday, Sunday or holiday: filing dates were already moved off them; bookkeeping deadlines are not. */
const weekend = (d: string) => !isWorkingDay(d as IsoDate);

/**
 * @example await closingCalendar(ctx, 2026) // { year: 2026, items: [{ kind: 'vat', date: '2026-02-12', … }, …] }
 */
export async function closingCalendar(ctx: Ctx, year: number): Promise<HandlerResult<CalendarDto>> {
  const db = ctx.db();
  const company = getCompany(db);
  const size = sizeClass(db);
  const items: Deadline[] = [];
  const vat = await vatCalendarHandler(ctx, { year });
  if (vat.ok) {
    for (const d of vat.value.deadlines) {
      items.push({ kind: d.kind, date: d.due, period: d.period, uncertain: d.uncertain, rule: d.rule,
        title: d.kind === 'vat' ? `Momsdeklaration ${d.period}` : `Periodisk sammanställning ${d.period}` });
    }
  }
  for (const y of listFiscalYears(db)) {
    const span = { start: y.start_date as IsoDate, end: y.end_date as IsoDate };
    items.push(...bookkeepingDeadlines(span, size));
    if (company) items.push(...yearEndDeadlines(company.form, span));
  }
  const inYear = items.filter((d) => d.date.startsWith(`${year}-`)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return done({ year, sizeClass: size, items: inYear.map((d) => ({ ...d, weekend: weekend(d.date) })) });
}
