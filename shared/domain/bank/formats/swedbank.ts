/**
 * Swedbank. The Swedish CSV ("* Transaktioner …" title line, then Radnummer,Clearingnummer,
 * Kontonummer,Produkt,Valuta,Bokföringsdag,Transaktionsdag,Valutadag,Referens,Beskrivning,Belopp,
 * Bokfört saldo; older: Radnr,Clnr,Kontonr,…,Text,Belopp,Saldo), comma separated, decimal point,
 * Windows-1252, newest first. Also the Baltic statement CSV (often saved as ".xls"): record type
 * 10 = opening balance, 20 = transaction, 82 = turnover, 86 = closing balance; sign from D/K.
 */
import { type Ore, ore } from '../../money/ore.js';
import { fail } from '../../result.js';
import type { TableFormat } from './common.js';
import { firstValue, need, oneStatement, opt } from './common.js';
import { findHeaderRow, columnOf } from '../header.js';
import { parseBankAmount } from '../amount.js';

const defined = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
const SE = [['clearingnummer', 'clnr'], ['kontonummer', 'kontonr'], ['bokföringsdag', 'bokfdag'], ['belopp']];
const BALTIC = [['account no'], ['date'], ['details'], ['amount'], ['currency'], ['d/k']];

export const swedbank: TableFormat = {
  format: 'swedbank',
  name: 'Swedbank',
  detect: (rows) => findHeaderRow(rows, SE),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const cols = {
      bookingDate: need(header, 'bokföringsdag', 'bokfdag'),
      transactionDate: opt(header, 'transaktionsdag', 'transdag'),
      valueDate: opt(header, 'valutadag'),
      amount: need(header, 'belopp'),
      balance: opt(header, 'bokfört saldo', 'saldo'),
      text: defined([opt(header, 'beskrivning', 'text'), opt(header, 'referens')]),
      reference: defined([opt(header, 'referens')]),
      currency: opt(header, 'valuta'),
    };
    const clearing = firstValue(table, h, need(header, 'clearingnummer', 'clnr'));
    const konto = firstValue(table, h, need(header, 'kontonummer', 'kontonr'));
    const account = clearing && konto ? `${clearing}, ${konto}` : konto;
    return oneStatement(table, h, cols, { format: 'swedbank', dateOrder: 'ymd', defaultStyle: 'point', currency: 'SEK' }, opts, account ? { account } : {});
  },
};

export const swedbankBaltic: TableFormat = {
  format: 'swedbank-baltic',
  name: 'Swedbank (Baltikum)',
  detect: (rows) => findHeaderRow(rows, BALTIC),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const typeCol = columnOf(header, ['']);
    const dk = need(header, 'd/k');
    const amountCol = need(header, 'amount');
    if (typeCol === undefined) return fail('bank-unknown-format', 'Swedbank-filen saknar kolumnen för posttyp. Exportera kontoutdraget som CSV på nytt.');
    const typeOf = (cells: string[]) => (cells[typeCol] ?? '').trim();
    const signOf = (cells: string[]): 1 | -1 => ((cells[dk] ?? '').trim().toUpperCase() === 'D' ? -1 : 1);
    const balanceOf = (type: string): Ore | undefined => {
      const row = table.rows.slice(h + 1).find((c) => typeOf(c) === type);
      const v = row ? parseBankAmount(row[amountCol] ?? '', opts.numberStyle ?? 'point') : undefined;
      return row && v?.ok ? ore(signOf(row) * v.value) : undefined;
    };
    const cols = {
      bookingDate: need(header, 'date'),
      amount: amountCol,
      text: defined([opt(header, 'details'), opt(header, 'beneficiary')]),
      counterparty: defined([opt(header, 'beneficiary')]),
      reference: defined([opt(header, 'reference no')]),
      currency: opt(header, 'currency'),
    };
    const rules = { format: 'swedbank-baltic' as const, dateOrder: 'ymd' as const, defaultStyle: 'point' as const, currency: 'EUR', sign: signOf, skip: (c: string[]) => typeOf(c) !== '20' };
    const meta: { account?: string; statedOpening?: Ore; statedClosing?: Ore } = {};
    const account = firstValue(table, h, opt(header, 'account no'));
    if (account) meta.account = account;
    const opening = balanceOf('10');
    const closing = balanceOf('86');
    if (opening !== undefined) meta.statedOpening = opening;
    if (closing !== undefined) meta.statedClosing = closing;
    return oneStatement(table, h, cols, rules, opts, meta);
  },
};
