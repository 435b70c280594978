/**
 * Running-balance verification: every parsed amount must carry the previous printed balance to the
 * next one. Rows without a printed balance (Nordea prints one per day) are carried forward.
 */
import { type Ore, ore } from '../money/ore.js';
import { formatSv } from '../money/format.js';
import type { Problem } from '../result.js';
import type { BankRow } from './types.js';

export interface ChainBreak {
  row: BankRow;
  expected: Ore;
}

/**
 * Rows (chronological) whose printed balance differs from previous balance + amount. `opening`,
 * when the file states it, lets the first row be checked too.
 * @example chainBreaks([{ amount: -100, balance: 900 }, { amount: 50, balance: 951 }] as BankRow[]) // the second row, expected 950
 */
export function chainBreaks(rows: readonly BankRow[], opening?: Ore): ChainBreak[] {
  const out: ChainBreak[] = [];
  let expected: number | undefined = opening;
  for (const row of rows) {
    if (expected !== undefined) expected += row.amount;
    if (row.balance !== undefined) {
      if (expected !== undefined && expected !== row.balance) out.push({ row, expected: ore(expected) });
      expected = row.balance;
    }
  }
  return out;
}

/**
 * File order → chronological order. Dates decide when the first and last differ; a single-day
 * file is turned only if its balances chain better that way.
 * @example toChronological(rowsNewestFirst)[0].bookingDate // the oldest date
 */
export function toChronological(rows: readonly BankRow[]): BankRow[] {
  const fwd = [...rows];
  if (rows.length < 2) return fwd;
  const first = rows[0]!.bookingDate;
  const last = rows[rows.length - 1]!.bookingDate;
  const rev = [...rows].reverse();
  if (first > last) return rev;
  if (first < last) return fwd;
  return chainBreaks(rev).length < chainBreaks(fwd).length ? rev : fwd;
}

/**
 * Swedish problem for one broken row.
 * @example breakProblem({ row, expected: ore(70000) }).message // 'rad 4: beloppet −100,00 stämmer inte …'
 */
export function breakProblem(b: ChainBreak): Problem<'bank-balance-mismatch'> {
  const { row, expected } = b;
  return {
    code: 'bank-balance-mismatch',
    line: row.line,
    message:
      `rad ${row.line}: beloppet ${formatSv(row.amount)} stämmer inte med saldokolumnen ` +
      `(väntat saldo ${formatSv(expected)}, filen anger ${formatSv(row.balance ?? ore(0))}). ` +
      'Kontrollera att filen är en oförändrad export från banken.',
  };
}

/**
 * Opening/closing balances implied by the printed running balances, if any.
 * @example impliedBalances([{ amount: -100, balance: 900 }] as BankRow[]) // { opening: 1000, closing: 900 }
 */
export function impliedBalances(rows: readonly BankRow[]): { opening?: Ore; closing?: Ore } {
  let before = 0;
  let opening: Ore | undefined;
  let closing: Ore | undefined;
  let after = 0;
  for (const row of rows) {
    before += row.amount;
    if (row.balance !== undefined) {
      if (opening === undefined) opening = ore(row.balance - before);
      closing = row.balance;
      after = 0;
    } else after += row.amount;
  }
  return closing === undefined ? {} : { opening, closing: ore(closing + after) };
}
