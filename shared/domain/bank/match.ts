/**
 * Matching bank rows to voucher lines already in the books, by rule — never by guess.
 *
 * - A candidate is an unmatched voucher line on the bank's ledger account with the same öre.
 * - Reference candidate: the row's reference is a Luhn-valid OCR number equal to the voucher's
 *   reference. It needs no date window (a payment may come weeks after the invoice was booked).
 * - Exact candidate: the dates are at most `windowDays` (5) apart, and the references do not
 *   contradict each other (two different OCR numbers are two different payments).
 * - A match is proposed only when it is one to one: the row has exactly one candidate and that
 *   line is a candidate of no other row. Everything else with candidates is listed as ambiguous.
 */
import type { IsoDate } from '../dates/isoDate.js';
import type { Ore } from '../money/ore.js';
import { daysBetween } from './days.js';
import { ocrOf } from './reference.js';

export const MATCH_WINDOW_DAYS = 5;

export interface MatchableRow {
  id: number;
  date: IsoDate | string;
  amount: Ore | number;
  reference?: string | null;
}

export interface MatchableLine {
  voucherId: number;
  lineNo: number;
  date: IsoDate | string;
  amount: Ore | number;
  /** The voucher's reference (OCR or invoice number), if any. */
  reference?: string | null;
}

export type MatchKind = 'exact' | 'reference';

export interface Candidate {
  voucherId: number;
  lineNo: number;
  kind: MatchKind;
  /** Voucher date minus bank date, in days. */
  days: number;
}

export interface ProposedMatch extends Candidate {
  rowId: number;
}

export interface AmbiguousRow {
  rowId: number;
  candidates: Candidate[];
}

export interface MatchPlan {
  matches: ProposedMatch[];
  ambiguous: AmbiguousRow[];
  /** Rows with no candidate at all. */
  unmatched: number[];
}

const lineKey = (l: { voucherId: number; lineNo: number }) => `${l.voucherId}:${l.lineNo}`;

function byCloseness(a: Candidate, b: Candidate): number {
  if (a.kind !== b.kind) return a.kind === 'reference' ? -1 : 1;
  return Math.abs(a.days) - Math.abs(b.days) || a.voucherId - b.voucherId || a.lineNo - b.lineNo;
}

/**
 * Every candidate line of one row: reference candidates, then exact ones, nearest date first.
 * @example candidatesFor({ id: 1, date: '2026-03-05', amount: -4900 }, [{ voucherId: 7, lineNo: 2, date: '2026-03-03', amount: -4900 }]) // [{ voucherId: 7, lineNo: 2, kind: 'exact', days: -2 }]
 */
export function candidatesFor(row: MatchableRow, lines: readonly MatchableLine[], windowDays = MATCH_WINDOW_DAYS): Candidate[] {
  const ocr = ocrOf(row.reference);
  const out: Candidate[] = [];
  for (const l of lines) {
    if (l.amount !== row.amount) continue;
    const days = daysBetween(l.date, row.date);
    const lineOcr = ocrOf(l.reference);
    if (ocr !== null && lineOcr === ocr) out.push({ voucherId: l.voucherId, lineNo: l.lineNo, kind: 'reference', days });
    else if (Math.abs(days) <= windowDays && !(ocr !== null && lineOcr !== null)) out.push({ voucherId: l.voucherId, lineNo: l.lineNo, kind: 'exact', days });
  }
  return out.sort(byCloseness);
}

/**
 * Proposes the one-to-one matches between unmatched rows and unmatched lines of one ledger account.
 * Reference matches are decided first; exact matches among what is left. Pure and deterministic.
 * @example planMatches(rows, lines).matches // [{ rowId: 1, voucherId: 7, lineNo: 2, kind: 'exact', days: -2 }]
 */
export function planMatches(rows: readonly MatchableRow[], lines: readonly MatchableLine[], windowDays = MATCH_WINDOW_DAYS): MatchPlan {
  const byAmount = new Map<number, MatchableLine[]>();
  for (const l of lines) {
    const xs = byAmount.get(l.amount);
    if (xs) xs.push(l);
    else byAmount.set(l.amount, [l]);
  }
  const cands = new Map(rows.map((r) => [r.id, candidatesFor(r, byAmount.get(r.amount) ?? [], windowDays)]));
  const matches: ProposedMatch[] = [];
  const taken = new Set<string>();
  const decided = new Set<number>();
  const degree = (kind: MatchKind | null) => {
    const d = new Map<string, number>();
    for (const r of rows) {
      if (decided.has(r.id)) continue;
      for (const c of cands.get(r.id) ?? []) if ((kind === null || c.kind === kind) && !taken.has(lineKey(c))) d.set(lineKey(c), (d.get(lineKey(c)) ?? 0) + 1);
    }
    return d;
  };
  const pass = (kind: MatchKind) => {
    const d = degree(kind === 'reference' ? 'reference' : null);
    for (const r of rows) {
      if (decided.has(r.id)) continue;
      const mine = (cands.get(r.id) ?? []).filter((c) => !taken.has(lineKey(c)));
      const ref = mine.filter((c) => c.kind === 'reference');
      const pool = kind === 'reference' ? ref : ref.length > 0 ? [] : mine;
      const only = pool[0];
      if (pool.length !== 1 || !only || d.get(lineKey(only)) !== 1) continue;
      matches.push({ rowId: r.id, ...only });
      taken.add(lineKey(only));
      decided.add(r.id);
    }
  };
  pass('reference');
  pass('exact');
  const ambiguous: AmbiguousRow[] = [];
  const unmatched: number[] = [];
  for (const r of rows) {
    if (decided.has(r.id)) continue;
    const left = (cands.get(r.id) ?? []).filter((c) => !taken.has(lineKey(c)));
    if (left.length > 0) ambiguous.push({ rowId: r.id, candidates: left });
    else unmatched.push(r.id);
  }
  matches.sort((a, b) => a.rowId - b.rowId);
  return { matches, ambiguous, unmatched };
}
