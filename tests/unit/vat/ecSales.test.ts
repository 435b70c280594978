import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import { type EcSaleLine, ecSalesRows, findVatNumber, formatCounterparty, normalizeVatNumber, parseCounterparty } from '../../../shared/domain/vat/ecSales.js';
import { ecPeriodCode, ecSalesFileText, swedishVatNumber } from '../../../shared/domain/vat/ecSalesFile.js';

const line = (voucherId: number, box: EcSaleLine['box'], amount: number, counterparty: string | null, text = 'x'): EcSaleLine =>
  ({ voucherId, voucher: `A${voucherId}`, date: '2026-03-01', box, amount: ore(amount), counterparty, text });

describe('VAT numbers of buyers', () => {
  it('normalises and recognises EU VAT numbers loosely (prefix, 2–12 characters, at least 6 digits)', () => {
    expect(normalizeVatNumber('de 123.456-789')).toBe('DE123456789');
    expect(normalizeVatNumber('GR123456789')).toBe('EL123456789');
    expect(normalizeVatNumber('ATU12345678')).toBe('ATU12345678');
    expect(normalizeVatNumber('ESA28480514')).toBe('ESA28480514');
    expect(normalizeVatNumber('US123456789')).toBeNull();
    expect(normalizeVatNumber('DEABC')).toBeNull();
  });

  it('reads "Namn; VAT-nummer", then any number in the counterparty, then the text', () => {
    expect(findVatNumber('Kunde GmbH; DE123456789')).toBe('DE123456789');
    expect(findVatNumber('Asiakas Oy FI 12345678')).toBe('FI12345678');
    expect(findVatNumber(null, 'Varor till kund i Tyskland, DE123456789')).toBe('DE123456789');
    expect(findVatNumber('Esbjerg Fisk', 'Faktura 2026-03 nr 123456')).toBeNull();
    expect(formatCounterparty('Kunde GmbH', 'de123456789')).toBe('Kunde GmbH; DE123456789');
    expect(parseCounterparty('Kunde GmbH; DE123456789')).toEqual({ name: 'Kunde GmbH', vatNumber: 'DE123456789' });
    expect(parseCounterparty('Bara namn')).toEqual({ name: 'Bara namn', vatNumber: null });
  });
});

describe('ecSalesRows', () => {
  it('sums goods, triangular trade and services per buyer; a given number wins; Swedish or missing numbers are problems', () => {
    const { rows, problems } = ecSalesRows([
      line(1, '35', 3000000, 'K GmbH; DE123456789'), line(2, '35', -500000, 'K GmbH; DE123456789'),
      line(3, '38', 100000, 'DK31283522'), line(4, '39', 50000, 'X; FI12345678'), line(4, '39', 1, 'X; FI12345678'),
      line(5, '39', 70000, 'Okänd'), line(6, '35', 1000, 'Svensk; SE556000016701'), line(7, '35', 2000, null),
    ], new Map([[7, 'EL 123456789']]));
    expect(rows).toEqual([
      { vatNumber: 'DE123456789', goods: 2500000, triangular: null, services: null },
      { vatNumber: 'DK31283522', goods: null, triangular: 100000, services: null },
      { vatNumber: 'EL123456789', goods: 2000, triangular: null, services: null },
      { vatNumber: 'FI12345678', goods: null, triangular: null, services: 50001 },
    ]);
    expect(problems.map((p) => [p.code, p.voucher])).toEqual([['ec-missing-vat-number', 'A5'], ['ec-invalid-vat-number', 'A6']]);
  });
});

describe('the SKV574008 file', () => {
  const contact = { name: 'Per Persson', phone: '0123-45690', email: 'post@example.se' };
  it('matches Skatteverket\'s layout: header, filer line, one line per buyer with empty fields, CRLF', () => {
    const r = ecSalesFileText({ identity: '556000-0167', period: '2026-Q1', contact, rows: [
      { vatNumber: 'DK31283522', goods: ore(2170099), triangular: ore(1360000), services: null },
      { vatNumber: 'FI01409351', goods: ore(0), triangular: null, services: ore(-1530050) },
    ] });
    expect(r.ok && r.value).toBe('SKV574008;\r\nSE556000016701;26-1;Per Persson;0123-45690;post@example.se\r\nDK31283522;21700;13600;;\r\nFI01409351;0;;-15300;\r\n');
    expect([ecPeriodCode('2026-03'), ecPeriodCode('2026-Q4'), ecPeriodCode('2026')]).toEqual(['2603', '26-4', null]);
    expect(swedishVatNumber('811218-9876')).toBe('SE811218987601');
  });

  it('refuses a missing or malformed contact and a yearly period', () => {
    const r = ecSalesFileText({ identity: '5560000167', period: '2026', contact: { name: '', phone: '08 123 45', email: 'nej' }, rows: [] });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([
      ['ec-missing-contact', 'contact.name'], ['ec-missing-contact', 'contact.phone'], ['ec-missing-contact', 'contact.email'], ['ec-invalid-period', 'period']]);
    expect(ecSalesFileText({ identity: '5560000167', period: '2026-03', contact: { name: 'Åsa Öberg', phone: '+46701234567' }, rows: [] }).ok).toBe(true);
  });
});
