/**
 * Recomputes the current year's closing balances from a file's own vouchers and compares them with
 * what the file states: UB = IB + Σ #TRANS for balance accounts, RES = Σ #TRANS for result
 * accounts. Only #TRANS rows count. Nothing is corrected; differences are listed.
 */
import { type Ore, ore, sumOre } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { AccountType, SieDocument } from './types.js';

export interface BalanceDifference {
  account: string;
  kind: 'UB' | 'RES';
  /** As the file states it (0 when the file leaves the account out). */
  stated: Ore;
  computed: Ore;
  /** computed − stated. */
  difference: Ore;
  /** Line of the stated #UB/#RES, null when absent. */
  line: number | null;
}

export interface Recomputation {
  /** False when the file has no vouchers or no #UB/#RES for year 0: nothing to compare. */
  checked: boolean;
  ubChecked: number;
  resChecked: number;
  differences: BalanceDifference[];
  ibSum: Ore;
  ubSum: Ore;
  resSum: Ore;
  /** Vouchers dated outside #RAR 0, left out of the sums. */
  vouchersOutsideYear: number;
  firstOutsideLine: number | null;
}

function yearMap(doc: SieDocument, kind: 'IB' | 'UB' | 'RES'): Map<string, { amount: Ore; line: number }> {
  const m = new Map<string, { amount: Ore; line: number }>();
  for (const b of doc.balances) if (b.kind === kind && b.yearIndex === 0) m.set(b.account, { amount: b.amount, line: b.line });
  return m;
}

/**
 * Balance-sheet (T/S, class 1–2) or result (K/I, class 3–8) account, by #KTYP first.
 * @example isBalanceAccount('1510', 'I') // false: the file's #KTYP wins over the BAS class
 */
export function isBalanceAccount(account: string, type: AccountType | undefined): boolean {
  if (type) return type === 'T' || type === 'S';
  return account.startsWith('1') || account.startsWith('2');
}

/**
 * Σ #TRANS per account over the vouchers inside [start, end] (all vouchers when unknown).
 * @example movements(doc, '2025-01-01', '2025-12-31').sums.get('1930')
 */
export function movements(doc: SieDocument, start: IsoDate | null, end: IsoDate | null): { sums: Map<string, number>; outside: number; firstOutside: number | null } {
  const sums = new Map<string, number>();
  let outside = 0;
  let firstOutside: number | null = null;
  for (const v of doc.vouchers) {
    if ((start && v.date < start) || (end && v.date > end)) {
      outside++;
      firstOutside ??= v.line;
      continue;
    }
    for (const r of v.rows) if (r.kind === 'TRANS') sums.set(r.account, (sums.get(r.account) ?? 0) + r.amount);
  }
  return { sums, outside, firstOutside };
}

/**
 * Compares stated year-0 balances with the vouchers.
 * @example recomputeBalances(parseSie(text).doc).differences // [] for a consistent 4E file
 */
export function recomputeBalances(doc: SieDocument): Recomputation {
  const year = doc.fiscalYears.find((y) => y.index === 0);
  const ib = yearMap(doc, 'IB');
  const ub = yearMap(doc, 'UB');
  const res = yearMap(doc, 'RES');
  const sum = (m: Map<string, { amount: Ore }>) => sumOre([...m.values()].map((x) => x.amount));
  const mv = movements(doc, year?.start ?? null, year?.end ?? null);
  const base = { ibSum: sum(ib), ubSum: sum(ub), resSum: sum(res), vouchersOutsideYear: mv.outside, firstOutsideLine: mv.firstOutside };
  if (doc.vouchers.length === 0 || (ub.size === 0 && res.size === 0)) {
    return { checked: false, ubChecked: 0, resChecked: 0, differences: [], ...base };
  }
  const types = new Map(doc.accountTypes.map((t) => [t.account, t.type]));
  const differences: BalanceDifference[] = [];
  const push = (account: string, kind: 'UB' | 'RES', stated: { amount: Ore; line: number } | undefined, computed: number) => {
    const s = stated?.amount ?? ore(0);
    if (computed !== s) differences.push({ account, kind, stated: s, computed: ore(computed), difference: ore(computed - s), line: stated?.line ?? null });
  };
  for (const [account, stated] of ub) push(account, 'UB', stated, (ib.get(account)?.amount ?? 0) + (mv.sums.get(account) ?? 0));
  for (const [account, stated] of res) push(account, 'RES', stated, mv.sums.get(account) ?? 0);
  // Accounts the file leaves out of #UB/#RES must come out at zero.
  const unstated = new Set([...mv.sums.keys(), ...ib.keys()].filter((a) => !ub.has(a) && !res.has(a)));
  for (const account of [...unstated].sort()) {
    const balance = ib.has(account) || isBalanceAccount(account, types.get(account));
    push(account, balance ? 'UB' : 'RES', undefined, (balance ? ib.get(account)?.amount ?? 0 : 0) + (mv.sums.get(account) ?? 0));
  }
  return { checked: true, ubChecked: ub.size, resChecked: res.size, differences, ...base };
}
