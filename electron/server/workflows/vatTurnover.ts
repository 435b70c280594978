/**
 * Year-level VAT facts from per-code totals: the taxable turnover (momsbefrielse, the 40 million kr
 * due-date rule) and whether the company traded with other EU countries.
 */
import type { Db } from '../../db/connection.js';
import { listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { codeTotals } from '../../db/repos/vat.repo.js';
import { lineContribution } from '../../../shared/domain/vat/boxes.js';
import type { LedgerBoxId } from '../../../shared/domain/vat/boxIds.js';
import { isVatCode } from '../../../shared/domain/vat/codes.js';
import { TURNOVER_BOXES } from '../../../shared/domain/vat/exemption.js';
import { type Ore, ore } from '../../../shared/domain/money/ore.js';

/** Above 40 million kr a year a monthly filer files by the 26th of the next month. */
export const FORTY_MILLION: Ore = ore(4_000_000_000);

/** Boxes that mean trade with other EU countries (the yearly due-date rule). */
export const EU_TRADE_BOXES: readonly LedgerBoxId[] = ['20', '21', '35', '38', '39'];

/** Per box: the total contribution and the number of lines, between two dates. */
function boxTotals(db: Db, from: string, to: string): Map<LedgerBoxId, { total: number; lines: number }> {
  const out = new Map<LedgerBoxId, { total: number; lines: number }>();
  for (const r of codeTotals(db, from, to)) {
    if (!isVatCode(r.vatCode)) continue;
    const c = lineContribution({ account: '', vatCode: r.vatCode, amount: ore(r.total) });
    if (!c) continue;
    const e = out.get(c.box) ?? { total: 0, lines: 0 };
    e.total += c.amount;
    e.lines += r.lines;
    out.set(c.box, e);
  }
  return out;
}

/** Taxable sales in Sweden (boxes 05–08 and 41) between two dates. */
export function taxableTurnover(db: Db, from: string, to: string): Ore {
  const t = boxTotals(db, from, to);
  return ore(TURNOVER_BOXES.reduce((s, b) => s + (t.get(b)?.total ?? 0), 0));
}

/** True when any line in the range feeds an EU box (20, 21, 35, 38, 39). */
export function hasEuTrade(db: Db, from: string, to: string): boolean {
  const t = boxTotals(db, from, to);
  return EU_TRADE_BOXES.some((b) => (t.get(b)?.lines ?? 0) > 0);
}

/**
 * The turnover the rules of `year` follow: the last fiscal year that ended before it, else the
 * fiscal year overlapping it (a first year), with that year's start date.
 */
export function turnoverBasis(db: Db, year: number): { turnover: Ore; fiscalYear: string | null } {
  const years = listFiscalYears(db);
  const basis = years.filter((y) => y.end_date < `${year}-01-01`).at(-1)
    ?? years.find((y) => y.start_date <= `${year}-12-31` && y.end_date >= `${year}-01-01`);
  return basis ? { turnover: taxableTurnover(db, basis.start_date, basis.end_date), fiscalYear: basis.start_date } : { turnover: ore(0), fiscalYear: null };
}
