/** The receipt parser on text: amounts, VAT tables and lines, totals, cross-checks, `certain`. */
import { describe, it, expect } from 'vitest';
import { amountsIn, normaliseLine } from '../../../shared/domain/receipts/amount.js';
import { parseReceipt } from '../../../shared/domain/receipts/parse.js';
import { readDate } from '../../../shared/domain/receipts/date.js';
import { readOrgnr } from '../../../shared/domain/receipts/orgnr.js';
import { groupRows } from '../../../shared/domain/receipts/rows.js';
import { merchantKey } from '../../../shared/domain/receipts/merchant.js';
import { C20_LINES } from '../../fixtures/receipts/make.js';

const amounts = (s: string) => amountsIn(normaliseLine(s)).map((a) => a.value);

describe('amounts as printed and as OCR reads them', () => {
  it.each([
    ['1 234,50', [123450]], ['1\u00a0234,50', [123450]], ['2,281,17', [228117]], ['1.234,50', [123450]], ['57.50', [5750]],
    ['138. 50 Kr', [13850]], ['164 ,00', [16400]], ['l38.5O', [13850]], ['1O5,OO', [10500]], ['-7,05', [-705]], ['\u22121,00', [-100]],
    ['Tillbaka 42.50-', [-4250]], ['2 för 32:-', [3200]], ['25,00 246,90 987,60 1 234,50', [2500, 24690, 98760, 123450]],
    ['07.12.19 22:54:36', []], ['2014-10-02', []], ['Tel 040-103300', []],
  ])('%s', (text, expected) => expect(amounts(text)).toEqual(expected));
});

describe('dates, org.nr, rows', () => {
  it('reads the date formats receipts print', () => {
    expect(readDate(['Dat: 2014-10-02 Kassa: 06'])?.date).toBe('2014-10-02');
    expect(readDate(['DTM 2017/02/14 TIS'])?.date).toBe('2017-02-14');
    expect(readDate(['Päivämäärä 25.11.2020 10.35.02'])?.date).toBe('2020-11-25');
    expect(readDate(['07.12.19 22:54:36'])).toMatchObject({ date: '2019-12-07', twoDigitYear: true });
    expect(readDate(['27/11/2020, 12.33'])?.date).toBe('2020-11-27');
    expect(readDate(['2031-01-01'], '2026-12-10' as never)).toBeNull();
  });
  it('keeps only org.nr whose Luhn digit holds, preferring one beside an org.nr word', () => {
    expect(readOrgnr(['Org nr SE559329855601', 'Org.nr. 559329-8556'])).toEqual({ orgnr: '559329-8556', repeated: true });
    expect(readOrgnr(['ORG.NR. 556000-0168'])).toBeNull();
    expect(readOrgnr(['Telefon 0701234567'])).toBeNull();
  });
  it('groups a label and its far-away amount into one row', () => {
    expect(groupRows([{ text: '40,00', x0: 300, y0: 101, x1: 340, y1: 119 }, { text: 'TOTALT', x0: 10, y0: 100, x1: 80, y1: 118 }, { text: 'Kaffe', x0: 10, y0: 70, x1: 60, y1: 88 }]))
      .toEqual(['Kaffe', 'TOTALT 40,00']);
  });
  it('keys a merchant by org.nr, else by its normalised name', () => {
    expect(merchantKey({ orgnr: '556151-2376', merchant: 'H&M' })).toBe('orgnr:5561512376');
    expect(merchantKey({ orgnr: null, merchant: 'Alpa Baguetteria AB' })).toBe('name:alpabaguetteria');
  });
});

describe('receipts', () => {
  it('C20: total, VAT 246,90 at 25 % from the table, date, card; all cross-checks pass', () => {
    const r = parseReceipt(C20_LINES);
    expect(r.fields).toMatchObject({ merchant: 'ICA NÄRA', orgnr: '556000-0167', date: '2025-03-14', total: 123450, currency: 'SEK', payment: 'card' });
    expect(r.fields.vat).toEqual([{ rate: '25', vat: 24690, net: 98760, gross: 123450 }]);
    expect(r.certain).toMatchObject({ total: true, vat: true, orgnr: true, payment: true });
    expect(r.checks.filter((c) => c.outcome === 'fail')).toEqual([]);
  });

  it('C20: a total that fails the cross-checks is never certain', () => {
    const misread = C20_LINES.map((l) => l.replace('Summa att betala 1 234,50', 'Summa att betala 1 284,50'));
    const r = parseReceipt(misread);
    expect(r.certain.total).toBe(false);
    expect(r.checks.some((c) => c.outcome === 'fail' && c.fields.includes('total'))).toBe(true);
  });

  it('Åhléns: "momssats 20 %" on the gross is the 25 % rate; öre rounding 57,51 → 57,50', () => {
    const r = parseReceipt(['ÅHLÉNS CITY', 'KOLLEGIEBLOCK 45.00', 'KORT 12.50', 'BRUTEN FÖRPACKNING 0.01', 'TOTALT 57.51', 'ATT BETALA 57.50', 'Kontant 100.00', 'Tillbaka 42.50-',
      'MOMSSATS EXKL MOMS MOMS INKL MOMS', '20.00% 46.01 11.50 57.51', 'TOTALT 46.01 11.50 57.51']);
    expect(r.fields).toMatchObject({ total: 5750, rounding: -1, payment: 'cash' });
    expect(r.fields.vat).toEqual([{ rate: '25', vat: 1150, net: 4601, gross: 5751 }]);
    expect(r.certain.total).toBe(true);
    expect(r.certain.vat).toBe(true);
  });

  it('mixed rates with a negative 25 % line (deposit returned) against 12 %', () => {
    const r = parseReceipt(['ICA Supermarket Höör', 'Kardemummaknut 21,80', 'Pantretur, hög moms -5,00', 'Betalat 16,80', 'Moms % Moms Netto Brutto', '12,00 2,34 19,46 21,80', '25,00 -1,00 -4,00 -5,00', 'Kort 16,80']);
    expect(r.fields.total).toBe(1680);
    expect(r.fields.vat.map((v) => [v.rate, v.vat])).toEqual([['12', 234], ['25', -100]]);
    expect(r.certain.total).toBe(true);
  });

  it('VAT printed as a line without a rate: the rate follows from the total (Alpa: MOMS2 4.29 on 40.00)', () => {
    const r = parseReceipt(['Alpa Baguetteria', 'DTM 2017/02/14', 'Baguette 40.00', 'MOMS2 4.29', 'MOMS TOTALT 4.29', 'TOTALT 40.00', 'KONTANT 200.00', 'VÄXEL 160.00']);
    expect(r.fields.vat).toEqual([{ rate: '12', vat: 429, net: null, gross: 4000 }]);
    expect(r.fields.payment).toBe('cash');
    expect(r.certain.total).toBe(true);
  });

  it('a misread VAT figure is rebuilt from net and gross but never marked certain', () => {
    const r = parseReceipt(['H&M', 'Total 138.50 Kr', 'Moms% Moms Netto Totalt', '25.00 21.70 110.80 138.50', 'Mottaget Kontokort 138.50']);
    expect(r.fields.vat).toEqual([{ rate: '25', vat: 2770, net: 11080, gross: 13850 }]);
    expect(r.certain.vat).toBe(false);
    expect(r.certain.total).toBe(true);
  });

  it('a refund has a negative total; a Finnish receipt is in euro', () => {
    const r = parseReceipt(['FINNKINO', 'HYVITYS', 'Yhteensä -15,90', 'ALV 10% -1,45', 'Kortti -15,90']);
    expect(r.fields.total).toBe(-1590);
    expect(r.fields.currency).toBe('EUR');
    expect(r.fields.vat).toEqual([{ rate: '10', vat: -145, net: null, gross: -1590 }]);
  });

  it('a label whose amount sits on the next row ("OSTO" / "EUR 18,00")', () => {
    expect(parseReceipt(['PIZZA TAIKURIT', '15/05/2020 14:30', 'OSTO', '| :', 'EUR 18,00']).fields.total).toBe(1800);
  });

  it('never falls back to the first or the largest amount when no total word is read', () => {
    expect(parseReceipt(['Kaffe 39,90', 'Bulle 25,00']).fields.total).toBeNull();
  });
});
