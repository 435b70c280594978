/**
 * The VAT periods the Moms page offers: exactly the kind the company reports (month, quarter or
 * the fiscal year), inside its fiscal years, so the backend never has to refuse a mismatch.
 * Pure (no React, no DOM), so it is unit-tested.
 */
import { monthsBetween, type IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { parsePeriod } from '../../../shared/domain/periods/period.js';

export type VatPeriodKind = 'month' | 'quarter' | 'year';

export interface VatPeriodOption {
  /** What `vat.report` takes: `2026-03`, `2026-Q1` or a fiscal year's start date. */
  value: string;
  from: string;
  to: string;
}

interface Span { start: string; end: string }

/** Every period of the company's kind that overlaps one of its fiscal years, oldest first. */
export function vatPeriodOptions(kind: VatPeriodKind, years: readonly Span[]): VatPeriodOption[] {
  const sorted = [...years].sort((a, b) => a.start.localeCompare(b.start));
  if (kind === 'year') return sorted.map((y) => ({ value: y.start, from: y.start, to: y.end }));
  const seen = new Set<string>();
  const out: VatPeriodOption[] = [];
  for (const y of sorted) {
    for (const m of monthsBetween(y.start as IsoDate, y.end as IsoDate)) {
      const value = kind === 'month' ? m : `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;
      if (seen.has(value)) continue;
      seen.add(value);
      const r = parsePeriod(value);
      if (r) out.push({ value, from: r.from, to: r.to });
    }
  }
  return out;
}

/**
 * The period to show first: the latest one that has ended by `today` (the one to file), else the
 * one `today` falls in, else the first.
 * @example defaultVatPeriod(vatPeriodOptions('quarter', [{ start: '2026-01-01', end: '2026-12-31' }]), '2026-05-10') // '2026-Q1'
 */
export function defaultVatPeriod(options: readonly VatPeriodOption[], today: string): string | null {
  const ended = options.filter((o) => o.to < today);
  const pick = ended[ended.length - 1] ?? options.find((o) => o.from <= today && today <= o.to) ?? options[0];
  return pick?.value ?? null;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** One style for every month: its first three letters ("jan–mar", "jul–sep"). */
const SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** A period as a person reads it: "mars 2026", "kvartal 1 2026 (jan–mar)", "2026-01-01 – 2026-12-31". */
export function vatPeriodLabel(o: VatPeriodOption): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(o.value);
  if (q) {
    const first = (Number(q[2]) - 1) * 3;
    return `kvartal ${q[2]} ${q[1]} (${SHORT[first]}–${SHORT[first + 2]})`;
  }
  if (/^\d{4}-\d{2}$/.test(o.value)) return `${MONTHS[Number(o.value.slice(5, 7)) - 1]} ${o.value.slice(0, 4)}`;
  return `${o.from} – ${o.to}`;
}
