/**
 * NE-bilaga (enskild näringsverksamhet): page 1 (B1–B16, R1–R11) from the books by BAS ranges,
 * page 2 (R12–R48) from the year-end answers. Whole kronor; sums come from the rounded rows so
 * the form adds up as printed. Facts: yearend-law-bas.md §2.2 and Skatteverket's NE field table.
 */
import { type RowDef, type AccountBalance, type Mapped, mapBalances, ranges, rowValue } from './mapping.js';

/**
 * Full-BAS coupling (BAS NE_EJ_K1 as transcribed, with the K1 edges where the sources differ:
 * 25xx–27xx are skatteskulder B14, except a net momsfordran on 26xx, which is B8; 3980–3999 bidrag are momsfria R2). 20xx (equity) is not a row:
 * B10 is assets − liabilities. 899x closes the income statement and is not read.
 */
export const NE_ROWS: readonly RowDef[] = [
  { ranges: ranges('1000-1099'), row: 'B1', side: 'debit' },
  { ranges: ranges('1100-1129', '1150-1179', '1190-1199'), row: 'B2', side: 'debit' },
  { ranges: ranges('1130-1149', '1180-1189'), row: 'B3', side: 'debit' },
  { ranges: ranges('1200-1299'), row: 'B4', side: 'debit' },
  { ranges: ranges('1300-1399'), row: 'B5', side: 'debit' },
  { ranges: ranges('1400-1499'), row: 'B6', side: 'debit' },
  { ranges: ranges('1500-1599'), row: 'B7', side: 'debit' },
  { ranges: ranges('1600-1899'), row: 'B8', side: 'debit' },
  { ranges: ranges('1900-1999'), row: 'B9', side: 'debit' },
  { ranges: ranges('2100-2199'), row: 'B11', side: 'credit' },
  { ranges: ranges('2200-2299'), row: 'B12', side: 'credit' },
  { ranges: ranges('2300-2399', '2410-2419', '2480-2489'), row: 'B13', side: 'credit' },
  // Moms (26xx) nets to one position against Skatteverket: a net momsskuld is a skatteskuld (B14),
  // a net momsfordran an övrig fordran (B8), never a negative B14 (yearend-law-bas.md §4.1).
  { ranges: ranges('2600-2699'), plus: 'B14', minus: 'B8' },
  { ranges: ranges('2500-2799'), row: 'B14', side: 'credit' },
  { ranges: ranges('2440-2449', '2460-2479'), row: 'B15', side: 'credit' },
  { ranges: ranges('2400-2409', '2420-2439', '2450-2459', '2490-2499', '2800-2999'), row: 'B16', side: 'credit' },
  { ranges: ranges('3004', '3911-3912', '3980-3999'), row: 'R2', side: 'credit' },
  { ranges: ranges('3000-3999'), row: 'R1', side: 'credit' },
  { ranges: ranges('8000-8399'), plus: 'R4', minus: 'R8' },
  { ranges: ranges('4000-4999'), row: 'R5', side: 'debit' },
  { ranges: ranges('5000-6999'), row: 'R6', side: 'debit' },
  { ranges: ranges('7000-7699'), row: 'R7', side: 'debit' },
  { ranges: ranges('8400-8499'), plus: 'R4', minus: 'R8' },
  { ranges: ranges('7740-7749', '7790-7799', '7900-7999'), row: 'R8', side: 'debit' },
  { ranges: ranges('7720-7729', '7770-7779', '7820-7829', '7840-7849'), row: 'R9', side: 'debit' },
  { ranges: ranges('7700-7899'), row: 'R10', side: 'debit' },
];

const isEquityOrClosing = (a: string) => /^20\d\d$/.test(a) || /^899\d$/.test(a);

export const NE_ASSET_ROWS = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9'] as const;
export const NE_LIABILITY_ROWS = ['B11', 'B12', 'B13', 'B14', 'B15', 'B16'] as const;
export const NE_INCOME_ROWS = ['R1', 'R2', 'R3', 'R4'] as const;
export const NE_COST_ROWS = ['R5', 'R6', 'R7', 'R8', 'R9', 'R10'] as const;

export interface NePage1 { rows: Record<string, number>; mapped: Mapped }

/**
 * Page 1 from the year-end balances (balance-sheet accounts at year end, result accounts' year
 * movement). B10 = tillgångar − skulder; R11 = R1+R2+R3+R4 − (R5…R10).
 * @example nePage1([{ account: '3001', name: 'Försäljning', balance: ore(-10000000) }]).rows.R11 // 100000
 */
export function nePage1(balances: readonly AccountBalance[]): NePage1 {
  const mapped = mapBalances(balances, NE_ROWS, isEquityOrClosing);
  const rows: Record<string, number> = {};
  for (const r of [...NE_ASSET_ROWS, ...NE_LIABILITY_ROWS, ...NE_INCOME_ROWS, ...NE_COST_ROWS]) rows[r] = rowValue(mapped, r);
  const sum = (rs: readonly string[]) => rs.reduce((s, r) => s + (rows[r] ?? 0), 0);
  rows.B10 = sum(NE_ASSET_ROWS) - sum(NE_LIABILITY_ROWS);
  rows.R11 = sum(NE_INCOME_ROWS) - sum(NE_COST_ROWS);
  return { rows, mapped };
}

/** BFL 6 kap. 6 §: förenklat årsbokslut only while the net turnover normally is at most 3 000 000 kr. */
export const K1_TURNOVER_LIMIT = 3_000_000;

/**
 * Nettoomsättning in whole kronor (30xx–37xx: sales less discounts; 38xx–39xx are not turnover).
 * @example netTurnover([{ account: '3001', name: 'Försäljning', balance: ore(-10000000) }]) // 100000
 */
export function netTurnover(balances: readonly AccountBalance[]): number {
  return Math.trunc(-balances.filter((b) => /^3[0-7]\d\d$/.test(b.account)).reduce((s, b) => s + b.balance, 0) / 100);
}

/** Whether NE 7023 ("förenklat årsbokslut har inte tillämpats") is ticked: the answer, or 'auto' by the 3 MSEK rule. */
export function simplifiedNotApplied(answer: 'auto' | boolean, balances: readonly AccountBalance[]): boolean {
  return answer === 'auto' ? netTurnover(balances) > K1_TURNOVER_LIMIT : !answer;
}
