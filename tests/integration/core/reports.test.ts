import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { explainPlan } from '../../../electron/db/connection.js';
import { movementQuery } from '../../../electron/db/repos/balances.repo.js';
import { accountLinesQuery } from '../../../electron/db/repos/ledger.repo.js';
import { voucherPageQuery } from '../../../electron/db/repos/vouchers.repo.js';

let c: TestCompany;
beforeAll(async () => {
  c = await newCompany({ form: 'AB' });
  await c.call('opening.set', { fiscalYear: '2026-01-01', lines: [{ account: '1930', amount: 5000000 }, { account: '2081', amount: -5000000 }] });
  await c.post(`
2026-01-10 A "Konsult januari"
  1510  12 500
  3001 -10 000
  2611  -2 500
2026-02-05 A "Kundbetalning"
  1930  12 500
  1510 -12 500
2026-02-20 A "Kontorsmaterial"
  6110     800
  2641     200
  1930  -1 000
2026-03-31 A "Ränta"
  8410     150
  1930    -150
`);
});
afterAll(() => c.cleanup());

describe('reports', () => {
  it('trial balance: opening, non-negative debit and credit, closing = opening + debit − credit', async () => {
    const tb = await c.call('reports.trialBalance', { from: '2026-02-01', to: '2026-03-31' });
    const row = (n: string) => tb.accounts.find((a) => a.number === n);
    expect(row('1930')).toEqual({ number: '1930', name: 'Företagskonto/checkkonto/affärskonto', opening: 5000000, debit: 1250000, credit: 115000, closing: 6135000 });
    expect(row('1510')).toMatchObject({ opening: 1250000, debit: 0, credit: 1250000, closing: 0 });
    expect(row('3001')).toMatchObject({ opening: -1000000, debit: 0, credit: 0, closing: -1000000 });
    expect(tb.totals).toEqual({ opening: 0, debit: 1365000, credit: 1365000, closing: 0 });
    for (const a of tb.accounts) expect(a.closing).toBe(a.opening + a.debit - a.credit);
  });

  it('general ledger runs a balance from the opening', async () => {
    const gl = await c.call('reports.generalLedger', { account: '1930' });
    expect(gl.accounts).toHaveLength(1);
    expect(gl.accounts[0]?.rows.map((r) => [r.voucher, r.amount, r.balance])).toEqual([['A2', 1250000, 6250000], ['A3', -100000, 6150000], ['A4', -15000, 6135000]]);
    expect(gl.accounts[0]?.closing).toBe(6135000);
  });

  it('journal lists vouchers in date order with their lines', async () => {
    const j = await c.call('reports.journal', { from: '2026-01-01', to: '2026-02-28' });
    expect(j.vouchers.map((v) => v.ref)).toEqual(['A1', 'A2', 'A3']);
  });

  it('income statement and balance sheet agree on the result', async () => {
    const is = await c.call('reports.incomeStatement', {});
    expect(is.result).toBe(1000000 - 80000 - 15000);
    const ops = is.sections.find((s) => s.title === 'Rörelsens kostnader');
    expect(ops?.subtotal).toEqual({ label: 'Rörelseresultat', amount: 920000 });
    const bs = await c.call('reports.balanceSheet', {});
    const assets = bs.sections.find((s) => s.subtotal?.label === 'Summa tillgångar')?.subtotal?.amount;
    const eqLiab = bs.sections.find((s) => s.subtotal?.label === 'Summa eget kapital och skulder')?.subtotal?.amount;
    expect(assets).toBe(6135000); // input VAT 2641 sits with the short-term liabilities (net against 2611)
    expect(eqLiab).toBe(assets);
    expect(bs.sections.find((s) => s.title === 'Eget kapital')?.groups[0]?.lines.find((l) => l.name === 'Beräknat resultat')?.amount).toBe(905000);
  });

  it('the income statement of an enskild firma has no Skatter section and ends in Årets resultat', async () => {
    const ef = await newCompany({ form: 'EF' });
    try {
      await ef.post('2026-01-10 A "Försäljning"\n  1930 1000\n  3001 -1000\n');
      const is = await ef.call('reports.incomeStatement', {});
      expect(is.sections.map((s) => s.title)).not.toContain('Skatter');
      expect(is.sections.at(-1)).toMatchObject({ title: 'Bokslutsdispositioner', subtotal: { label: 'Årets resultat', amount: 100000 } });
      const ab = await c.call('reports.incomeStatement', {});
      expect(ab.sections.at(-1)).toMatchObject({ title: 'Skatter', subtotal: { label: 'Årets resultat' } });
      expect(ab.sections.find((s) => s.title === 'Bokslutsdispositioner')?.subtotal?.label).toBe('Resultat före skatt');
    } finally { ef.cleanup(); }
  });

  it('refuses a range that leaves the fiscal year', async () => {
    const r = await c.raw('reports.trialBalance', { from: '2026-06-01', to: '2027-01-31' });
    expect(r.ok || r.error.code).toBe('range-outside-year');
    const n = await c.raw('reports.trialBalance', { fiscalYear: '2030-01-01' });
    expect(n.ok || n.error.code).toBe('no-fiscal-year');
  });

  it('report queries read covering indexes, not the table', () => {
    const db = c.session.db;
    if (!db) throw new Error('no db');
    const tb = explainPlan(db, movementQuery(db, 1, '2026-01-01', '2026-12-31'));
    expect(tb.some((d) => /SEARCH voucher_lines USING COVERING INDEX lines_by_year_account/.test(d))).toBe(true);
    expect(tb.some((d) => /SCAN voucher_lines/.test(d))).toBe(false);
    const gl = explainPlan(db, accountLinesQuery(db, 1, '1930', '2026-01-01', '2026-12-31'));
    expect(gl.some((d) => /SEARCH voucher_lines USING .*INDEX lines_by_year_account \(fiscal_year_id=\? AND account=\? AND date>\? AND date<\?\)/.test(d))).toBe(true);
    // A far page of the voucher list skips its offset in the date index alone, then reads only its rows by id.
    const page = explainPlan(db, voucherPageQuery(db, { from: '0000-01-01', to: '9999-12-31' }, 50_000, 100));
    expect(page.some((d) => /SEARCH vouchers USING COVERING INDEX vouchers_by_date/.test(d))).toBe(true);
    expect(page.some((d) => /SEARCH vouchers USING INTEGER PRIMARY KEY/.test(d))).toBe(true);
    expect(page.some((d) => /SCAN vouchers/.test(d))).toBe(false);
  });
});
