/**
 * Förändringar i eget kapital and the resultatdisposition of the förvaltningsberättelse (K2: both
 * in the förvaltningsberättelse). Columns: aktiekapital (bundet), balanserat resultat, årets
 * resultat. The rows always add up to the balance sheet's closing figures. Every movement row is
 * one the books hold (the disposition of last year's result, a booked utdelning or other change of
 * fritt eget kapital); whole-krona rounding is never dressed up as one of them.
 */
import { truncKronor } from '../money/format.js';
import { ore } from '../money/ore.js';
import type { AccountBalance } from '../sru/mapping.js';

export interface EquityRow { label: string; restricted: number; retained: number; result: number; total: number }
export interface Disposition { retained: number; result: number; available: number; dividend: number; carried: number }

const credit = (bs: readonly AccountBalance[], test: (a: string) => boolean) => truncKronor(ore(-bs.filter((b) => test(b.account)).reduce((s, b) => s + b.balance, 0)));
const isRestricted = (a: string) => /^208\d$/.test(a);
const isPrevResult = (a: string) => a === '2098' || a === '2099';
const isRetained = (a: string) => /^20\d\d$/.test(a) && !isRestricted(a) && !isPrevResult(a);

function row(label: string, restricted: number, retained: number, result: number): EquityRow {
  return { label, restricted, retained, result, total: restricted + retained + result };
}

/** Fritt eget kapital in öre (credit positive) before this year's result, whether or not 8999 → 2099 is booked yet. */
function freeBeforeResult(bs: readonly AccountBalance[]): number {
  const free = -bs.filter((b) => /^20\d\d$/.test(b.account) && !isRestricted(b.account)).reduce((s, b) => s + b.balance, 0);
  const unclosed = -bs.filter((b) => /^[3-8]\d{3}$/.test(b.account)).reduce((s, b) => s + b.balance, 0); // incl. 8999: 0 once closed
  const result = -bs.filter((b) => /^[3-8]\d{3}$/.test(b.account) && !/^899\d$/.test(b.account)).reduce((s, b) => s + b.balance, 0);
  return free + unclosed - result;
}

/**
 * `closingBalances` are the year-end balances (öre) the balance sheet was made from; `closing` is
 * what the balance sheet prints (whole kronor, "Balanserat resultat" settled so it adds up).
 *
 * Rounding: K2 allows no extra post in the balansräkning, so there the öre difference between the
 * truncated rows stays inside "Balanserat resultat" (statements.ts `settle`). In this table the
 * opening row must agree with the books' opening balances, the closing row with the balance sheet
 * and every movement with something that happened; a preparer would not invent a −1 kr utdelning
 * to make it foot, but state the difference for what it is. So movements come from the booked
 * öre (not from the settled figure) and what is left, a few kronor at most, is an
 * "Avrundningsdifferens" row in the balanserat-resultat column.
 * @example equityChanges([], balances, 1101, { restricted: 0, free: 1100 }).map((r) => r.label) // […, 'Avrundningsdifferens', 'Årets resultat', …]
 */
export function equityChanges(opening: readonly AccountBalance[], closingBalances: readonly AccountBalance[], result: number, closing: { restricted: number; free: number }): EquityRow[] {
  const r0 = credit(opening, isRestricted);
  const b0 = credit(opening, isRetained);
  const p0 = credit(opening, isPrevResult);
  const rows = [row('Belopp vid årets ingång', r0, b0, p0)];
  if (p0 !== 0) rows.push(row('Disposition av föregående års resultat', 0, p0, -p0));
  const booked = truncKronor(ore(freeBeforeResult(closingBalances) - freeBeforeResult(opening)));
  if (booked !== 0) rows.push(row(booked < 0 ? 'Utdelning' : 'Övriga förändringar', 0, booked, 0));
  const rounding = closing.free - result - (b0 + p0) - booked;
  if (rounding !== 0) rows.push(row('Avrundningsdifferens', 0, rounding, 0));
  if (closing.restricted !== r0) rows.push(row('Förändring av bundet eget kapital', closing.restricted - r0, 0, 0));
  rows.push(row('Årets resultat', 0, 0, result));
  rows.push(row('Belopp vid årets utgång', closing.restricted, closing.free - result, result));
  return rows;
}

/**
 * The board's proposal: what stands at the meeting's disposal, the dividend, the rest carried forward.
 * @example disposition(80000, 50000, 20000).carried // 110000
 */
export function disposition(retained: number, result: number, dividend: number): Disposition {
  const available = retained + result;
  return { retained, result, available, dividend, carried: available - dividend };
}

