/**
 * Marginalen Bank business account CSV: UTF-8 with BOM, ";" separated, decimal comma, 22 columns
 * (Kundnummer;Från kontonummer;…;Bokföringsdatum;Transaktionsdatum;Valuteringsdatum;Referens;
 * Valuta;Belopp;Tecken belopp;…;Saldo;Tecken saldo;Bankgironummer), newest first. A "-" in a
 * Tecken column makes an unsigned amount negative.
 */
import type { TableFormat } from './common.js';
import { firstValue, need, oneStatement, opt } from './common.js';
import { findHeaderRow } from '../header.js';

const defined = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
const HEADER = [['kundnummer'], ['frånkontonummer', 'från kontonummer'], ['bokföringsdatum'], ['belopp'], ['tecken belopp']];

function signColumn(value: number, sign: number | undefined) {
  return (cells: string[]): 1 | -1 => {
    const t = (cells[sign ?? -1] ?? '').trim();
    return t === '-' && !/^\s*[-\u2212]/.test(cells[value] ?? '') ? -1 : 1;
  };
}

export const marginalen: TableFormat = {
  format: 'marginalen',
  name: 'Marginalen Bank',
  detect: (rows) => findHeaderRow(rows, HEADER),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const cols = {
      bookingDate: need(header, 'bokföringsdatum'),
      transactionDate: opt(header, 'transaktionsdatum'),
      valueDate: opt(header, 'valuteringsdatum'),
      amount: need(header, 'belopp'),
      balance: opt(header, 'saldo'),
      text: defined([opt(header, 'transaktionstext'), opt(header, 'händelsetext'), opt(header, 'egen referens'), opt(header, 'transaktionskodtext')]),
      reference: defined([opt(header, 'referens'), opt(header, 'egen referens id')]),
      currency: opt(header, 'valuta'),
      originalAmount: opt(header, 'ursprungligt belopp'),
      originalCurrency: opt(header, 'ursprunglig valuta'),
    };
    const rules = {
      format: 'marginalen' as const,
      dateOrder: 'ymd' as const,
      defaultStyle: 'comma' as const,
      currency: 'SEK',
      sign: signColumn(cols.amount, opt(header, 'tecken belopp')),
      balanceSign: signColumn(cols.balance ?? -1, opt(header, 'tecken saldo')),
      // Unbooked placeholder rows carry the year-1 date 0001-01-01 (and amount 0).
      isPending: (cells: string[]) => /^0001-/.test((cells[cols.bookingDate] ?? '').trim()),
    };
    const account = firstValue(table, h, opt(header, 'frånkontonummer', 'från kontonummer'));
    return oneStatement(table, h, cols, rules, opts, account ? { account } : {});
  },
};
