/** One test per format on a synthetic, format-faithful file (see tests/fixtures/bank/SOURCES.md). */
import { describe, expect, it } from 'vitest';
import { fixtureBytes, only, readOk, verifiedAgainstBalance } from './support.js';

const read = async (rel: string) => {
  const f = await readOk(fixtureBytes(rel));
  return { ...f, st: only(f.statements) };
};

describe('Handelsbanken business export', () => {
  it.each(['Transaktioner_12345678_synthetic.txt', 'Transaktioner_12345678_synthetic_tab.txt'])('%s: Latin-1, summary and PREL rows, running balance', async (name) => {
    const { st, encoding } = await read(`handelsbanken/${name}`);
    expect(encoding).toBe('windows-1252');
    expect(st.format).toBe('handelsbanken');
    expect(st.account).toBe('12345678');
    expect(st.rows).toHaveLength(8);
    expect(verifiedAgainstBalance(st)).toBe(7);
    expect(st.openingBalance).toBe(1_000_000);
    expect(st.closingBalance).toBe(634_735);
    expect(st.rows[0]).toMatchObject({ line: 11, bookingDate: '2026-01-02', amount: -850_000, balance: 150_000, text: 'Hyra januari' });
    expect(st.rows[3]).toMatchObject({ text: 'Åsa Öberg', amount: 98_000, transactionDate: '2026-01-07', reference: '1234567890', counterparty: '46701234567' });
    expect(st.rows[7]).toMatchObject({ line: 4, bookingDate: '2026-01-30', amount: 300_000, text: 'Täckning' });
    expect(st.warnings).toEqual([expect.objectContaining({ code: 'bank-pending-skipped', line: 3 })]);
  });
});

describe('Nordea', () => {
  it('netbank/PlusGiro: decimal comma with space thousands, Saldo once per day, Reserverat skipped', async () => {
    const { st } = await read('nordea/PLUSGIROKONTO_synthetic.csv');
    expect(st.format).toBe('nordea');
    expect(st.rows).toHaveLength(6);
    expect(st.rows.filter((r) => r.balance !== undefined)).toHaveLength(4);
    expect(verifiedAgainstBalance(st)).toBe(3);
    expect(st.rows[0]).toMatchObject({ line: 8, bookingDate: '2019-10-14', amount: -295_900, balance: 24_704_100, text: 'SKATTEVERKET', reference: '16556874443' });
    expect(st.rows[5]).toMatchObject({ line: 3, bookingDate: '2019-10-21', amount: 4_482_906, balance: 29_779_806 });
    expect(st.openingBalance).toBe(25_000_000);
    expect(st.warnings.map((w) => [w.code, w.line])).toEqual([['bank-pending-skipped', 2]]);
  });

  it('card: decimal point, empty Bokföringsdag falls back to the purchase date, foreign amounts kept', async () => {
    const { st } = await read('nordea/Nordea_kort_synthetic.csv');
    expect(st.format).toBe('nordea-card');
    expect(st.rows.map((r) => r.amount)).toEqual([-2_900, -12_090, -40_082, 270_700, -84_576]);
    expect(st.rows[1]).toMatchObject({ text: 'OPENAI', originalAmount: -1_253, originalCurrency: 'USD', bookingDate: '2025-09-05' });
    expect(st.rows[2]).toMatchObject({ bookingDate: '2025-09-15', transactionDate: '2025-09-13', originalAmount: -3_600, originalCurrency: 'EUR' });
    expect(st.rows[0]!.originalAmount).toBeUndefined();
  });
});

describe('Swedbank', () => {
  it('CSV: Windows-1252 title line, comma separated, decimal point, newest first', async () => {
    const { st, encoding } = await read('swedbank/Transaktioner_synthetic.csv');
    expect(encoding).toBe('windows-1252');
    expect(st.format).toBe('swedbank');
    expect(st.account).toBe('8327-9, 123 456 789-0');
    expect(st.rows).toHaveLength(5);
    expect(verifiedAgainstBalance(st)).toBe(4);
    expect(st.rows[0]).toMatchObject({ line: 7, bookingDate: '2026-05-04', transactionDate: '2026-05-03', amount: -48_250, balance: 1_451_750, text: 'ICA NÄRA SÖDER' });
    expect(st.rows[4]).toMatchObject({ line: 3, amount: -123_456, balance: 2_413_394, text: 'Clas Ohlson' });
  });

  it('an ".xls" that is really an HTML table is read as HTML, with its own decimal comma', async () => {
    const { st, container } = await read('swedbank/Transaktioner_synthetic_html.xls');
    expect(container).toBe('text');
    expect(st.format).toBe('swedbank');
    expect(st.rows.map((r) => r.amount)).toEqual([-48_250, 1_250_000, -125_000, -39_900, -123_456]);
    expect(st.rows[3]!.text).toBe('Telia Sverige & Co');
    expect(verifiedAgainstBalance(st)).toBe(4);
  });
});

describe('SEB', () => {
  it('three-decimal point CSV: -30.000 is −30,00, proven by the balance', async () => {
    const { st } = await read('seb/Kontohandelser_synthetic_3dec.csv');
    expect(st.format).toBe('seb');
    expect(st.rows.map((r) => r.amount)).toEqual([25_000, 381_416, -100_000, -3_000]);
    expect(st.rows[3]).toMatchObject({ text: 'PRESSHORNAN /26-09-10', balance: 1_000_000, reference: '5484610014' });
    expect(verifiedAgainstBalance(st)).toBe(3);
    expect(st.openingBalance).toBe(696_584);
  });

  it('decimal-comma CSV with Text/mottagare', async () => {
    const { st } = await read('seb/Kontohandelser_synthetic_comma.csv');
    expect(st.rows.map((r) => [r.bookingDate, r.amount, r.balance])).toEqual([
      ['2026-01-31', 1_327_500, 1_011_567],
      ['2026-02-12', -179_000, 832_567],
      ['2026-02-18', -45_650, 786_917],
    ]);
  });
});

describe('Marginalen', () => {
  it('rejoins a record split by raw line breaks and skips 0001-01-01 placeholder rows', async () => {
    const { st } = await read('marginalen/konto_synthetic.csv');
    expect(st.format).toBe('marginalen');
    expect(st.account).toBe('92300000001');
    expect(st.rows).toHaveLength(5);
    expect(verifiedAgainstBalance(st)).toBe(4);
    expect(st.rows[2]).toMatchObject({ line: 4, amount: 4_705_441, balance: 5_396_757, text: 'Exempeljackor AB OBO Exempeljackor AB' });
    expect(st.rows[4]).toMatchObject({ line: 2, bookingDate: '2026-02-14', amount: -2_076_000, balance: 3_323_742, text: 'Bankgiro' });
    expect(st.warnings.map((w) => [w.code, w.line])).toEqual([['bank-pending-skipped', 7]]);
  });
});

describe('card exports', () => {
  it('Kontohändelser: the billed SEK amount is the row, the EUR purchase its original', async () => {
    const { st } = await read('kort/Kontohandelser_synthetic.csv');
    expect(st.format).toBe('kontohandelser');
    expect(st.rows).toHaveLength(3);
    expect(st.rows[1]).toMatchObject({ line: 5, bookingDate: '2026-04-19', amount: -139_840, currency: 'SEK', originalAmount: -12_050, originalCurrency: 'EUR', text: 'HOTEL EXEMPEL' });
    expect(st.rows[0]!.originalAmount).toBeUndefined();
  });

  it('Amex: MM/DD/YYYY, decimal comma in quotes, purchases turned into money out', async () => {
    const { st } = await read('kort/amex_synthetic.csv');
    expect(st.format).toBe('amex');
    expect(st.account).toBe('-12345');
    expect(st.rows.map((r) => [r.bookingDate, r.amount])).toEqual([
      ['2025-10-02', -34_705],
      ['2025-10-16', 12_662],
      ['2025-11-24', -24_900],
      ['2025-12-29', 100_000],
    ]);
    expect(st.rows[3]!.text).toBe('BETALNING MOTTAGEN, TACK');
  });

  it('Wise: DD-MM-YYYY, fee rows, running balance, USD card row keeps its amount', async () => {
    const { st } = await read('wise/statement_synthetic.csv');
    expect(st.format).toBe('wise');
    expect(st.rows.map((r) => r.amount)).toEqual([152_620, -2_620, -20]);
    expect(verifiedAgainstBalance(st)).toBe(2);
    expect(st.rows[2]).toMatchObject({ bookingDate: '2025-10-30', originalAmount: -2, originalCurrency: 'USD', bankId: 'CARD-1000000003', counterparty: 'Exempel Shop' });
    expect(st.openingBalance).toBe(0);
    expect(st.closingBalance).toBe(149_980);
  });
});

describe('Skatteverket skattekonto', () => {
  it('current export: whole kronor with space thousands, running balance, Ingående + rows = Utgående', async () => {
    const { st } = await read('skattekonto/Bokforda_transaktioner_synthetic.csv');
    expect(st.format).toBe('skattekonto');
    expect(st.account).toBe('556036-0793');
    expect(st.openingBalance).toBe(100_000);
    expect(st.closingBalance).toBe(98_700);
    expect(st.rows).toHaveLength(5);
    expect(st.rows[0]).toMatchObject({ line: 4, bookingDate: '2026-02-12', amount: -171_600, balance: -71_600, text: 'Debiterad preliminärskatt' });
    expect(st.rows[4]).toMatchObject({ line: 8, bookingDate: '2026-05-11', amount: 1_250_000, balance: 98_700 });
  });

  it('older .skv: Latin-1, "-142,205.00", no balance column, rows after Utgående saldo ignored', async () => {
    const { st, encoding } = await read('skattekonto/bokf_synthetic.skv');
    expect(encoding).toBe('windows-1252');
    expect(st.rows.map((r) => r.amount)).toEqual([-122_200, -14_220_500, 14_220_500, 122_200]);
    expect(st.rows[0]!.text).toBe('Debiterad preliminärskatt');
    expect(st.openingBalance).toBe(0);
    expect(st.closingBalance).toBe(0);
    expect(st.warnings).toEqual([expect.objectContaining({ code: 'bank-rows-ignored', line: 8 })]);
  });
});
