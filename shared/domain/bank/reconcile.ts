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
import { formatSv } from '../money/format.js';

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

export interface DifferenceExplanation {
  code: 'bank-reconcile-opening-differs' | 'bank-reconcile-cross-month' | 'bank-reconcile-opening-and-cross-month';
  message: string;
  /** Bank balance minus ledger balance at the start of the month (0 on the movements basis). */
  opening: Ore;
  /** The month's bank rows minus the ledger's movements on the account. */
  movements: Ore;
}

/**
 * Where a month's difference comes from when every item is matched (nothing left to point at).
 * difference = (bank opening − ledger opening) + (bank rows of the month − ledger movements of the
 * month); the first part is the balances the month starts from, the second matched items whose
 * other side is dated in another month. Null when the month reconciles or items are unmatched.
 * `bankOpening` is the bank balance at the end of the day before `from`, null on the movements
 * basis. `fyOpening` is set when `from` is the fiscal year's first day (the ledger's opening is
 * then the year's ingående balans).
 */
export function explainDifference(x: {
  account: string; from: IsoDate; difference: Ore; unmatched: number; bankOpening: Ore | null; ledgerOpening: Ore;
  bankMovements: Ore; ledgerMovements: Ore; fyStart: boolean;
}): DifferenceExplanation | null {
  if (x.difference === 0 || x.unmatched > 0) return null;
  const opening = x.bankOpening === null ? ore(0) : ore(x.bankOpening - x.ledgerOpening);
  const movements = ore(x.bankMovements - x.ledgerMovements);
  const d = formatSv(x.difference);
  const before = addDays(x.from, -1);
  const openingText = x.bankOpening === null ? '' : x.fyStart
    ? `räkenskapsårets ingående balans på ${x.account} är ${formatSv(x.ledgerOpening)} men kontoutdragets saldo den ${before} är ${formatSv(x.bankOpening)} (skillnad ${formatSv(opening)}). Rätta den ingående balansen (kontera opening set eller Ingående balanser) så att den stämmer med kontoutdraget`
    : `bokföringens saldo på ${x.account} vid månadens början är ${formatSv(x.ledgerOpening)} men kontoutdragets saldo den ${before} är ${formatSv(x.bankOpening)} (skillnad ${formatSv(opening)}). Skillnaden uppstod före månaden: stäm av de tidigare månaderna och räkenskapsårets ingående balans`;
  const movesText = `bankens rader i månaden summerar till ${formatSv(x.bankMovements)} men bokföringen på ${x.account} till ${formatSv(x.ledgerMovements)} (skillnad ${formatSv(movements)}): någon bankrad är matchad mot en verifikation daterad i en annan månad, eller tvärtom. Kontrollera matchningarna kring månadsskiftet`;
  const head = `Alla poster är matchade, men differensen ${d} finns kvar:`;
  if (opening !== 0 && movements !== 0) return { code: 'bank-reconcile-opening-and-cross-month', opening, movements, message: `${head} ${openingText}; dessutom ${movesText}.` };
  if (opening !== 0) return { code: 'bank-reconcile-opening-differs', opening, movements, message: `${head} ${openingText}.` };
  return { code: 'bank-reconcile-cross-month', opening, movements, message: `${head} ${movesText}.` };
}
