/**
 * Flerårsöversikt (K2: at least four years): nettoomsättning, resultat efter finansiella poster
 * and soliditet, from the years the file holds and from figures the user entered for older ones.
 */
import { addPercent, mulDiv } from '../money/decimal.js';
import { ore } from '../money/ore.js';

export interface YearFigures { year: string; netTurnover: number; resultAfterFinancial: number; solidity: string }

/**
 * Soliditet: (eget kapital + obeskattade reserver × (1 − skattesatsen)) / balansomslutning, in
 * percent with one decimal (half up).
 * @example solidity(40000, 10000, 100000, '20.6') // '47.9'
 */
export function solidity(equity: number, untaxed: number, totalAssets: number, taxRate: string): string {
  if (totalAssets === 0) return '0.0';
  const adjusted = equity + mulDiv(ore(untaxed), addPercent('100', `-${taxRate}`), '100', 'half-up');
  const permille = mulDiv(ore(adjusted), '1000', String(totalAssets), 'half-up');
  const neg = permille < 0;
  const abs = Math.abs(permille);
  return `${neg ? '-' : ''}${Math.trunc(abs / 10)}.${abs % 10}`;
}

/**
 * The four newest years: the file's (newest first) and then entered figures for years the file lacks.
 * @example multiYear([{ year: '2025', netTurnover: 1, resultAfterFinancial: 1, solidity: '10.0' }], [])[0].year // '2025'
 */
export function multiYear(fromBooks: readonly YearFigures[], entered: readonly YearFigures[]): YearFigures[] {
  const have = new Set(fromBooks.map((y) => y.year));
  return [...fromBooks, ...entered.filter((y) => !have.has(y.year))].sort((a, b) => (a.year < b.year ? 1 : a.year > b.year ? -1 : 0)).slice(0, 4);
}
