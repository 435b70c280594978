/** Turning parsed rows (file order) into a verified, chronological `BankStatement`. */
import { type Ore, ore, sumOre } from '../money/ore.js';
import { formatSv } from '../money/format.js';
import { type Result, type Problem, ok, failAll } from '../result.js';
import type { BankErrorCode, BankFormat, BankRow, BankStatement, BankWarningCode } from './types.js';
import { breakProblem, chainBreaks, impliedBalances, toChronological } from './balance.js';

export interface StatementDraft {
  format: BankFormat;
  account?: string;
  currency: string;
  /** File order. */
  rows: BankRow[];
  warnings: Problem<BankWarningCode>[];
  /** Balances the file states outright (camt OPBD/CLBD, skattekonto Ingående/Utgående saldo). */
  statedOpening?: Ore;
  statedClosing?: Ore;
  /** Names the statement in messages, e.g. "Kontoutdrag 253EUR…". */
  label?: string;
}

/**
 * Orders rows oldest first, checks every printed running balance and, when the file states both,
 * that opening + Σ amounts = closing. Any break is a blocking `bank-balance-mismatch` naming the row.
 * @example finishStatement({ format: 'seb', currency: 'SEK', rows, warnings: [] }) // ok(statement) or the broken rows
 */
export function finishStatement(d: StatementDraft): Result<BankStatement, BankErrorCode> {
  const rows = toChronological(d.rows);
  const problems: Problem<BankErrorCode>[] = chainBreaks(rows, d.statedOpening).map(breakProblem);
  const implied = impliedBalances(rows);
  const opening = d.statedOpening ?? (implied.opening === undefined ? undefined : implied.opening);
  const closing = d.statedClosing ?? implied.closing;
  if (d.statedOpening !== undefined && d.statedClosing !== undefined) {
    const sum = sumOre(rows.map((r) => r.amount));
    const computed = ore(d.statedOpening + sum);
    if (computed !== d.statedClosing) {
      const who = d.label ? `${d.label}: ` : '';
      problems.push({
        code: 'bank-balance-mismatch',
        message:
          `${who}ingående saldo ${formatSv(d.statedOpening)} + transaktioner ${formatSv(sum)} = ${formatSv(computed)}, ` +
          `men filen anger utgående saldo ${formatSv(d.statedClosing)}. Filen är ofullständig eller ändrad; hämta en ny export från banken.`,
      });
    }
  }
  if (problems.length > 0) return failAll(problems);
  const st: BankStatement = { format: d.format, currency: d.currency, rows, warnings: d.warnings };
  if (d.account) st.account = d.account;
  if (opening !== undefined) st.openingBalance = opening;
  if (closing !== undefined) st.closingBalance = closing;
  return ok(st);
}
