/** Periodisk sammanställning, the VAT calendar, and momsbefrielse warnings through dispatch. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type VatTestCompany, vatCompany } from './company.js';

let c: VatTestCompany;
afterEach(() => c?.cleanup());

const sale = (date: string, account: string, amount: number, counterparty?: string, text = 'EU-försäljning') =>
  c.call('vouchers.post', { date, text, ...(counterparty ? { counterparty } : {}), lines: [{ account: '1510', amount }, { account, amount: -amount }] });

describe('periodisk sammanställning (vat.ecSalesList)', () => {
  it('sums per buyer VAT number from "Namn; VAT-nummer", the text, or a number the user gives', async () => {
    c = await vatCompany({ vatPeriod: 'month' });
    await sale('2026-03-04', '3108', 3000000, 'Kunde GmbH; DE123456789');
    await sale('2026-03-09', '3308', 1500050, 'Asiakas Oy', 'Konsulttjänst FI12345678');
    await sale('2026-03-20', '3108', -500000, 'Kunde GmbH; de 123 456 789', 'Kreditnota');
    await sale('2026-03-25', '3308', 700000, 'Okänd kund');
    const list = await c.call('vat.ecSalesList', { period: '2026-03' });
    expect(list.code).toBe('2603');
    expect(list.rows).toEqual([
      { vatNumber: 'DE123456789', goods: 2500000, triangular: null, services: null },
      { vatNumber: 'FI12345678', goods: null, triangular: null, services: 1500050 },
    ]);
    expect(list.problems.map((p) => [p.code, p.voucher])).toEqual([['ec-missing-vat-number', 'A4']]);
    expect(list.totals).toEqual({ '35': 2500000, '38': 0, '39': 2200050 });
    expect(list.file).toBeNull();

    const refused = await c.raw('vat.ecSalesList', { period: '2026-03', file: true, contact: { name: 'Anna Andersson', phone: '08-123456' } });
    expect(refused.ok === false && refused.error.code).toBe('ec-missing-vat-number');

    await c.call('vat.setSettings', { contactName: 'Anna Andersson', contactPhone: '08-123456', contactEmail: 'anna@example.se' });
    const ok = await c.call('vat.ecSalesList', { period: '2026-03', file: true, vatNumbers: { A4: 'DK 31283522' } });
    expect(ok.file).toBe('SKV574008;\r\nSE556000016701;2603;Anna Andersson;08-123456;anna@example.se\r\n'
      + 'DE123456789;25000;;;\r\nDK31283522;;;7000;\r\nFI12345678;;;15000;\r\n');
    expect(ok.fileName).toBe('periodisk-sammanstallning-2603.txt');
    const target = path.join(path.dirname(c.file), ok.fileName);
    const saved = await c.call('vat.ecSalesList', { period: '2026-03', vatNumbers: { A4: 'DK31283522' }, path: target });
    expect(saved.written).toBe(target);
    expect(readFileSync(target, 'latin1')).toBe(ok.file);
  });

  it('a quarter is coded YY-Q; a year is refused; a Swedish number is no EU buyer', async () => {
    c = await vatCompany();
    await sale('2026-02-04', '3108', 100000, 'Svensk kund; SE556000016701');
    const q = await c.call('vat.ecSalesList', { period: '2026-Q1' });
    expect(q.code).toBe('26-1');
    expect(q.problems.map((p) => p.code)).toEqual(['ec-invalid-vat-number']);
    const y = await c.raw('vat.ecSalesList', { period: '2026' });
    expect(y.ok === false && y.error.code).toBe('vat-invalid-period');
  });
});

describe('vat.calendar', () => {
  it('quarterly AB: 12 May, 17 Aug, 12 Nov, 12 Feb; EU sales months add a periodisk sammanställning on the 25th (25 April 2026 is a Saturday → Monday 27 April)', async () => {
    c = await vatCompany();
    await sale('2026-03-04', '3108', 100000, 'Kunde GmbH; DE123456789');
    const cal = await c.call('vat.calendar', { year: 2026 });
    expect(cal.deadlines.map((d) => [d.kind, d.period, d.due])).toEqual([
      ['ec-sales', '2026-03', '2026-04-27'], ['vat', '2026-Q1', '2026-05-12'], ['vat', '2026-Q2', '2026-08-17'],
      ['vat', '2026-Q3', '2026-11-12'], ['vat', '2026-Q4', '2027-02-12']]);
    expect([cal.euTrade, cal.over40M, cal.turnoverYear]).toEqual([true, false, '2026-01-01']);
    expect(cal.deadlines.find((d) => d.period === '2026-04')).toBeUndefined();
  });

  it('monthly: the 12th (17th in January and August), a weekend moving to Monday; above 40 million kr the 26th, December the 27 January', async () => {
    c = await vatCompany({ vatPeriod: 'month' });
    const small = await c.call('vat.calendar', { year: 2026 });
    // 12 Apr, 12 Jul and 17 Jan 2027 are Sundays, 12 Sep and 12 Dec Saturdays: each moves to the Monday.
    expect(small.deadlines.map((d) => d.due)).toEqual(['2026-03-12', '2026-04-13', '2026-05-12', '2026-06-12', '2026-07-13', '2026-08-17',
      '2026-09-14', '2026-10-12', '2026-11-12', '2026-12-14', '2027-01-18', '2027-02-12']);
    const big = await c.call('vat.calendar', { year: 2026, turnover: 5_000_000_000 });
    expect(big.over40M).toBe(true);
    // 26 Dec 2026 is annandag jul and a Saturday, 27 Dec a Sunday: due Monday 28 December.
    expect(big.deadlines.map((d) => d.due).slice(-2)).toEqual(['2026-12-28', '2027-01-27']);
  });
});

describe('momsbefrielse', () => {
  it('an exempt company is warned at 90 000 kr and at the 120 000 kr limit of the calendar year', async () => {
    c = await vatCompany({ vatPeriod: 'year', form: 'EF' });
    expect((await c.call('vat.settings', {})).exempt).toBe(false);
    await sale('2026-02-01', '3001', 9500000);
    expect((await c.call('vat.report', { period: '2026' })).checks.map((x) => x.code)).not.toContain('exemption-limit-near');
    const s = await c.call('vat.setSettings', { exempt: true });
    expect([s.exempt, s.vatNumber]).toEqual([true, 'SE811218987601']);
    const near = await c.call('vat.report', { period: '2026' });
    expect(near.checks.filter((x) => x.code.startsWith('exemption')).map((x) => [x.code, x.severity])).toEqual([['exemption-limit-near', 'warning']]);
    await sale('2026-05-01', '3001', 2500000);
    const at = await c.call('vat.report', { period: '2026' });
    expect(at.checks.find((x) => x.code === 'exemption-limit-reached')?.message).toMatch(/har nått gränsen 120 000 kr/);
    await sale('2026-06-01', '3001', 100);
    const over = await c.call('vat.report', { period: '2026' });
    expect(over.checks.find((x) => x.code === 'exemption-limit-reached')?.message).toMatch(/överstiger gränsen/);
  });
});
