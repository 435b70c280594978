/** The date a new voucher starts with, and the live check of a typed date against the fiscal years. */
import type { FiscalYearDto } from '../../shared/api/dto.js';
import { isIsoDate } from '../../shared/domain/dates/isoDate.js';

type Year = Pick<FiscalYearDto, 'start' | 'end' | 'state'>;

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/**
 * Today when it lies in an open fiscal year; otherwise the open year's first or last day nearest
 * today (the last day of the latest year once today is past them all). Without open years, today.
 * @example defaultPostingDate([{ start: '2024-07-01', end: '2025-12-31', state: 'open' }], '2026-12-04') // '2025-12-31'
 */
export function defaultPostingDate(years: readonly Year[], today: string): string {
  const open = years.filter((y) => y.state === 'open');
  if (open.length === 0 || open.some((y) => y.start <= today && today <= y.end)) return today;
  let best = today;
  let bestDistance = Infinity;
  for (const y of open) {
    for (const d of [y.start, y.end]) {
      const distance = Math.abs(dayNumber(d) - dayNumber(today));
      // On a tie the later date wins: the books usually run behind the calendar.
      if (distance < bestDistance || (distance === bestDistance && d > best)) { best = d; bestDistance = distance; }
    }
  }
  return best;
}

/** What is wrong with a complete date no fiscal year covers, or that falls in a closed one; null while it is fine or unfinished. */
export function postingDateProblem(years: readonly Year[], date: string): { kind: 'no-fiscal-year' } | { kind: 'fiscal-year-closed'; start: string; end: string } | null {
  const d = date.trim();
  if (!isIsoDate(d) || years.length === 0) return null;
  const y = years.find((x) => x.start <= d && d <= x.end);
  if (!y) return { kind: 'no-fiscal-year' };
  if (y.state === 'closed') return { kind: 'fiscal-year-closed', start: y.start, end: y.end };
  return null;
}
