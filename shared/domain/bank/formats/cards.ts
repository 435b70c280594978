/**
 * Card exports. "Kontohändelser" (Marginalen/Remember-type card issuers: two title lines, then
 * Datum;Detaljer;Kortinnehavare;Plats;Transaktionsbelopp;Valuta;Fakturabelopp;Valuta, decimal
 * comma; the billed amount is the row amount, the purchase amount its original). American Express
 * SE ("," separated, MM/DD/YYYY, decimal comma inside quotes, purchases POSITIVE: flipped here so
 * a purchase is money out like on every other account).
 */
import type { TableFormat } from './common.js';
import { firstValue, need, oneStatement, opt } from './common.js';
import { findHeaderRow, columnOf } from '../header.js';

const KONTOHANDELSER = [['datum'], ['detaljer'], ['transaktionsbelopp'], ['fakturabelopp']];
const AMEX = [['datum'], ['beskrivning'], ['belopp'], ['kortmedlem', 'konto #']];

export const kontohandelser: TableFormat = {
  format: 'kontohandelser',
  name: 'Kortkonto (Kontohändelser)',
  detect: (rows) => findHeaderRow(rows, KONTOHANDELSER),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const tx = need(header, 'transaktionsbelopp');
    const billed = need(header, 'fakturabelopp');
    const cols = {
      bookingDate: need(header, 'datum'),
      amount: billed,
      text: [need(header, 'detaljer')],
      currency: columnOf(header, ['valuta'], billed + 1),
      originalAmount: tx,
      originalCurrency: columnOf(header, ['valuta'], tx + 1),
    };
    return oneStatement(table, h, cols, { format: 'kontohandelser', dateOrder: 'ymd', defaultStyle: 'comma', currency: 'SEK' }, opts);
  },
};

export const amex: TableFormat = {
  format: 'amex',
  name: 'American Express',
  detect: (rows) => findHeaderRow(rows, AMEX),
  parse(table, h, opts) {
    const header = table.rows[h] ?? [];
    const ref = opt(header, 'referens');
    const cols = {
      bookingDate: need(header, 'datum'),
      amount: need(header, 'belopp'),
      text: [need(header, 'beskrivning')],
      reference: ref === undefined ? [] : [ref],
    };
    const account = firstValue(table, h, opt(header, 'konto #'));
    const rules = { format: 'amex' as const, dateOrder: 'mdy' as const, defaultStyle: 'comma' as const, currency: 'SEK', sign: (): -1 => -1 };
    return oneStatement(table, h, cols, rules, opts, account ? { account } : {});
  },
};
