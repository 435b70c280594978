/**
 * Rows dated outside every fiscal year of the company. They can still be imported (a statement
 * may come before its year is created) but cannot be booked until the year exists, so the
 * preview says so, one warning per stretch of rows between two years. Pure.
 */
import type { Problem } from '../result.js';

export interface YearSpan { start: string; end: string }

/** True when `date` lies in one of `years`. */
export const inSomeYear = (date: string, years: readonly YearSpan[]): boolean => years.some((y) => date >= y.start && date <= y.end);

/**
 * The company's fiscal years as one text: one span when they follow each other without a gap,
 * otherwise each year's span.
 * @example yearsText([{ start: '2025-01-01', end: '2025-12-31' }, { start: '2026-01-01', end: '2026-12-31' }]) // '2025-01-01–2026-12-31'
 */
export function yearsText(years: readonly YearSpan[]): string {
  const ys = [...years].sort((a, b) => (a.start < b.start ? -1 : 1));
  if (ys.length === 0) return '';
  const contiguous = ys.every((y, i) => i === 0 || y.start > ys[i - 1]!.end && dayAfter(ys[i - 1]!.end) === y.start);
  return contiguous ? `${ys[0]!.start}–${ys[ys.length - 1]!.end}` : ys.map((y) => `${y.start}–${y.end}`).join(', ');
}

function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/**
 * One warning per run of outside dates that no fiscal year separates, with the count and the
 * first and last date of the run.
 * @example outsideYearWarnings(['2014-03-01', '2014-03-31', '2026-01-05'], [{ start: '2026-01-01', end: '2026-12-31' }])
 * // [{ code: 'bank-outside-fiscal-years', message: '2 rader (2014-03-01–2014-03-31) ligger utanför företagets räkenskapsår (2026-01-01–2026-12-31); …' }]
 */
export function outsideYearWarnings(dates: readonly string[], years: readonly YearSpan[]): Problem[] {
  const sortedYears = [...years].sort((a, b) => (a.start < b.start ? -1 : 1));
  const slot = (d: string) => sortedYears.filter((y) => y.end < d).length;
  const runs = new Map<number, string[]>();
  for (const d of dates) {
    if (inSomeYear(d, years)) continue;
    const k = slot(d);
    runs.set(k, [...(runs.get(k) ?? []), d]);
  }
  return [...runs.entries()].sort((a, b) => a[0] - b[0]).map(([, ds]) => {
    const s = [...ds].sort();
    const n = s.length;
    const span = s[0] === s[n - 1] ? s[0] : `${s[0]}–${s[n - 1]}`;
    const where = years.length === 0 ? 'utanför företagets räkenskapsår (företaget har inget räkenskapsår ännu)' : `utanför företagets räkenskapsår (${yearsText(years)})`;
    return {
      code: 'bank-outside-fiscal-years',
      message: `${n} ${n === 1 ? 'rad' : 'rader'} (${span}) ligger ${where}; ${n === 1 ? 'den' : 'de'} kan inte bokföras förrän året finns. Importen går att göra ändå; lägg upp räkenskapsåret innan raderna bokförs.`,
    };
  });
}
