/**
 * The K2 resultaträkning and balansräkning in whole kronor, this year and (when the file holds it)
 * the year before. Lines that are zero in both years are left out. The income statement adds the
 * INK2R rows; the balance sheet takes årets resultat from the income statement and lets
 * "Balanserat resultat" absorb the per-line rounding, so both statements add up as printed.
 */
import { type AccountBalance, mapBalances } from '../sru/mapping.js';
import { K2_INCOME, K2_ASSETS, K2_EQUITY_LIABILITIES, type BalanceSection } from './k2Lines.js';

export interface Pair { current: number; previous: number | null }
export interface K2Line extends Pair { label: string; note?: number }
export interface K2Block { lines: K2Line[]; subtotal: K2Line }
export interface K2Group { title: string; lines: K2Line[]; total: Pair }
export interface K2Section { title: string; groups: K2Group[]; total: Pair }
export interface K2Balance { assets: K2Section[]; totalAssets: Pair; equityLiabilities: K2Section[]; totalEquityLiabilities: Pair }

const add = (a: Pair, b: Pair): Pair => ({ current: a.current + b.current, previous: a.previous === null || b.previous === null ? a.previous ?? b.previous : a.previous + b.previous });
const zero = (withPrevious: boolean): Pair => ({ current: 0, previous: withPrevious ? 0 : null });
const nonZero = (p: Pair) => p.current !== 0 || (p.previous ?? 0) !== 0;

/**
 * @example k2Income({ '3.1': 100000, '3.7': 20000 }, null).result.current // 80000
 */
export function k2Income(cur: Record<string, number>, prev: Record<string, number> | null): { blocks: K2Block[]; result: Pair } {
  const value = (rows: Record<string, number>, plus: readonly string[], minus: readonly string[]) =>
    plus.reduce((s, r) => s + (rows[r] ?? 0), 0) - minus.reduce((s, r) => s + (rows[r] ?? 0), 0);
  let running = zero(prev !== null);
  const blocks = K2_INCOME.map((b) => {
    const lines = b.lines.map((l) => ({ label: l.label, current: value(cur, l.plus, l.minus), previous: prev ? value(prev, l.plus, l.minus) : null }));
    for (const l of lines) running = add(running, l);
    return { lines: lines.filter(nonZero), subtotal: { label: b.subtotal, ...running } };
  });
  return { blocks, result: running };
}

function sectionValues(sections: readonly BalanceSection[], balances: readonly AccountBalance[]): { values: number[][][]; unmapped: AccountBalance[] } {
  const defs = sections.flatMap((s, si) => s.groups.flatMap((g, gi) => g.lines.map((l, li) => ({ ...l.def, row: `${si}.${gi}.${li}` }))));
  const m = mapBalances(balances, defs, (a) => /^[3-9]/.test(a));
  return { values: sections.map((s, si) => s.groups.map((g, gi) => g.lines.map((_, li) => m.rows.get(`${si}.${gi}.${li}`) ?? 0))), unmapped: m.unmapped };
}

function build(sections: readonly BalanceSection[], cur: number[][][], prev: number[][][] | null): K2Section[] {
  return sections.map((s, si) => {
    const groups = s.groups.map((g, gi) => {
      const lines = g.lines.map((l, li) => ({ label: l.label, current: cur[si]![gi]![li]!, previous: prev ? prev[si]![gi]![li]! : null }));
      return { title: g.title, lines, total: lines.reduce(add, zero(prev !== null)) };
    });
    return { title: s.title, groups, total: groups.map((g) => g.total).reduce(add, zero(prev !== null)) };
  });
}

function settle(el: K2Section[], totalAssets: Pair, result: Pair): void {
  const free = el[0]!.groups[1]!;
  const resultLine = free.lines.find((x) => x.label === 'Årets resultat')!;
  const retained = free.lines.find((x) => x.label === 'Balanserat resultat')!;
  resultLine.current = result.current;
  resultLine.previous = result.previous;
  retained.current = 0;
  retained.previous = result.previous === null ? null : 0;
  const others = el.flatMap((s) => s.groups.flatMap((g) => g.lines)).reduce(add, zero(result.previous !== null));
  retained.current = totalAssets.current - others.current;
  if (retained.previous !== null) retained.previous = (totalAssets.previous ?? 0) - (others.previous ?? 0);
  for (const s of el) {
    for (const g of s.groups) g.total = g.lines.reduce(add, zero(result.previous !== null));
    s.total = s.groups.map((g) => g.total).reduce(add, zero(result.previous !== null));
  }
}

function prune(sections: K2Section[]): K2Section[] {
  return sections.map((s) => ({ ...s, groups: s.groups.map((g) => ({ ...g, lines: g.lines.filter(nonZero) })).filter((g) => g.lines.length) }))
    .filter((s) => s.groups.length);
}

/**
 * @example k2Balance(balances, null, { current: 80000, previous: null }).totalAssets.current
 */
export function k2Balance(cur: readonly AccountBalance[], prev: readonly AccountBalance[] | null, result: Pair): { balance: K2Balance; unmapped: AccountBalance[] } {
  const ac = sectionValues(K2_ASSETS, cur);
  const ec = sectionValues(K2_EQUITY_LIABILITIES, cur);
  const ap = prev ? sectionValues(K2_ASSETS, prev) : null;
  const ep = prev ? sectionValues(K2_EQUITY_LIABILITIES, prev) : null;
  const assets = build(K2_ASSETS, ac.values, ap?.values ?? null);
  const el = build(K2_EQUITY_LIABILITIES, ec.values, ep?.values ?? null);
  const totalAssets = assets.map((s) => s.total).reduce(add, zero(prev !== null));
  settle(el, totalAssets, result);
  const totalEL = el.map((s) => s.total).reduce(add, zero(prev !== null));
  return { balance: { assets: prune(assets), totalAssets, equityLiabilities: prune(el), totalEquityLiabilities: totalEL }, unmapped: [...ac.unmapped, ...ec.unmapped] };
}
