/**
 * Overlapping statements without duplicates or losses (case C11). Bank rows have no stable id, so
 * identity is a multiset: each incoming row consumes at most one existing row of the same account
 * with the same date, amount, text and — when both have it — running balance. Two genuine
 * identical rows therefore stay two, and a re-import of an overlapping period adds each row once.
 * When both rows carry the bank's own id (camt AcctSvcrRef), differing ids are never the same row.
 * Pure: the preview shows `decisions`, the import applies exactly `plan.newRows`.
 */
import type { IsoDate } from '../dates/isoDate.js';
import type { Ore } from '../money/ore.js';

/** What identity is judged on; a `BankRow` or a stored row of the same account. */
export interface DedupRow {
  bookingDate: IsoDate;
  amount: Ore;
  text: string;
  balance?: Ore;
  /** The bank's own entry id (camt AcctSvcrRef, Wise id): when both rows have one, they must agree. */
  bankId?: string;
}

export type DedupDecision =
  | { index: number; kind: 'new' }
  /** `existing` indexes the existing rows; `shiftedDays` ≠ 0 when the bank moved the row's date. */
  | { index: number; kind: 'duplicate'; existing: number; shiftedDays: number };

export interface DedupPlan {
  /** One per incoming row, in incoming order. */
  decisions: DedupDecision[];
  /** Indexes of the incoming rows to insert, in incoming order. */
  newRows: number[];
  duplicates: number;
}

export interface DedupOptions {
  /** How far a bank may move a row's date between exports and still be the same row. Default 3. */
  dateToleranceDays?: number;
}

/** Text as compared: NFC, trimmed, single spaces, upper case. */
export function dedupText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toUpperCase();
}

function pushTo(m: Map<string, number[]>, k: string, j: number): void {
  const xs = m.get(k);
  if (xs) xs.push(j);
  else m.set(k, [j]);
}

const idCompatible = (a: DedupRow, b: DedupRow) => a.bankId === undefined || b.bankId === undefined || a.bankId === b.bankId;
const sameBalance = (a: DedupRow, b: DedupRow) => a.balance !== undefined && a.balance === b.balance && idCompatible(a, b);
const balanceCompatible = (a: DedupRow, b: DedupRow) => (a.balance === undefined || b.balance === undefined || a.balance === b.balance) && idCompatible(a, b);
const dayDiff = (a: IsoDate, b: IsoDate) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);

/**
 * Decides per incoming row: new, or a duplicate of one existing row. Three passes, each only over
 * what is still unmatched: (1) same date, amount, text and equal balance; (2) same date, amount
 * and text where a balance is missing on either side; (3) same amount and text within ±tolerance
 * days, only against existing rows dated inside the incoming file's span (a row the bank re-dated
 * between exports), nearest date first.
 * @example planBankImport([{ bookingDate: '2025-01-20', amount: -4900, text: 'SPOTIFY' }], [spotify, spotify]).newRows // [1]
 */
export function planBankImport(existing: readonly DedupRow[], incoming: readonly DedupRow[], opts: DedupOptions = {}): DedupPlan {
  const tolerance = opts.dateToleranceDays ?? 3;
  const used = new Array<boolean>(existing.length).fill(false);
  const match = new Map<number, { existing: number; shiftedDays: number }>();
  const byKey = new Map<string, number[]>();
  const key = (r: DedupRow) => `${r.amount}|${dedupText(r.text)}`;
  existing.forEach((r, j) => {
    pushTo(byKey, `${r.bookingDate}|${key(r)}`, j);
  });
  const exactPass = (ok: (a: DedupRow, b: DedupRow) => boolean) =>
    incoming.forEach((r, i) => {
      if (match.has(i)) return;
      const j = (byKey.get(`${r.bookingDate}|${key(r)}`) ?? []).find((c) => !used[c] && ok(r, existing[c]!));
      if (j === undefined) return;
      used[j] = true;
      match.set(i, { existing: j, shiftedDays: 0 });
    });
  exactPass(sameBalance);
  exactPass(balanceCompatible);
  shiftedPass(existing, incoming, used, match, tolerance, key);
  const decisions: DedupDecision[] = incoming.map((_, i) => {
    const m = match.get(i);
    return m ? { index: i, kind: 'duplicate', ...m } : { index: i, kind: 'new' };
  });
  const newRows = decisions.filter((d) => d.kind === 'new').map((d) => d.index);
  return { decisions, newRows, duplicates: incoming.length - newRows.length };
}

function shiftedPass(
  existing: readonly DedupRow[],
  incoming: readonly DedupRow[],
  used: boolean[],
  match: Map<number, { existing: number; shiftedDays: number }>,
  tolerance: number,
  key: (r: DedupRow) => string,
): void {
  if (tolerance <= 0 || incoming.length === 0) return;
  const dates = incoming.map((r) => r.bookingDate).sort();
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  const inSpan = new Map<string, number[]>();
  existing.forEach((e, j) => {
    if (used[j] || e.bookingDate < from || e.bookingDate > to) return;
    pushTo(inSpan, key(e), j);
  });
  incoming.forEach((r, i) => {
    if (match.has(i)) return;
    let best: { j: number; diff: number } | undefined;
    for (const j of inSpan.get(key(r)) ?? []) {
      const diff = dayDiff(r.bookingDate, existing[j]!.bookingDate);
      if (used[j] || Math.abs(diff) > tolerance || !idCompatible(r, existing[j]!)) continue;
      if (!best || Math.abs(diff) < Math.abs(best.diff)) best = { j, diff };
    }
    if (!best) return;
    used[best.j] = true;
    match.set(i, { existing: best.j, shiftedDays: best.diff });
  });
}

/**
 * The rows the import writes: exactly the plan's new rows, in order.
 * @example rowsToImport(incoming, plan).length === plan.newRows.length // true
 */
export function rowsToImport<T extends DedupRow>(incoming: readonly T[], plan: DedupPlan): T[] {
  return plan.newRows.map((i) => incoming[i]!);
}
