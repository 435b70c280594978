import type { FiscalYearDto } from '../../../shared/api/dto.js';

/** Every month of the company's fiscal years, oldest first (`YYYY-MM`). */
export function fiscalMonths(years: readonly Pick<FiscalYearDto, 'start' | 'end'>[]): string[] {
  const out = new Set<string>();
  for (const y of years) {
    let [yy, mm] = [Number(y.start.slice(0, 4)), Number(y.start.slice(5, 7))];
    const last = y.end.slice(0, 7);
    for (let guard = 0; guard < 60; guard++) {
      const m = `${yy}-${String(mm).padStart(2, '0')}`;
      out.add(m);
      if (m >= last) break;
      mm += 1;
      if (mm > 12) { mm = 1; yy += 1; }
    }
  }
  return [...out].sort();
}

/**
 * The month to show first: the latest month that has ended, else the first month.
 * @example defaultMonth(['2026-01', '2026-02', '2026-03'], '2026-03-10') // '2026-02'
 */
export function defaultMonth(months: readonly string[], today: string): string | null {
  const current = today.slice(0, 7);
  const ended = months.filter((m) => m < current);
  return ended[ended.length - 1] ?? months[0] ?? null;
}
