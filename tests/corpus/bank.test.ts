/**
 * Every file under ../shared/realdata/bank (and the skattekonto exports) through the real byte door:
 * each is parsed or refused with a clear code; none throws. Parsed files have their counts, first
 * and last rows and running balances asserted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasRealdata, noteIfNoRealdata, realdata } from '../support/realdata.js';
import { readBankFile } from '../../electron/server/bank/readBankFile.js';
import type { BankErrorCode, BankStatement } from '../../shared/domain/bank/types.js';
import { verifiedAgainstBalance } from '../unit/bank/support.js';

noteIfNoRealdata('bank');

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));

interface Parsed {
  format: string;
  account?: string;
  rows: number;
  /** Rows whose amount was proven by the running balance (incl. the first when opening is stated). */
  verified?: number;
  opening?: number;
  closing?: number;
  first: Record<string, unknown>;
  last: Record<string, unknown>;
}

const REFUSED: Record<string, BankErrorCode> = {
  // genkgo's parser test data: balances that do not add up (or a CLBD in another currency than the account)
  'bank/camt-genkgo/camt053.v2.all-balance-types.xml': 'bank-balance-mismatch',
  'bank/camt-genkgo/camt053.v2.five.decimals.xml': 'bank-balance-mismatch',
  'bank/camt-genkgo/camt053.v2.minimal.xml': 'bank-balance-mismatch',
  'bank/camt-genkgo/camt053.v4.xml': 'bank-balance-mismatch',
  'bank/camt-genkgo/camt053.v8.xml': 'bank-balance-mismatch',
  'bank/seb/Fakturadetaljer.xls': 'bank-xls-unsupported',
  'bank/swedbank/Swishrapport.xls': 'bank-xls-unsupported',
  'bank/swedbank/Transaktionsrapport.xls': 'bank-xls-unsupported',
  'bank/zettle/Zettle-Receipts-Report-20210401-20210630.xlsx': 'bank-unknown-format',
  'bank/zettle/Zettle-Sales-Report-20210601-20210630.xlsx': 'bank-unknown-format',
};

const PARSED: Record<string, Parsed[]> = {
  'bank/amex/amx.csv': [{ format: 'amex', account: '-81007', rows: 15, first: { line: 16, bookingDate: '2025-10-02', amount: -34_705, text: 'RÄNTA' }, last: { line: 2, bookingDate: '2025-12-29', amount: 100_000 } }],
  'bank/camt-genkgo/camt053.v2.multi.statement.xml': [
    { format: 'camt053', account: 'NL26VAYB8060476890', rows: 1, opening: 1_815, closing: 2_700, first: { line: 1, bookingDate: '2014-12-31', amount: 885, currency: 'EUR' }, last: { line: 1 } },
    { format: 'camt053', account: 'NL26VAYB8060476890', rows: 1, opening: 2_700, closing: 2_000, first: { line: 2, bookingDate: '2014-12-31', amount: -700 }, last: { line: 2 } },
  ],
  'bank/camt-genkgo/camt054.v2.xml': [{ format: 'camt054', account: 'CH2801234000123456789', rows: 1, first: { line: 1, bookingDate: '2007-10-18', amount: -20_000_000, bankId: 'AAAASESS-FP-ACCR001' }, last: { line: 1 } }],
  'bank/card-kontohandelser/Kontohandelser_2025-07-01_2025-09-30.csv': [
    { format: 'kontohandelser', rows: 5, first: { line: 8, bookingDate: '2025-07-07', amount: -8_307, text: 'RÄNTA' }, last: { line: 4, bookingDate: '2025-07-25', amount: 200_000 } },
  ],
  'bank/handelsbanken/transactions.xlsx': [
    { format: 'handelsbanken', account: '123 123 123', rows: 2, verified: 1, opening: 124_540, closing: 77_940, first: { bookingDate: '2025-01-02', amount: -22_800, text: 'blupp' }, last: { bookingDate: '2025-01-02', amount: -23_800, text: 'blipp' } },
  ],
  'bank/marginalen/2025-01-01-2025-12-31.csv': [
    { format: 'marginalen', account: '92356405879', rows: 320, verified: 319, opening: 62_374, closing: 4_249_075, first: { line: 325, bookingDate: '2025-01-01', amount: -7_000, balance: 55_374 }, last: { line: 2, bookingDate: '2025-12-31', amount: 23, balance: 4_249_075 } },
  ],
  'bank/marginalen/2025-07-01-2025-09-30_marginalen_konto_1930_.csv': [
    { format: 'marginalen', account: '92356405879', rows: 73, verified: 72, opening: 5_060_266, closing: 12_336, first: { line: 74, bookingDate: '2025-07-01', amount: -7_000 }, last: { line: 2, bookingDate: '2025-09-30', amount: -1_700_000, balance: 12_336 } },
  ],
  'bank/nordea/Nordea_Gold_-_2025-10-19_12.55.00.csv': [
    { format: 'nordea-card', rows: 38, first: { line: 39, bookingDate: '2025-07-02', amount: -2_900 }, last: { line: 2, bookingDate: '2025-09-24', amount: -84_576, text: 'ARAN FOOD AB' } },
  ],
  'bank/nordea/Nordea_Premium_-_2025-10-19_12.54.04.csv': [
    { format: 'nordea-card', rows: 60, first: { line: 61, bookingDate: '2025-07-01', amount: -5_577 }, last: { line: 2, bookingDate: '2025-09-30', amount: 3_816, text: 'Nordea Cashback' } },
  ],
  'bank/seb/Kontohandelser_2016.xlsx': [
    { format: 'seb', account: '5319 10 226 62', rows: 46, verified: 45, opening: 7_502_645, closing: 1_853_317, first: { line: 55, bookingDate: '2014-06-02', amount: -182_500 }, last: { line: 10, bookingDate: '2016-05-16', amount: -261_100, balance: 1_853_317 } },
  ],
  'bank/seb/Kontohandelser_2021.xlsx': [
    { format: 'seb', account: '5319 10 216 63', rows: 4, verified: 3, opening: 10_377_701, closing: 20_311_961, first: { line: 13, bookingDate: '2021-09-10', amount: -45_740, text: 'Biltema swed/21-09-09' }, last: { line: 10, bookingDate: '2021-11-18', amount: 10_000_000 } },
  ],
  'bank/seb/SEB_Export_OXXY_2016.xlsx': [
    { format: 'seb', account: '51011040646', rows: 342, verified: 341, opening: 6_933_065, closing: 25_259_119, first: { line: 347, bookingDate: '2016-01-04', amount: -2_000_000 }, last: { line: 6, bookingDate: '2016-12-30', amount: -104_100, text: 'RÄNTA' } },
  ],
  'bank/swedbank/test_swedebank_statement.xls': [
    { format: 'swedbank-baltic', account: 'LT357300000000000000', rows: 13, opening: 1_037_404, closing: 1_295_297, first: { line: 3, bookingDate: '2014-10-01', amount: -1_531, currency: 'LTL' }, last: { line: 15, bookingDate: '2014-10-06', amount: 286_363 } },
  ],
  'bank/wise/statement_102917376_SEK_2025-10-01_2025-12-31.csv': [
    { format: 'wise', rows: 28, verified: 27, opening: 10_000, closing: 0, first: { line: 29, bookingDate: '2025-10-02', amount: -10_000, balance: 0 }, last: { line: 2, bookingDate: '2025-12-09', amount: -1_549_177, balance: 0 } },
  ],
  'tax/skattekonto/Bokforda_transaktioner_556036-0793_Alla_typer_2025-01-01--2025-12-31.csv': [
    { format: 'skattekonto', account: '556036-0793', rows: 32, verified: 31, opening: 0, closing: 10_800, first: { line: 4, bookingDate: '2025-02-12', amount: -171_600, balance: -171_600 }, last: { line: 35, bookingDate: '2025-12-06', amount: 500, balance: 10_800 } },
  ],
  'tax/skattekonto/bokf_test.skv': [
    { format: 'skattekonto', rows: 7, opening: 0, closing: 0, first: { line: 2, bookingDate: '2018-05-13', amount: -122_200 }, last: { line: 8, bookingDate: '2018-05-14', amount: 122_200 } },
  ],
};

const files = hasRealdata ? [...walk(realdata('bank')), ...walk(realdata('tax', 'skattekonto'))].map((f) => path.relative(realdata(), f)).sort() : [];

function check(st: BankStatement, e: Parsed): void {
  expect(st.format).toBe(e.format);
  expect(st.account).toBe(e.account);
  expect(st.rows).toHaveLength(e.rows);
  expect(st.openingBalance).toBe(e.opening);
  expect(st.closingBalance).toBe(e.closing);
  expect(st.rows[0]).toMatchObject(e.first);
  expect(st.rows[st.rows.length - 1]).toMatchObject(e.last);
  const proven = verifiedAgainstBalance(st);
  if (e.verified !== undefined) expect(proven).toBe(e.verified);
  if (st.openingBalance !== undefined && st.closingBalance !== undefined)
    expect(st.openingBalance + st.rows.reduce((s, r) => s + r.amount, 0)).toBe(st.closingBalance);
}

describe.skipIf(!hasRealdata)('bank corpus (../shared/realdata)', () => {
  it('covers every file: each is parsed or refused with a clear code, none throws', async () => {
    expect(files.length).toBeGreaterThanOrEqual(33);
    for (const rel of files) {
      const r = await readBankFile(readFileSync(realdata(rel)));
      if (r.ok) expect(PARSED[rel], `${rel} parsed unexpectedly`).toBeDefined();
      else {
        const expected = REFUSED[rel] ?? (rel.endsWith('.json') ? 'bank-unknown-format' : undefined);
        expect(r.problems[0]!.code, `${rel}: ${r.problems[0]!.message}`).toBe(expected);
        expect(r.problems[0]!.message.length).toBeGreaterThan(20);
      }
    }
  });

  it.each(Object.keys(PARSED))('%s', async (rel) => {
    const r = await readBankFile(readFileSync(realdata(rel)));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const expected = PARSED[rel]!;
    expect(r.value.statements).toHaveLength(expected.length);
    r.value.statements.forEach((st, i) => check(st, expected[i]!));
  });

  it('camt results agree with genkgo/camt’s ground-truth JSON', async () => {
    for (const name of ['camt053.v2.multi.statement', 'camt054.v2']) {
      const truth = JSON.parse(readFileSync(realdata('bank', 'camt-genkgo', `${name}.json`), 'utf8')) as {
        getEntries: { getAmount: { getAmount: string }; getBookingDate: { 0: string }; getAccountServicerReference: string | null }[];
      };
      const r = await readBankFile(readFileSync(realdata('bank', 'camt-genkgo', `${name}.xml`)));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      const rows = r.value.statements.flatMap((s) => s.rows);
      for (const e of truth.getEntries) {
        const row = rows.find((x) => x.amount === Number(e.getAmount.getAmount) && x.bookingDate === e.getBookingDate[0].slice(0, 10));
        expect(row, `${name}: ${e.getAmount.getAmount}`).toBeDefined();
        if (e.getAccountServicerReference) expect(row!.bankId).toBe(e.getAccountServicerReference);
      }
    }
  });

  it('the Nordea card files keep foreign purchases in their own currency', async () => {
    const r = await readBankFile(readFileSync(realdata('bank', 'nordea', 'Nordea_Gold_-_2025-10-19_12.55.00.csv')));
    if (!r.ok) throw new Error('refused');
    expect(r.value.statements[0]!.rows.find((x) => x.text === 'OPENAI' && x.bookingDate === '2025-09-05')).toMatchObject({ amount: -12_090, originalAmount: -1_253, originalCurrency: 'USD' });
  });
});
