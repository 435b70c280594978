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
 * opening plus the bank's rows of the month. Reconciled only at difference zero AND with no item
 * left unmatched (`unmatchedItems`): a bank row and a voucher line of the same amount that nobody
 * matched cancel out in the difference but are not accounted for.
 * @example reconcileMonth({ bankBalance: 900, ledgerOpening: 1000, ledgerClosing: 900, bankMovements: -100 }) // { basis: 'balance', statement: 900, ledger: 900, difference: 0, reconciled: true }
 */
export function reconcileMonth(x: { bankBalance: Ore | null; ledgerOpening: Ore; ledgerClosing: Ore; bankMovements: Ore; unmatchedItems?: number }): MonthReconciliation {
  const basis = x.bankBalance === null ? 'movements' : 'balance';
  const statement = x.bankBalance ?? ore(x.ledgerOpening + x.bankMovements);
  const difference = ore(statement - x.ledgerClosing);
  return { basis, statement, ledger: x.ledgerClosing, difference, reconciled: difference === 0 && (x.unmatchedItems ?? 0) === 0 };
}

export interface LedgerItem {
  date: IsoDate | string;
  amount: Ore | number;
}

/**
 * The unmatched voucher lines of a month that the FIRST statement's opening balance already
 * contains, so they are not items "in the books but not in the bank":
 *
 * - every line dated on or before the first anchor (the end of the day before the first statement
 *   begins): the bank's history before the statement is only its opening balance;
 * - on the statement's first day, one line (an opening-balance voucher such as "A1 Ingående
 *   balans") whose amount brings the ledger's balance before it exactly to the statement's
 *   opening balance, unless an unmatched bank row that day has the same amount (then it is an
 *   ordinary payment waiting to be matched).
 *
 * They move the ledger's effective opening instead: the reconciliation compares the statement's
 * opening with the ledger's opening plus these lines. Returns the indexes of the covered lines.
 * `ledgerBefore` is the ledger's balance at the start of the month.
 */
export function coveredByOpening(x: {
  firstAnchor: BalanceAnchor | undefined; from: IsoDate; to: IsoDate; ledgerBefore: Ore;
  lines: readonly LedgerItem[]; unmatchedBankRows: readonly LedgerItem[];
}): number[] {
  const a = x.firstAnchor;
  if (!a) return [];
  const firstDay = addDays(a.date, 1);
  if (firstDay < x.from || a.date > x.to) return [];
  const out: number[] = [];
  let balance: number = x.ledgerBefore;
  x.lines.forEach((l, i) => {
    if (l.date <= a.date) { out.push(i); balance += l.amount; }
  });
  if (firstDay <= x.to) {
    const i = x.lines.findIndex((l) => l.date === firstDay && balance + l.amount === a.balance
      && !x.unmatchedBankRows.some((r) => r.date === firstDay && r.amount === l.amount));
    if (i >= 0 && balance !== a.balance) out.push(i);
  }
  return out.sort((p, q) => p - q);
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
 * Where the part of a month's difference that the listed items do not explain comes from.
 * difference = (bank opening − ledger opening) + (unmatched bank rows − unmatched voucher lines)
 * + (matched bank rows of the month − matched ledger movements of the month); the first part is
 * the balances the month starts from, the last matched items whose other side is dated in another
 * month. Null when the listed items explain the whole difference (`unmatchedBank` and
 * `unmatchedLedger` are the sums of the listed items). `bankOpening` is the bank balance at the
 * end of the day before `from`, null on the movements basis. `fyStart` is set when `from` is the
 * fiscal year's first day (the ledger's opening is then the year's ingående balans).
 */
export function explainDifference(x: {
  account: string; from: IsoDate; difference: Ore; unmatchedBank?: Ore; unmatchedLedger?: Ore; bankOpening: Ore | null; ledgerOpening: Ore;
  bankMovements: Ore; ledgerMovements: Ore; fyStart: boolean;
}): DifferenceExplanation | null {
  const ub = x.unmatchedBank ?? 0;
  const ul = x.unmatchedLedger ?? 0;
  const listed = ore(ub - ul);
  const residual = ore(x.difference - listed);
  if (residual === 0) return null;
  const opening = x.bankOpening === null ? ore(0) : ore(x.bankOpening - x.ledgerOpening);
  const bankMatched = ore(x.bankMovements - ub);
  const ledgerMatched = ore(x.ledgerMovements - ul);
  const movements = ore(bankMatched - ledgerMatched);
  const d = formatSv(x.difference);
  const before = addDays(x.from, -1);
  const openingText = x.bankOpening === null ? '' : x.fyStart
    ? `räkenskapsårets ingående balans på ${x.account} är ${formatSv(x.ledgerOpening)} men kontoutdragets saldo den ${before} är ${formatSv(x.bankOpening)} (skillnad ${formatSv(opening)}). Rätta den ingående balansen (kontera opening set eller Ingående balanser) så att den stämmer med kontoutdraget`
    : `bokföringens saldo på ${x.account} vid månadens början är ${formatSv(x.ledgerOpening)} men kontoutdragets saldo den ${before} är ${formatSv(x.bankOpening)} (skillnad ${formatSv(opening)}). Skillnaden uppstod före månaden: stäm av de tidigare månaderna och räkenskapsårets ingående balans`;
  const movesText = `${listed === 0 ? 'bankens rader' : 'bankens matchade rader'} i månaden summerar till ${formatSv(bankMatched)} men ${listed === 0 ? 'bokföringen' : 'de matchade verifikationsraderna'} på ${x.account} till ${formatSv(ledgerMatched)} (skillnad ${formatSv(movements)}): någon bankrad är matchad mot en verifikation daterad i en annan månad, eller tvärtom. Kontrollera matchningarna kring månadsskiftet`;
  const head = listed === 0
    ? `Alla poster är matchade, men differensen ${d} finns kvar:`
    : `De omatchade posterna förklarar ${formatSv(listed)} av differensen ${d}; resten, ${formatSv(residual)}, kommer av att`;
  if (opening !== 0 && movements !== 0) return { code: 'bank-reconcile-opening-and-cross-month', opening, movements, message: `${head} ${openingText}; dessutom ${movesText}.` };
  if (opening !== 0) return { code: 'bank-reconcile-opening-differs', opening, movements, message: `${head} ${openingText}.` };
  return { code: 'bank-reconcile-cross-month', opening, movements, message: `${head} ${movesText}.` };
}
