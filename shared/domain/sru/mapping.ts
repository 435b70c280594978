/**
 * Account → form row by BAS number ranges (BAS's SRU coupling tables as the reference transcribes
 * them). A row takes either one side (`debit`: debit balance positive, e.g. assets and costs;
 * `credit`: credit balance positive, e.g. liabilities and income) or splits a group's net into a
 * plus row (net credit) and a minus row (net debit), as the forms' split rows do.
 */
import { type Ore, ore } from '../money/ore.js';
import { truncKronor } from '../money/format.js';

export type Range = readonly [number, number];

export type RowDef =
  | { ranges: readonly Range[]; row: string; side: 'debit' | 'credit' }
  | { ranges: readonly Range[]; plus: string; minus: string };

export interface AccountBalance { account: string; name: string; balance: Ore }

export interface Mapped {
  /** Row → whole kronor, truncated toward zero per row (as the forms are filled). */
  rows: Map<string, number>;
  /** Row → exact öre. */
  exact: Map<string, Ore>;
  /** Row → the accounts it holds (for drill-down and the printed specification). */
  accounts: Map<string, AccountBalance[]>;
  /** Accounts with a balance that no row takes (block the export). */
  unmapped: AccountBalance[];
}

/** Ranges written as `'1000-1087'` or `'1088'` strings, for compact tables. */
export function ranges(...specs: string[]): Range[] {
  return specs.map((s) => {
    const [a, b] = s.split('-');
    return [Number(a), Number(b ?? a)] as const;
  });
}

function inRanges(account: string, rs: readonly Range[]): boolean {
  if (!/^\d{4}$/.test(account)) return false;
  const n = Number(account);
  return rs.some(([a, b]) => n >= a && n <= b);
}

/**
 * Places each account's balance on its row. The first definition whose ranges contain an
 * account wins, so exceptions are listed before the general ranges; `skip` accounts (e.g. 899x,
 * the closing of the income statement) are neither placed nor reported as unmapped.
 * @example mapBalances([{ account: '1930', name: 'Bank', balance: ore(12345) }], [{ ranges: ranges('1900-1999'), row: 'B9', side: 'debit' }]).rows.get('B9') // 123
 */
export function mapBalances(balances: readonly AccountBalance[], defs: readonly RowDef[], skip: (account: string) => boolean = () => false): Mapped {
  const net = new Map<RowDef, AccountBalance[]>();
  const unmapped: AccountBalance[] = [];
  for (const b of balances) {
    if (b.balance === 0 || skip(b.account)) continue;
    const def = defs.find((d) => inRanges(b.account, d.ranges));
    if (!def) { unmapped.push(b); continue; }
    const list = net.get(def) ?? net.set(def, []).get(def)!;
    list.push(b);
  }
  const exact = new Map<string, number>();
  const accounts = new Map<string, AccountBalance[]>();
  const add = (row: string, x: number, list: AccountBalance[]) => {
    exact.set(row, (exact.get(row) ?? 0) + x);
    accounts.set(row, [...(accounts.get(row) ?? []), ...list]);
  };
  for (const [def, list] of net) {
    const sum = list.reduce((s, b) => s + b.balance, 0);
    if ('row' in def) add(def.row, def.side === 'debit' ? sum : -sum, list);
    else if (sum < 0) add(def.plus, -sum, list);
    else if (sum > 0) add(def.minus, sum, list);
  }
  const rows = new Map<string, number>();
  const exactOre = new Map<string, Ore>();
  for (const [row, x] of exact) {
    exactOre.set(row, ore(x));
    rows.set(row, truncKronor(ore(x)));
  }
  return { rows, exact: exactOre, accounts, unmapped };
}

/** A row's whole-krona value, 0 when absent. */
export function rowValue(m: Mapped, row: string): number {
  return m.rows.get(row) ?? 0;
}
