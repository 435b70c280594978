/**
 * The bank's side of a reconciliation: what the account held at the end of a day, from the
 * balances the statements state and the rows in between. Pure.
 *
 * An anchor is a known balance at the END of a date: a statement's opening balance sits at the end
 * of the day before its first row, its closing balance at the end of its last row's day. The
 * balance at any date is the nearest anchor at or before it plus the rows after the anchor (or,
 * before the first anchor, the first anchor minus the rows in between). Intra-day order never
 * matters, so rows from overlapping exports give one answer.
 */
import { type IsoDate, addDays } from '../dates/isoDate.js';
import { type Ore, ore } from '../money/ore.js';

export interface BalanceAnchor {
  /** The balance holds at the end of this date. */
  date: IsoDate;
  balance: Ore;
}

export interface StatementSpan {
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  opening: Ore | null;
  closing: Ore | null;
}

export interface DatedAmount {
  date: IsoDate | string;
  amount: Ore | number;
}

/**
 * Anchors of stored statements, oldest first.
 * @example anchorsOf([{ firstDate: '2026-03-02', lastDate: '2026-03-31', opening: 1000, closing: 900 }]) // [{ date: '2026-03-01', balance: 1000 }, { date: '2026-03-31', balance: 900 }]
 */
export function anchorsOf(statements: readonly StatementSpan[]): BalanceAnchor[] {
  const out: BalanceAnchor[] = [];
  for (const s of statements) {
    if (!s.firstDate || !s.lastDate) continue;
    if (s.opening !== null) out.push({ date: addDays(s.firstDate, -1), balance: s.opening });
    if (s.closing !== null) out.push({ date: s.lastDate, balance: s.closing });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const sumBetween = (rows: readonly DatedAmount[], after: string, upTo: string) =>
  rows.reduce((s, r) => (r.date > after && r.date <= upTo ? s + r.amount : s), 0);

/**
 * The bank balance at the end of `date`, or null when no statement states a balance.
 * @example bankBalanceAt('2026-03-15', [{ date: '2026-03-01', balance: 1000 }], [{ date: '2026-03-10', amount: -100 }]) // 900
 */
export function bankBalanceAt(date: IsoDate, anchors: readonly BalanceAnchor[], rows: readonly DatedAmount[]): Ore | null {
  let before: BalanceAnchor | undefined;
  for (const a of anchors) if (a.date <= date) before = a;
  if (before) return ore(before.balance + sumBetween(rows, before.date, date));
  const after = anchors[0];
  return after ? ore(after.balance - sumBetween(rows, date, after.date)) : null;
}

export interface AnchorGap {
  from: IsoDate;
  to: IsoDate;
  /** Balance at `to` computed from the anchor at `from` and the rows in between. */
  computed: Ore;
  /** Balance at `to` the statement states. */
  stated: Ore;
}

/**
 * Consecutive anchors the stored rows do not carry from one to the next: rows are missing (or
 * extra) between two statements.
 * @example anchorGaps([{ date: '2026-01-31', balance: 100 }, { date: '2026-02-28', balance: 50 }], []) // [{ from: '2026-01-31', to: '2026-02-28', computed: 100, stated: 50 }]
 */
export function anchorGaps(anchors: readonly BalanceAnchor[], rows: readonly DatedAmount[]): AnchorGap[] {
  const gaps: AnchorGap[] = [];
  for (let i = 1; i < anchors.length; i++) {
    const a = anchors[i - 1]!;
    const b = anchors[i]!;
    const computed = ore(a.balance + sumBetween(rows, a.date, b.date));
    if (computed !== b.balance) gaps.push({ from: a.date, to: b.date, computed, stated: b.balance });
  }
  return gaps;
}

export interface MonthReconciliation {
  basis: 'balance' | 'movements';
  statement: Ore;
  ledger: Ore;
  difference: Ore;
  reconciled: boolean;
}

/**
 * Statement vs ledger at month end. With stated balances the statement side is the bank balance;
 * an account whose files state none (card exports) is reconciled on movements: the ledger's
 * opening plus the bank's rows of the month. Reconciled only at difference zero.
 * @example reconcileMonth({ bankBalance: 900, ledgerOpening: 1000, ledgerClosing: 900, bankMovements: -100 }) // { basis: 'balance', statement: 900, ledger: 900, difference: 0, reconciled: true }
 */
export function reconcileMonth(x: { bankBalance: Ore | null; ledgerOpening: Ore; ledgerClosing: Ore; bankMovements: Ore }): MonthReconciliation {
  const basis = x.bankBalance === null ? 'movements' : 'balance';
  const statement = x.bankBalance ?? ore(x.ledgerOpening + x.bankMovements);
  const difference = ore(statement - x.ledgerClosing);
  return { basis, statement, ledger: x.ledgerClosing, difference, reconciled: difference === 0 };
}
