/**
 * Förändringar i eget kapital and the resultatdisposition of the förvaltningsberättelse (K2: both
 * in the förvaltningsberättelse). Columns: aktiekapital (bundet), balanserat resultat, årets
 * resultat. The rows always add up to the balance sheet's closing figures; what the books do not
 * explain as the disposition of last year's result shows as utdelning (a decrease) or other change.
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

/**
 * @example equityChanges(opening, 50000, { restricted: 25000, free: 130000 }).at(-1)?.total // 155000
 */
export function equityChanges(opening: readonly AccountBalance[], result: number, closing: { restricted: number; free: number }): EquityRow[] {
  const r0 = credit(opening, isRestricted);
  const b0 = credit(opening, isRetained);
  const p0 = credit(opening, isPrevResult);
  const rows = [row('Belopp vid årets ingång', r0, b0, p0)];
  if (p0 !== 0) rows.push(row('Disposition av föregående års resultat', 0, p0, -p0));
  const other = closing.free - result - (b0 + p0);
  if (other !== 0) rows.push(row(other < 0 ? 'Utdelning' : 'Övriga förändringar', 0, other, 0));
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

