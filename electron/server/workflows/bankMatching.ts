/** Loads what matching needs from the database and turns the pure plan into API shapes. */
import type { Db } from '../../db/connection.js';
import { allRows, listBankAccounts, type BankRowRow } from '../../db/repos/bank.repo.js';
import { insertMatch, unmatchedLines, type LedgerLineRow } from '../../db/repos/bankMatches.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { type Candidate, type MatchableLine, candidatesFor, MATCH_WINDOW_DAYS, planMatches } from '../../../shared/domain/bank/match.js';
import { daysBetween } from '../../../shared/domain/bank/days.js';
import type { BankAmbiguousDto, BankCandidateDto, BankMatchDto, BankMatchResultDto } from '../../../shared/api/dto/bank.js';
import { refOf } from './voucherDto.js';

/** How far apart a same-amount line may be and still be offered for a manual link. */
export const NEAR_DAYS = 45;

const key = (v: number, l: number) => `${v}:${l}`;
const asMatchable = (l: LedgerLineRow): MatchableLine => ({ voucherId: l.voucher_id, lineNo: l.line_no, date: l.date, amount: l.amount, reference: l.reference });
const asRow = (r: BankRowRow) => ({ id: r.id, date: r.booking_date, amount: r.amount, reference: r.reference });

export interface AccountMatchData {
  account: string;
  rows: BankRowRow[];
  lines: LedgerLineRow[];
}

export function loadMatchData(db: Db, account: string): AccountMatchData {
  return { account, rows: allRows(db, { account, state: 'unmatched', nonZero: true }), lines: unmatchedLines(db, account) };
}

export function candidateDto(db: Db, c: Candidate | { voucherId: number; lineNo: number; kind: 'near'; days: number }, line: LedgerLineRow): BankCandidateDto {
  return { voucherId: c.voucherId, voucher: refOf(db, line), lineNo: c.lineNo, date: line.date, amount: line.amount, text: line.line_text ?? line.text, kind: c.kind, days: c.days };
}

/** Candidates of one row for linking by hand: the rule's candidates, then same-amount lines up to NEAR_DAYS away. */
export function candidatesOfRow(db: Db, row: BankRowRow, lines: readonly LedgerLineRow[]): BankCandidateDto[] {
  const byKey = new Map(lines.map((l) => [key(l.voucher_id, l.line_no), l]));
  const rule = candidatesFor(asRow(row), lines.map(asMatchable));
  const seen = new Set(rule.map((c) => key(c.voucherId, c.lineNo)));
  const near = lines
    .filter((l) => l.amount === row.amount && !seen.has(key(l.voucher_id, l.line_no)) && Math.abs(daysBetween(l.date, row.booking_date)) <= NEAR_DAYS)
    .map((l) => ({ voucherId: l.voucher_id, lineNo: l.line_no, kind: 'near' as const, days: daysBetween(l.date, row.booking_date) }))
    .sort((a, b) => Math.abs(a.days) - Math.abs(b.days));
  return [...rule, ...near].map((c) => candidateDto(db, c, byKey.get(key(c.voucherId, c.lineNo))!));
}

/** The plan for every (or one) bank account: unique matches and the ambiguous rows with their candidates. */
export function matchAccounts(db: Db, account?: string): { data: AccountMatchData[]; result: Omit<BankMatchResultDto, 'confirmed'> } {
  const accounts = account ? [account] : listBankAccounts(db).map((a) => a.account);
  const data = accounts.map((a) => loadMatchData(db, a));
  const matches: BankMatchDto[] = [];
  const ambiguous: BankAmbiguousDto[] = [];
  for (const d of data) {
    const rows = new Map(d.rows.map((r) => [r.id, r]));
    const lines = new Map(d.lines.map((l) => [key(l.voucher_id, l.line_no), l]));
    const plan = planMatches(d.rows.map(asRow), d.lines.map(asMatchable), MATCH_WINDOW_DAYS);
    for (const m of plan.matches) {
      const r = rows.get(m.rowId)!;
      const l = lines.get(key(m.voucherId, m.lineNo))!;
      matches.push({ rowId: r.id, account: d.account, date: r.booking_date, amount: r.amount, text: r.text, voucherId: m.voucherId, voucher: refOf(db, l), lineNo: m.lineNo, voucherDate: l.date, kind: m.kind, days: m.days });
    }
    for (const a of plan.ambiguous) {
      const r = rows.get(a.rowId)!;
      ambiguous.push({ rowId: r.id, account: d.account, date: r.booking_date, amount: r.amount, text: r.text, candidates: a.candidates.map((c) => candidateDto(db, c, lines.get(key(c.voucherId, c.lineNo))!)) });
    }
  }
  return { data, result: { matches, ambiguous } };
}

/** Stores the proposed matches (inside a write transaction). */
export function confirmMatches(db: Db, matches: readonly BankMatchDto[], now: string, user: string): number {
  for (const m of matches) insertMatch(db, { bank_row_id: m.rowId, voucher_id: m.voucherId, line_no: m.lineNo, kind: m.kind, at: now, by: user });
  if (matches.length > 0) appendAudit(db, now, user, 'bank.matched', { count: matches.length, rows: matches.map((m) => m.rowId) });
  return matches.length;
}
