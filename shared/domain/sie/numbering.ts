/**
 * Numbers the vouchers a SIE 4I file leaves unnumbered: they take the next free numbers of their
 * series (or of a chosen series when the file gives none), in date order, so the series stays
 * gapless. Numbered vouchers keep their series and number, gaps included.
 */
import type { PlanVoucher } from './plan.js';

/**
 * @param next first free number per series in the target fiscal year (missing series start at 1)
 * @example numberUnnumbered([{ series: '', number: null, date: '2025-03-01', … }], 'A', { A: 8 })[0].number // 8
 */
export function numberUnnumbered<V extends PlanVoucher>(vouchers: V[], chosenSeries: string, next: Readonly<Record<string, number>>): V[] {
  const counters = new Map(Object.entries(next));
  const order = vouchers
    .map((v, i) => ({ v, i }))
    .filter((x) => x.v.number === null)
    .sort((a, b) => (a.v.date < b.v.date ? -1 : a.v.date > b.v.date ? 1 : a.i - b.i));
  const out = [...vouchers];
  for (const { v, i } of order) {
    const series = v.series === '' ? chosenSeries : v.series;
    const n = counters.get(series) ?? 1;
    counters.set(series, n + 1);
    out[i] = { ...v, series, number: n };
  }
  return out;
}
