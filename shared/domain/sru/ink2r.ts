/**
 * INK2R (räkenskapsschema, AB) from the books by the BAS coupling table INK2_P1_intervall as the
 * reference transcribes it (yearend-law-bas.md §3.2). Balance rows carry their balance-sheet
 * amount (assets debit, equity and liabilities credit, positive); income rows are positive in the
 * box of their printed sign. The K2 statements use the same rows, so INK2R and the
 * årsredovisning always agree.
 */
import { type RowDef, type AccountBalance, type Mapped, mapBalances, ranges, rowValue } from './mapping.js';

const d = (row: string, ...specs: string[]): RowDef => ({ ranges: ranges(...specs), row, side: 'debit' });
const c = (row: string, ...specs: string[]): RowDef => ({ ranges: ranges(...specs), row, side: 'credit' });
const s = (plus: string, minus: string, ...specs: string[]): RowDef => ({ ranges: ranges(...specs), plus, minus });

export const INK2R_ASSET_ROWS = ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15',
  '2.16', '2.17', '2.18', '2.19', '2.20', '2.21', '2.22', '2.23', '2.24', '2.25', '2.26'] as const;
export const INK2R_EQUITY_LIABILITY_ROWS = ['2.27', '2.28', '2.29', '2.30', '2.31', '2.32', '2.33', '2.34', '2.35', '2.36', '2.37', '2.38', '2.39',
  '2.40', '2.41', '2.42', '2.43', '2.44', '2.45', '2.46', '2.47', '2.48', '2.49', '2.50'] as const;
/** Income statement rows that add (printed +) and subtract (printed −). */
export const INK2R_PLUS_ROWS = ['3.1', '3.2+', '3.3', '3.4', '3.12+', '3.13+', '3.14+', '3.15+', '3.16', '3.20', '3.21', '3.23+', '3.24+'] as const;
export const INK2R_MINUS_ROWS = ['3.2', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15', '3.17', '3.18', '3.19',
  '3.22', '3.23', '3.24', '3.25'] as const;

/** Whether purchases in 40–47 are handelsvaror (3.6) or råvaror och förnödenheter (3.5). */
export type PurchaseKind = 'handelsvaror' | 'ravaror';

export function ink2rDefs(purchases: PurchaseKind): RowDef[] {
  return [
    d('2.2', '1088'), d('2.1', '1000-1099'),
    d('2.5', '1120-1129'), d('2.6', '1180-1189', '1280-1289'), d('2.3', '1100-1119', '1130-1179', '1190-1199'), d('2.4', '1200-1279', '1290-1299'),
    d('2.7', '1310-1319'), d('2.8', '1330-1335', '1338-1339'), d('2.9', '1350-1359', '1336-1337'), d('2.10', '1320-1329', '1340-1345', '1348-1349'),
    d('2.11', '1360-1369'), d('2.12', '1370-1389', '1346-1347'),
    d('2.13', '1410-1429'), d('2.14', '1440-1449'), d('2.15', '1450-1469'), d('2.16', '1490-1499'), d('2.17', '1470-1479'), d('2.18', '1480-1489'),
    d('2.19', '1500-1559', '1580-1589'), d('2.21', '1573', '1673'), d('2.20', '1560-1579', '1660-1679'), d('2.22', '1620-1629'),
    d('2.21', '1610-1619', '1630-1659', '1680-1699'), d('2.23', '1700-1799'), d('2.24', '1860-1869'), d('2.25', '1800-1899'), d('2.26', '1900-1999'),
    c('2.27', '2010-2089'), c('2.28', '2090-2099'), c('2.29', '2110-2139'), c('2.30', '2150-2159'), c('2.31', '2160-2199'), c('2.32', '2210-2219'),
    c('2.33', '2230-2239'), c('2.34', '2220-2229', '2240-2299'), c('2.35', '2310-2329'), c('2.36', '2330-2339'), c('2.37', '2340-2359'),
    c('2.39', '2373', '2380-2399'), c('2.38', '2360-2379'), c('2.40', '2480-2489'), c('2.41', '2410-2419'), c('2.42', '2420-2429'),
    c('2.43', '2430-2439'), c('2.44', '2450-2459'), c('2.45', '2440-2449'), c('2.46', '2492'), c('2.48', '2473', '2860-2873'),
    c('2.47', '2460-2479', '2874-2879'), c('2.48', '2490-2499', '2600-2859', '2880-2899'), c('2.49', '2500-2599'), c('2.50', '2900-2999'),
    c('3.1', '3000-3799'), s('3.2+', '3.2', '4900-4909', '4930-4959', '4970-4979', '4990-4999'), c('3.3', '3800-3899'), c('3.4', '3900-3999'),
    d('3.6', '4960-4969', '4980-4989'), d('3.5', '4910-4929'), d(purchases === 'handelsvaror' ? '3.6' : '3.5', '4000-4899'),
    d('3.7', '5000-6999'), d('3.8', '7000-7699'), d('3.10', '7740-7749', '7790-7799'), d('3.9', '7700-7899'), d('3.11', '7900-7999'),
    d('3.17', '8070-8089', '8170-8189', '8270-8289', '8370-8389'), s('3.14+', '3.14', '8113', '8118', '8123', '8133'),
    s('3.12+', '3.12', '8000-8099'), s('3.13+', '3.13', '8100-8199'), s('3.15+', '3.15', '8200-8299'), c('3.16', '8300-8399'),
    d('3.18', '8400-8499'), c('3.21', '8819'), d('3.22', '8811'), s('3.21', '3.22', '8810-8818'), c('3.20', '8820-8829'), d('3.19', '8830-8839'),
    s('3.23+', '3.23', '8850-8859'), s('3.24+', '3.24', '8840-8849', '8860-8899'), d('3.25', '8900-8989'),
  ];
}

export interface Ink2rResult {
  rows: Record<string, number>;
  mapped: Mapped;
  /** Årets resultat as the form adds it up (profit positive), whole kronor. */
  result: number;
}

/**
 * INK2R rows from the year-end balances. 2.28 (fritt eget kapital) is the balancing figure, so
 * the form balances after per-row truncation; 3.26/3.27 come from the rounded income rows.
 * @example ink2r([{ account: '3001', name: 'Försäljning', balance: ore(-10000000) }], 'handelsvaror').rows['3.26'] // 100000
 */
export function ink2r(balances: readonly AccountBalance[], purchases: PurchaseKind): Ink2rResult {
  const mapped = mapBalances(balances, ink2rDefs(purchases), (a) => /^899\d$/.test(a));
  const rows: Record<string, number> = {};
  for (const r of [...INK2R_ASSET_ROWS, ...INK2R_EQUITY_LIABILITY_ROWS, ...INK2R_PLUS_ROWS, ...INK2R_MINUS_ROWS]) rows[r] = rowValue(mapped, r);
  const sum = (rs: readonly string[]) => rs.reduce((acc, r) => acc + (rows[r] ?? 0), 0);
  const result = sum(INK2R_PLUS_ROWS) - sum(INK2R_MINUS_ROWS);
  rows['3.26'] = Math.max(0, result);
  rows['3.27'] = Math.max(0, -result);
  rows['2.28'] = sum(INK2R_ASSET_ROWS) - sum(INK2R_EQUITY_LIABILITY_ROWS.filter((r) => r !== '2.28'));
  return { rows, mapped, result };
}
