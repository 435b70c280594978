/**
 * Fakturametoden vs kontantmetoden with the same invoices. The ledger already dates each VAT line
 * in the period it is reported (vatReportingDate decides the voucher date: the invoice date, or
 * the payment date under kontantmetoden, or the fiscal year's last day for what is still unpaid),
 * so the report simply reads by voucher date for both methods.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { vatReportingDate, type VatMethod } from '../../../shared/domain/vat/timing.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { type VatTestCompany, vatCompany } from './company.js';

const companies: VatTestCompany[] = [];
afterEach(() => {
  for (const c of companies.splice(0)) c.cleanup();
});

const d = (s: string) => s as IsoDate;
const INVOICES = [
  { no: '1001', invoiceDate: d('2026-03-28'), paidDate: d('2026-04-10'), net: 1000000, vat: 250000 },
  { no: '1002', invoiceDate: d('2026-04-15'), paidDate: d('2026-04-30'), net: 400000, vat: 100000 },
  { no: '1003', invoiceDate: d('2026-12-20'), paidDate: null, net: 200000, vat: 50000 },
];

async function bookInvoices(method: VatMethod): Promise<VatTestCompany> {
  const c = await vatCompany({ vatPeriod: 'month', vatMethod: method });
  companies.push(c);
  for (const inv of INVOICES) {
    const gross = inv.net + inv.vat;
    const sale = [{ account: '3001', amount: -inv.net }, { account: '2611', amount: -inv.vat }];
    const vatDate = vatReportingDate(method, inv, d('2026-12-31'));
    if (method === 'faktura') {
      await c.call('vouchers.post', { date: vatDate, text: `Faktura ${inv.no}`, lines: [{ account: '1510', amount: gross }, ...sale] });
      if (inv.paidDate) await c.call('vouchers.post', { date: inv.paidDate, text: `Betalning ${inv.no}`, lines: [{ account: '1930', amount: gross }, { account: '1510', amount: -gross }] });
    } else {
      const debit = inv.paidDate ? '1930' : '1510'; // unpaid at year end: booked as a receivable on the last day
      await c.call('vouchers.post', { date: vatDate, text: inv.paidDate ? `Betalning faktura ${inv.no}` : `Obetald faktura ${inv.no} vid årets slut`, lines: [{ account: debit, amount: gross }, ...sale] });
    }
  }
  return c;
}

const boxesOf = async (c: VatTestCompany, period: string) => {
  const r = await c.call('vat.report', { period });
  return [r.method, r.boxes['05'], r.boxes['10'], r.boxes['49']];
};

describe('kontant vs faktura, the same three invoices', () => {
  it('fakturametoden reports by invoice date', async () => {
    const c = await bookInvoices('faktura');
    expect(await boxesOf(c, '2026-03')).toEqual(['faktura', 10000, 2500, 2500]);
    expect(await boxesOf(c, '2026-04')).toEqual(['faktura', 4000, 1000, 1000]);
    expect(await boxesOf(c, '2026-12')).toEqual(['faktura', 2000, 500, 500]);
  });

  it('kontantmetoden reports by payment date, and what is unpaid at year end on the last day', async () => {
    const c = await bookInvoices('kontant');
    expect(await boxesOf(c, '2026-03')).toEqual(['kontant', 0, 0, 0]);
    expect(await boxesOf(c, '2026-04')).toEqual(['kontant', 14000, 3500, 3500]);
    expect(await boxesOf(c, '2026-12')).toEqual(['kontant', 2000, 500, 500]);
  });

  it('over the year both methods report the same VAT', async () => {
    const f = await bookInvoices('faktura');
    const k = await bookInvoices('kontant');
    const sum = async (c: VatTestCompany) => {
      let s = 0;
      for (let m = 1; m <= 12; m++) s += (await c.call('vat.report', { period: `2026-${String(m).padStart(2, '0')}` })).boxes['49'];
      return s;
    };
    expect(await sum(f)).toBe(4000);
    expect(await sum(k)).toBe(4000);
  });
});
