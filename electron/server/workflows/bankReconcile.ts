/** One account, one month: the bank's balance at month end vs the ledger's, and what is unmatched. */
import type { Db } from '../../db/connection.js';
import { bankAccount, allRows, rowAmounts, statementsOf } from '../../db/repos/bank.repo.js';
import { unmatchedLines } from '../../db/repos/bankMatches.repo.js';
import { insertReconciliation, latestReconciliation } from '../../db/repos/bankReconciliations.repo.js';
import { balancesInYear } from '../../db/repos/balances.repo.js';
import { fiscalYearContaining } from '../../db/repos/fiscalYears.repo.js';
import { chainHeadOf } from '../../db/backup.js';
import { anchorGaps, anchorsOf, bankBalanceAt, coveredByOpening, explainDifference, reconcileMonth } from '../../../shared/domain/bank/reconcile.js';
import { type IsoDate, type IsoMonth, addDays, firstOfMonth, lastOfMonth } from '../../../shared/domain/dates/isoDate.js';
import { type Ore, ore } from '../../../shared/domain/money/ore.js';
import type { BankReconciliationDto, BankUnmatchedDto } from '../../../shared/api/dto/bank.js';
import { type HandlerResult, done, refuse } from '../result.js';
import { refOf } from './voucherDto.js';

function ledgerAt(db: Db, account: string, fy: { id: number; start_date: string }, from: string, to: string): { opening: Ore; closing: Ore } {
  const start = from < fy.start_date ? fy.start_date : from;
  const b = balancesInYear(db, fy.id, start, to).find((x) => x.account === account);
  const opening = ore(b?.opening ?? 0);
  return { opening, closing: ore(opening + (b?.debit ?? 0) - (b?.credit ?? 0)) };
}

/** Computes the reconciliation of `account` for `month` (no writes). */
export function reconcileAccountMonth(db: Db, account: string, month: string): HandlerResult<Omit<BankReconciliationDto, 'recordId'>> {
  if (!bankAccount(db, account)) return refuse('bank-account-unknown', `Konto ${account} har inga importerade kontoutdrag. Importera ett kontoutdrag först.`, { path: 'account' });
  const from = firstOfMonth(month as IsoMonth);
  const to = lastOfMonth(month as IsoMonth);
  const fy = fiscalYearContaining(db, to);
  if (!fy) return refuse('no-fiscal-year', `${month} ligger inte i något räkenskapsår. Lägg upp räkenskapsåret först.`, { path: 'month' });
  const statements = statementsOf(db, account);
  const anchors = anchorsOf(statements.map((s) => ({ firstDate: s.first_date as IsoDate | null, lastDate: s.last_date as IsoDate | null, opening: s.opening_balance as Ore | null, closing: s.closing_balance as Ore | null })));
  const amounts = rowAmounts(db, account);
  const bankMovements = ore(amounts.reduce((s, r) => (r.date >= from && r.date <= to ? s + r.amount : s), 0));
  const ledger = ledgerAt(db, account, fy, from, to);
  const bankItems: BankUnmatchedDto[] = allRows(db, { account, from, to, state: 'unmatched', nonZero: true })
    .map((r) => ({ side: 'bank' as const, rowId: r.id, date: r.booking_date, amount: r.amount, text: r.text }));
  const lines = unmatchedLines(db, account, from, to);
  // Voucher lines the first statement's opening balance already holds (lines dated before the
  // statement begins, or an opening-balance voucher on its first day that brings the books to the
  // statement's opening): not "in the books but not in the bank", they move the ledger's opening
  // the month is compared from. See coveredByOpening.
  const covered = new Set(anchors.length > 0 ? coveredByOpening({
    firstAnchor: anchors[0], from, to, ledgerBefore: ledger.opening, lines, unmatchedBankRows: bankItems,
  }) : []);
  const coveredSum = ore(lines.reduce((s, l, i) => (covered.has(i) ? s + l.amount : s), 0));
  const ledgerItems: BankUnmatchedDto[] = lines.filter((_l, i) => !covered.has(i)).map((l) => ({
    side: 'ledger' as const, voucherId: l.voucher_id, voucher: refOf(db, l), lineNo: l.line_no, date: l.date, amount: l.amount, text: l.line_text ?? l.text,
  }));
  const unmatched: BankUnmatchedDto[] = [...bankItems, ...ledgerItems];
  const rec = reconcileMonth({
    bankBalance: bankBalanceAt(to, anchors, amounts), ledgerOpening: ledger.opening, ledgerClosing: ledger.closing, bankMovements, unmatchedItems: unmatched.length,
  });
  // The bank's opening for the month is known when a statement states a balance before the month,
  // or its first stated balance lies in the month with no stored row before it (a statement whose
  // first row is on the 2nd opens at the end of the 1st).
  const first = anchors[0];
  const known = first !== undefined && (first.date < from || (first.date <= to && !amounts.some((a) => a.date >= from && a.date <= first.date)));
  const bankOpening = rec.basis === 'balance' && known ? bankBalanceAt(addDays(from, -1), anchors, amounts) : null;
  const ledgerOpening = ore(ledger.opening + coveredSum);
  const sum = (side: 'bank' | 'ledger') => ore(unmatched.reduce((s, u) => (u.side === side ? s + u.amount : s), 0));
  const coveredTo = statements.reduce<string | null>((m, s) => (s.last_date && (!m || s.last_date > m) ? s.last_date : m), null);
  const gaps = anchorGaps(anchors, amounts).filter((g) => g.from < to && g.to >= from);
  const explanation = gaps.length ? null : explainDifference({
    account, from, difference: rec.difference, unmatchedBank: sum('bank'), unmatchedLedger: sum('ledger'), bankOpening, ledgerOpening,
    bankMovements: bankOpening === null ? bankMovements : ore(rec.statement - bankOpening), ledgerMovements: ore(ledger.closing - ledgerOpening),
    fyStart: from <= fy.start_date && coveredSum === 0,
  });
  return done({ account, month, from, to, ...rec, coveredTo, gaps, unmatched, explanation: explanation ? { code: explanation.code, message: explanation.message } : null });
}

/**
 * Stores the result as an append-only record unless the latest record of the account and month
 * holds the same result. The result is what the month shows: basis, the two balances, the
 * difference, reconciled, the unmatched counts and whether the statements cover the month (the
 * covered-to date only up to the month's end). The chain head and a later statement's dates are
 * not part of it: a voucher booked in another month, or the next month's statement, does not make
 * the month's result new, so saving again keeps the existing record (its id is returned). A
 * changed result is saved as a new record, also when an older record said the same, because the
 * month close reads the latest.
 * Must run inside a write transaction.
 */
export function recordReconciliation(db: Db, r: Omit<BankReconciliationDto, 'recordId'>, now: string, user: string): number {
  const bank = r.unmatched.filter((u) => u.side === 'bank').length;
  const row = {
    account: r.account, month: r.month, basis: r.basis, statement_balance: r.statement, ledger_balance: r.ledger, difference: r.difference,
    reconciled: r.reconciled ? 1 : 0, unmatched_bank: bank, unmatched_ledger: r.unmatched.length - bank, covered_to: r.coveredTo,
    chain_head: chainHeadOf(db.raw), at: now, by: user,
  };
  const last = latestReconciliation(db, r.account, r.month);
  const coverage = (d: string | null) => (d !== null && d >= r.to ? r.to : d);
  const same = last && coverage(last.covered_to) === coverage(row.covered_to)
    && (['basis', 'statement_balance', 'ledger_balance', 'difference', 'reconciled', 'unmatched_bank', 'unmatched_ledger'] as const).every((k) => last[k] === row[k]);
  return same ? last.id : insertReconciliation(db, row);
}
