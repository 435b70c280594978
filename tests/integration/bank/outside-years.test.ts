/**
 * Rows and receipts dated outside every fiscal year: a bank import previews one warning per run of
 * such rows (still importable: a statement may come before its year is created); a receipt is
 * archived all the same and its result says it cannot be booked until the year exists.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodingLabel } from '../../../electron/server/bank/decode.js';
import { newCompany, type TestCompany } from '../../support/company.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';
import { outsideYearWarnings } from '../../../shared/domain/bank/outsideYears.js';

const STATEMENT = [
  'Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta',
  '2026-01-05;-45,00;;;Bankavgift;Bankavgift;9750,00;SEK',
  '2021-06-01;-100,00;;;Telia;Telia;9795,00;SEK',
  '2014-03-31;-50,00;;;Kiosk;Kiosk;9895,00;SEK',
  '2014-03-15;-25,00;;;Kiosk;Kiosk;9945,00;SEK',
  '2014-03-01;-30,00;;;Kiosk;Kiosk;9970,00;SEK',
].join('\n');

let c: TestCompany;
beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
});
afterAll(() => c.cleanup());

describe('dates outside every fiscal year', () => {
  it('bank import: one warning per run of rows, and the rows are imported all the same', async () => {
    const f = path.join(c.dir, 'gammal.csv');
    writeFileSync(f, STATEMENT);
    const p = await c.call('bank.preview', { path: f });
    expect(p.warnings.filter((w) => w.code === 'bank-outside-fiscal-years').map((w) => w.message)).toEqual([
      '4 rader (2014-03-01–2021-06-01) ligger utanför företagets räkenskapsår (2026-01-01–2026-12-31); de kan inte bokföras förrän året finns. Importen går att göra ändå; lägg upp räkenskapsåret innan raderna bokförs.',
    ]);
    const imp = await c.call('bank.import', { path: f, expect: p.fingerprint });
    expect([imp.imported, imp.warnings.filter((w) => w.code === 'bank-outside-fiscal-years').length]).toEqual([5, 1]);
    const again = await c.call('bank.preview', { path: f });
    expect(again.warnings.filter((w) => w.code === 'bank-outside-fiscal-years')).toEqual([]);
  });

  it('the preview names the file\'s encoding in Swedish', async () => {
    const bom = path.join(c.dir, 'bom.csv');
    writeFileSync(bom, `\ufeff${STATEMENT}`);
    const p = await c.call('bank.preview', { path: bom });
    expect([p.encoding, p.encodingLabel]).toEqual(['utf-8-bom', 'UTF-8 med BOM']);
    expect(['windows-1252', 'latin1', 'utf-8'].map((e) => encodingLabel(e))).toEqual(['Windows-1252', 'Latin-1', 'UTF-8']);
  });

  it('receipt add: archived, with a warning naming the date and the years', async () => {
    const f = path.join(c.dir, 'ica-2021.pdf');
    writeFileSync(f, receiptPdf(ICA_LINES.map((l) => (l.startsWith('Datum') ? 'Datum 2021-05-04' : l))));
    const [r] = await c.call('receipts.add', { paths: [f] });
    expect([r!.duplicate, r!.fields.date, r!.id > 0]).toEqual([false, '2021-05-04', true]);
    expect(r!.warnings).toEqual([{
      code: 'receipt-outside-fiscal-years',
      message: 'Underlaget är daterat 2021-05-04, utanför företagets räkenskapsår (2026-01-01–2026-12-31). Det är arkiverat, men kan inte bokföras förrän räkenskapsåret finns. Kontrollera datumet, eller lägg upp året innan det bokförs.',
    }]);
    const inYear = path.join(c.dir, 'ica-2026.pdf');
    writeFileSync(inYear, receiptPdf(ICA_LINES.map((l) => (l.startsWith('Datum') ? 'Datum 2026-05-04' : l))));
    const [ok] = await c.call('receipts.add', { paths: [inYear] });
    expect(ok!.warnings).toBeUndefined();
  });
});

describe('outsideYearWarnings', () => {
  it('splits runs at the fiscal years between them; a single row reads in the singular', () => {
    const years = [{ start: '2020-01-01', end: '2020-12-31' }, { start: '2026-01-01', end: '2026-12-31' }];
    const w = outsideYearWarnings(['2014-03-01', '2014-03-31', '2020-05-01', '2021-02-02', '2027-01-01', '2027-02-01'], years);
    expect(w.map((x) => x.message.split(';')[0])).toEqual([
      '2 rader (2014-03-01–2014-03-31) ligger utanför företagets räkenskapsår (2020-01-01–2020-12-31, 2026-01-01–2026-12-31)',
      '1 rad (2021-02-02) ligger utanför företagets räkenskapsår (2020-01-01–2020-12-31, 2026-01-01–2026-12-31)',
      '2 rader (2027-01-01–2027-02-01) ligger utanför företagets räkenskapsår (2020-01-01–2020-12-31, 2026-01-01–2026-12-31)',
    ]);
    expect(outsideYearWarnings(['2024-01-01'], [{ start: '2025-01-01', end: '2025-12-31' }, { start: '2026-01-01', end: '2026-12-31' }])[0]!.message)
      .toContain('1 rad (2024-01-01) ligger utanför företagets räkenskapsår (2025-01-01–2026-12-31)');
  });
});
