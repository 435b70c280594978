import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import { listPeriodStates, periodState, setPeriodState } from '../../db/repos/periods.repo.js';
import { fiscalYearByStart, fiscalYearContaining, latestFiscalYear } from '../../db/repos/fiscalYears.repo.js';
import { monthsBetween, firstOfMonth, type IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import { isReopening, PERIOD_STATE_SV } from '../../../shared/domain/periods/periodState.js';

export const listPeriods: Handler<'periods.list'> = (ctx, input) => {
  const db = ctx.db();
  const fy = input.fiscalYear ? fiscalYearByStart(db, input.fiscalYear) : latestFiscalYear(db);
  if (!fy) return done([]);
  const months = monthsBetween(fy.start_date as never, fy.end_date as never);
  const states = new Map(listPeriodStates(db, months[0] as string, months.at(-1) as string).map((s) => [s.month, s]));
  return done(months.map((m) => {
    const s = states.get(m);
    return { month: m, state: s?.state ?? 'open', changedAt: s?.changed_at ?? null, reason: s?.reason ?? null };
  }));
};

/** Moves a month to closed (the month-close checklist wraps this in the closing workflow). */
export const closePeriod: Handler<'periods.close'> = (ctx, input) => ctx.write((db) => {
  if (!fiscalYearContaining(db, firstOfMonth(input.month as IsoMonth))) return refuse('no-fiscal-year', `Månaden ${input.month} ligger inte i något räkenskapsår.`, { path: 'month' });
  const now = ctx.clock.now();
  setPeriodState(db, { month: input.month, state: 'closed', changed_at: now, changed_by: ctx.user, reason: null });
  return done({ month: input.month, state: 'closed' as const, changedAt: now, reason: null });
});

export const reopenPeriod: Handler<'periods.reopen'> = (ctx, input) => ctx.write((db) => {
  if (!input.reason.trim()) return refuse('reopen-needs-reason', 'Ange varför perioden öppnas igen (det sparas i behandlingshistoriken).', { path: 'reason' });
  const from = periodState(db, input.month);
  if (!isReopening(from, 'open')) return refuse('already-open', `Månaden ${input.month} är redan öppen.`, { path: 'month' });
  const now = ctx.clock.now();
  setPeriodState(db, { month: input.month, state: 'open', changed_at: now, changed_by: ctx.user, reason: input.reason.trim() });
  ctx.emit({ type: 'log', level: 'warning', message: `Månaden ${input.month} öppnades igen (var ${PERIOD_STATE_SV[from]}).` });
  return done({ month: input.month, state: 'open' as const, changedAt: now, reason: input.reason.trim() });
});
