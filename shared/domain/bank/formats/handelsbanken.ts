/**
 * Handelsbanken. Two layouts: the business "Transaktioner_<konto>_<datum>.txt" export (";" or TAB,
 * ISO-8859-1, account columns repeated on every row, a summary row without dates, "PREL-" rows
 * not yet booked, decimal comma) and the "Allkonto" XLSX/CSV (Reskontradatum;Transaktionsdatum;
 * Text;Belopp;Saldo under a metadata block). Both print a running balance, newest first.
 */
import type { TableFormat } from './common.js';
import { accountAbove, firstValue, need, oneStatement, opt } from './common.js';
import { findHeaderRow } from '../header.js';

const TXT = [['kontonr'], ['bokföringsdag'], ['reskontradag'], ['insättning/uttag'], ['bokfört saldo']];
const ALLKONTO = [['reskontradatum'], ['transaktionsdatum'], ['text'], ['belopp'], ['saldo']];

const pending = (cells: string[]) => cells.some((c) => /^(?:s-)?prel\b|^prel-/i.test(c.trim())) || cells.some((c) => c.trim() === '*');

export const handelsbanken: TableFormat = {
  format: 'handelsbanken',
  name: 'Handelsbanken',
  detect(rows) {
    const a = findHeaderRow(rows, TXT);
    return a >= 0 ? a : findHeaderRow(rows, ALLKONTO);
  },
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const rules = { format: 'handelsbanken' as const, dateOrder: 'ymd' as const, defaultStyle: 'comma' as const, currency: 'SEK', isPending: pending };
    if (opt(header, 'insättning/uttag') !== undefined) {
      const cols = {
        bookingDate: need(header, 'bokföringsdag'),
        transactionDate: need(header, 'reskontradag'),
        valueDate: opt(header, 'valutadag'),
        amount: need(header, 'insättning/uttag'),
        balance: need(header, 'bokfört saldo'),
        text: [opt(header, 'referens')].filter((x): x is number => x !== undefined),
        reference: [opt(header, 'referens swish')].filter((x): x is number => x !== undefined),
        counterparty: [opt(header, 'avsändar-id swish')].filter((x): x is number => x !== undefined),
        currency: opt(header, 'valuta'),
      };
      const account = firstValue(table, h, opt(header, 'kontonr'));
      return oneStatement(table, h, cols, rules, opts, account ? { account } : {});
    }
    const cols = {
      bookingDate: need(header, 'reskontradatum'),
      transactionDate: need(header, 'transaktionsdatum'),
      amount: need(header, 'belopp'),
      balance: need(header, 'saldo'),
      text: [need(header, 'text')],
    };
    const account = accountAbove(table.rows, h);
    return oneStatement(table, h, cols, rules, opts, account ? { account } : {});
  },
};
