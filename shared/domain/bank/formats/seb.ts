/**
 * SEB "Kontohändelser": Bokföringsdatum;Valutadatum;Verifikationsnummer;Text[/mottagare];Belopp;
 * Saldo, as XLSX under a metadata block (company, period, account + balance) or as CSV. SEB's
 * recent CSV writes a decimal POINT with three decimals (`-30.000` is −30,00; the running balance
 * proves it), so a file whose cells decide nothing is read with a point; `-456,50` files vote comma.
 */
import type { TableFormat } from './common.js';
import { accountAbove, need, oneStatement } from './common.js';
import { findHeaderRow } from '../header.js';

const HEADER = [['bokföringsdatum'], ['valutadatum'], ['verifikationsnummer'], ['text/mottagare', 'text'], ['belopp'], ['saldo']];

export const seb: TableFormat = {
  format: 'seb',
  name: 'SEB',
  detect: (rows) => findHeaderRow(rows, HEADER),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const cols = {
      bookingDate: need(header, 'bokföringsdatum'),
      valueDate: need(header, 'valutadatum'),
      amount: need(header, 'belopp'),
      balance: need(header, 'saldo'),
      text: [need(header, 'text/mottagare', 'text')],
      reference: [need(header, 'verifikationsnummer')],
    };
    const account = accountAbove(table.rows, h);
    return oneStatement(table, h, cols, { format: 'seb', dateOrder: 'ymd', defaultStyle: 'point', currency: 'SEK' }, opts, account ? { account } : {});
  },
};
