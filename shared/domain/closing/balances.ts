/** Year-end balances as the plan moves them: the books plus the closing vouchers not yet posted. */
import { type Ore, ore } from '../money/ore.js';
import type { AccountBalance } from '../sru/mapping.js';
import type { PlannedLine } from './planned.js';

/**
 * New balances with the lines applied (accounts new to the list are added, sorted by number).
 * @example applyLines([{ account: '1930', name: 'Bank', balance: ore(100) }], [{ account: '1930', amount: ore(-40) }], () => 'Bank')[0].balance // 60
 */
export function applyLines(balances: readonly AccountBalance[], lines: readonly PlannedLine[], nameOf: (account: string) => string): AccountBalance[] {
  const m = new Map(balances.map((b) => [b.account, { ...b }]));
  for (const l of lines) {
    const b = m.get(l.account) ?? m.set(l.account, { account: l.account, name: nameOf(l.account), balance: ore(0) }).get(l.account)!;
    b.balance = ore(b.balance + l.amount);
  }
  return [...m.values()].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
}

/** The balance of one account (0 when absent). */
export function balanceOf(balances: readonly AccountBalance[], account: string): Ore {
  return balances.find((b) => b.account === account)?.balance ?? ore(0);
}

/** Sum of the balances of the accounts in `accounts`. */
export function sumOf(balances: readonly AccountBalance[], accounts: readonly string[]): Ore {
  return ore(balances.filter((b) => accounts.includes(b.account)).reduce((s, b) => s + b.balance, 0));
}

/**
 * Årets resultat (profit positive) from the result accounts 3000–8989 (899x is the closing itself).
 * @example yearResult([{ account: '3001', name: 'Försäljning', balance: ore(-500) }]) // 500
 */
export function yearResult(balances: readonly AccountBalance[]): Ore {
  return ore(-balances.filter((b) => /^[3-8]\d{3}$/.test(b.account) && !/^899\d$/.test(b.account)).reduce((s, b) => s + b.balance, 0));
}
