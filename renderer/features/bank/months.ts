import { monthsBetween, type IsoDate } from '../../../shared/domain/dates/isoDate.js';

/**
 * The months to reconcile an account in: from its first to its last imported row; an account with
 * no rows yet offers the fiscal years' months.
 * @example reconcileMonths({ firstDate: '2026-01-02', lastDate: '2026-03-30' }, []) // ['2026-01', '2026-02', '2026-03']
 */
export function reconcileMonths(acct: { firstDate: string | null; lastDate: string | null } | null, years: readonly { start: string; end: string }[]): string[] {
  if (acct?.firstDate && acct.lastDate) return monthsBetween(acct.firstDate as IsoDate, acct.lastDate as IsoDate);
  const out = new Set<string>();
  for (const y of [...years].sort((a, b) => a.start.localeCompare(b.start))) for (const m of monthsBetween(y.start as IsoDate, y.end as IsoDate)) out.add(m);
  return [...out];
}
