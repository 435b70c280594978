import { type Ore, ore } from '../money/ore.js';
import type { CompanyForm } from '../periods/fiscalYear.js';

export interface ClosingBalance {
  account: string;
  statement: 'BR' | 'RR';
  closing: Ore;
}

/**
 * Opening balances of the next fiscal year from the closing balances of the last one
 * (kontinuitetsprincipen). Balance-sheet accounts carry over; result accounts start at zero and
 * the year's result lands in equity by form (case C17):
 * - AB: 2099 Årets resultat plus any result not yet closed to 2099 goes to 2098 (Vinst eller
 *   förlust från föregående år) until the annual meeting's decision is booked;
 * - EF: 2011–2019 (uttag, insättningar, årets resultat) and any unclosed result go to 2010.
 * The result always sums to zero when the closing balances do.
 * @example carryForward([{ account: '2099', statement: 'BR', closing: ore(-4800000) }], 'AB') // 2098: -4800000
 */
export function carryForward(closing: readonly ClosingBalance[], form: CompanyForm): Map<string, Ore> {
  const out = new Map<string, number>();
  const add = (a: string, x: number) => out.set(a, (out.get(a) ?? 0) + x);
  const target = form === 'AB' ? '2098' : '2010';
  for (const c of closing) {
    if (c.statement === 'RR') add(target, c.closing);
    else if (form === 'AB' && c.account === '2099') add(target, c.closing);
    else if (form === 'EF' && /^201[1-9]$/.test(c.account)) add(target, c.closing);
    else add(c.account, c.closing);
  }
  const result = new Map<string, Ore>();
  for (const [a, x] of [...out].sort(([a], [b]) => (a < b ? -1 : 1))) if (x !== 0) result.set(a, ore(x));
  return result;
}
