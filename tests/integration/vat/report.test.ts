/** `vat.report` and `vat.boxDetail` on real company files: periods, drill-down, exclusions, query plan. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VAT_LINES_SQL } from '../../../electron/db/repos/vat.repo.js';
import { type VatTestCompany, vatCompany } from './company.js';

let c: VatTestCompany;
afterEach(() => c?.cleanup());

const SALES = `
2026-03-05 A "Faktura 1"
  1510 12 500
  3001 -10 000
  2611 -2 500
2026-03-09 A "Faktura 2"
  1510 2 500
  3001 -2 000
  2611 -500
2026-03-12 B "Inköp"
  6110 800
  2641 200
  1930 -1 000
`;

describe('the period of a return', () => {
  it('must follow the company\'s VAT period, refused with a Swedish message saying what to write', async () => {
    c = await vatCompany({ vatPeriod: 'month' });
    const q = await c.raw('vat.report', { period: '2026-Q1' });
    expect(q.ok === false && q.error.code).toBe('vat-period-mismatch');
    expect(q.ok === false && q.error.message).toMatch(/redovisar moms per månad.*t\.ex\. 2026-03/);
    expect((await c.call('vat.report', { period: '2026-03' })).to).toBe('2026-03-31');
    const bad = await c.raw('vat.report', { period: 'mars' });
    expect(bad.ok === false && bad.error.code).toBe('vat-invalid-period');
  });

  it('yearly VAT with a broken fiscal year is named by the fiscal year\'s first day; the calendar year is refused', async () => {
    c = await vatCompany({ vatPeriod: 'year', fiscalYear: { start: '2025-07-01', end: '2026-06-30' } });
    await c.post(`2026-06-30 A "Försäljning"\n  1930 1 250\n  3001 -1 000\n  2611 -250\n`);
    const r = await c.call('vat.report', { period: '2025-07-01' });
    expect([r.kind, r.from, r.to, r.lastMonth, r.boxes['05'], r.boxes['49']]).toEqual(['fiscal-year', '2025-07-01', '2026-06-30', '2026-06', 1000, 250]);
    expect(r.due).toEqual({ date: '2026-08-26', rule: 'Årsmoms: den 26:e i andra månaden efter räkenskapsåret.', uncertain: true });
    const cal = await c.raw('vat.report', { period: '2026' });
    expect(cal.ok === false && cal.error.code).toBe('vat-period-mismatch');
    const noYear = await c.raw('vat.report', { period: '2025-08-01' });
    expect(noYear.ok === false && noYear.error.code).toBe('vat-invalid-period');
    const target = path.join(path.dirname(c.file), 'moms.xml');
    const eskd = await c.call('vat.eskd', { period: '2025-07-01', path: target, note: 'Årsmoms, brutet räkenskapsår' });
    expect(eskd.text).toContain('<Period>202606</Period>');
    expect(eskd.written).toBe(target);
    expect(readFileSync(target).equals(Buffer.from(eskd.text, 'latin1'))).toBe(true);
  });

  it('yearly VAT on a calendar fiscal year accepts both 2026 and 2026-01-01, and an EF without EU trade files by 12 May', async () => {
    c = await vatCompany({ vatPeriod: 'year', form: 'EF' });
    const a = await c.call('vat.report', { period: '2026' });
    const b = await c.call('vat.report', { period: '2026-01-01' });
    expect([a.from, a.to, b.from, b.to]).toEqual(['2026-01-01', '2026-12-31', '2026-01-01', '2026-12-31']);
    expect(a.due.date).toBe('2027-05-12');
  });

  it('warns while the period has not ended', async () => {
    c = await vatCompany({ now: '2026-03-15T09:00:00.000Z' });
    const r = await c.call('vat.report', { period: '2026-Q1' });
    expect(r.checks.map((x) => [x.code, x.severity])).toEqual([['period-not-ended', 'warning']]);
    expect(r.canFile).toBe(true);
  });
});

describe('drill-down and exclusions', () => {
  it('vat.boxDetail lists the voucher lines behind a box, and for 49 every VAT line with 48 negative', async () => {
    c = await vatCompany();
    await c.post(SALES);
    const d05 = await c.call('vat.boxDetail', { period: '2026-Q1', box: '05' });
    expect([d05.exact, d05.declared, d05.label]).toEqual([1200000, 12000, 'Momspliktig försäljning som inte ingår i ruta 06, 07 eller 08']);
    expect(d05.rows.map((r) => [r.voucher, r.date, r.account, r.amount, r.contribution])).toEqual([
      ['A1', '2026-03-05', '3001', -1000000, 1000000], ['A2', '2026-03-09', '3001', -200000, 200000]]);
    const d49 = await c.call('vat.boxDetail', { period: '2026-Q1', box: '49' });
    expect(d49.rows.map((r) => [r.voucher, r.account, r.contribution])).toEqual([['A1', '2611', 250000], ['A2', '2611', 50000], ['B1', '2641', -20000]]);
    expect(d49.rows.reduce((s, r) => s + r.contribution, 0)).toBe(d49.exact);
  });

  it('a momsomföring posted by hand or imported (2650 against VAT accounts only) is left out; a VAT payment is not one', async () => {
    c = await vatCompany();
    await c.post(`${SALES}
2026-03-31 M "Momsomföring (annat program)"
  2611 3 000
  2641 -200
  2650 -2 800
2026-03-31 A "Moms till skattekontot"
  2650 2 800
  1630 -2 800
`);
    const r = await c.call('vat.report', { period: '2026-Q1' });
    expect([r.boxes['05'], r.boxes['10'], r.boxes['48'], r.boxes['49']]).toEqual([12000, 3000, 200, 2800]);
    expect(r.excludedVouchers).toEqual(['M1@2026-01-01']);
    const d = await c.call('vat.boxDetail', { period: '2026-Q1', box: '10' });
    expect(d.rows.map((x) => x.voucher)).toEqual(['A1', 'A2']);
  });

  it('reads the lines by account through the covering index, accounts first', async () => {
    c = await vatCompany();
    await c.post(SALES);
    const plan = (c.session.db?.raw.prepare(`EXPLAIN QUERY PLAN ${VAT_LINES_SQL}`).all('2026-01-01', '2026-03-31') as { detail: string }[]).map((p) => p.detail);
    expect(plan[0]).toMatch(/^SCAN a\b|^SEARCH a\b/);
    expect(plan.some((p) => /SEARCH l USING COVERING INDEX lines_by_account_date \(account=\? AND date>\? AND date<\?\)/.test(p))).toBe(true);
  });

  it('an account without VAT code never reaches the return, whatever its number; its code alone decides (C12)', async () => {
    c = await vatCompany();
    await c.call('accounts.setVatCode', { number: '3001', vatCode: null });
    await c.call('accounts.add', { number: '3013', name: 'Försäljning tjänster 6 %', vatCode: 'sales-6' });
    await c.post(`2026-03-15 A "C12"\n  1930 1 060\n  3013 -1 000\n  2631 -60\n2026-03-16 A "Okodad"\n  1930 500\n  3001 -500\n`);
    const r = await c.call('vat.report', { period: '2026-Q1' });
    expect([r.boxes['05'], r.boxes['12'], r.boxes['49']]).toEqual([1000, 60, 60]);
    expect(r.checks).toEqual([]);
  });
});
