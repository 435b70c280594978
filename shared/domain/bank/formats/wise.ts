/**
 * Wise balance statement CSV: "," separated, quoted header ("TransferWise ID",Date,…,Amount,
 * Currency,Description,"Payment Reference","Running Balance","Exchange From","Exchange To",…),
 * dates DD-MM-YYYY, decimal point, newest first, fees as their own rows. Card rows paid in another
 * currency keep that amount from "Exchange To Amount".
 */
import type { TableFormat } from './common.js';
import { need, oneStatement, opt } from './common.js';
import { findHeaderRow } from '../header.js';

const defined = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
const HEADER = [['transferwise id'], ['date'], ['amount'], ['currency'], ['running balance']];

export const wise: TableFormat = {
  format: 'wise',
  name: 'Wise',
  detect: (rows) => findHeaderRow(rows, HEADER),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const kind = opt(header, 'transaction details type');
    const cols = {
      bookingDate: need(header, 'date'),
      amount: need(header, 'amount'),
      balance: need(header, 'running balance'),
      text: defined([opt(header, 'description')]),
      reference: defined([opt(header, 'payment reference')]),
      counterparty: defined([opt(header, 'payee name'), opt(header, 'payer name'), opt(header, 'merchant')]),
      bankId: need(header, 'transferwise id'),
      currency: need(header, 'currency'),
      originalAmount: opt(header, 'exchange to amount'),
      originalCurrency: opt(header, 'exchange to'),
    };
    const hasOriginal = (cells: string[]) => kind !== undefined && (cells[kind] ?? '').trim().toUpperCase() === 'CARD';
    return oneStatement(table, h, cols, { format: 'wise', dateOrder: 'dmy', defaultStyle: 'point', currency: 'SEK', hasOriginal }, opts);
  },
};
