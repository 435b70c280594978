/**
 * Nordea. The netbank/PlusGiro export (Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;
 * [Meddelande;]Saldo;Valuta[;Typ]) uses a decimal comma, prints Saldo only on some rows (one per
 * day) and marks unbooked rows "Reserverat". The credit-card export (Datum för kontohändelse;
 * Bokföringsdag;Rubrik;Belopp;…;Ursprungligt belopp;Ursprunglig valuta;…) uses a decimal POINT
 * ("-473.1"), leaves Bokföringsdag empty until booked, and keeps foreign purchases' own amount.
 */
import type { TableFormat } from './common.js';
import { need, oneStatement, opt } from './common.js';
import { findHeaderRow } from '../header.js';

const defined = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);

const CARD = [['datum för kontohändelse'], ['rubrik'], ['belopp'], ['ursprungligt belopp']];
const NETBANK = [['bokföringsdag'], ['belopp'], ['rubrik']];

export const nordeaCard: TableFormat = {
  format: 'nordea-card',
  name: 'Nordea kort',
  detect: (rows) => findHeaderRow(rows, CARD),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const cols = {
      bookingDate: need(header, 'bokföringsdag'),
      fallbackDate: need(header, 'datum för kontohändelse'),
      transactionDate: need(header, 'datum för kontohändelse'),
      amount: need(header, 'belopp'),
      text: [need(header, 'rubrik')],
      currency: opt(header, 'valuta'),
      originalAmount: need(header, 'ursprungligt belopp'),
      originalCurrency: opt(header, 'ursprunglig valuta'),
    };
    const isPending = (cells: string[]) => /^reserverad?t?$/i.test((cells[cols.bookingDate] ?? '').trim());
    return oneStatement(table, h, cols, { format: 'nordea-card', dateOrder: 'ymd', defaultStyle: 'point', currency: 'SEK', isPending }, opts);
  },
};

export const nordea: TableFormat = {
  format: 'nordea',
  name: 'Nordea',
  detect: (rows) => {
    const h = findHeaderRow(rows, NETBANK);
    return h >= 0 && findHeaderRow([rows[h] ?? []], CARD) < 0 ? h : -1;
  },
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const cols = {
      bookingDate: need(header, 'bokföringsdag'),
      amount: need(header, 'belopp'),
      balance: opt(header, 'saldo'),
      text: defined([opt(header, 'rubrik'), opt(header, 'namn')]),
      counterparty: defined([opt(header, 'namn')]),
      reference: defined([opt(header, 'meddelande')]),
      currency: opt(header, 'valuta'),
    };
    const isPending = (cells: string[]) => /^reserverad?t?$/i.test((cells[cols.bookingDate] ?? '').trim());
    return oneStatement(table, h, cols, { format: 'nordea', dateOrder: 'ymd', defaultStyle: 'comma', currency: 'SEK', isPending }, opts);
  },
};
