/**
 * Skattekonto: Skatteverket's export lands on 1630, its rows are booked with the tax-account
 * templates (moms → 2650, F-skatt → 2518 for an AB, kostnadsränta → 8423, intäktsränta → 8314),
 * a payment booked from the bank side is matched instead of booked twice, and 1630 reconciles
 * like a bank account.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { FIXTURES } from '../../unit/bank/support.js';

const lineSet = (ls: { account: string; amount: number }[]) => ls.map((l) => `${l.account} ${l.amount}`).sort();

describe('skattekonto on 1630 (aktiebolag)', () => {
  let c: TestCompany;
  beforeAll(async () => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    await c.call('opening.set', { fiscalYear: '2026-01-01', lines: [{ account: '1630', amount: 100_000 }, { account: '1930', amount: 5_000_000 }, { account: '2081', amount: -5_100_000 }] });
    // The February payment was booked from the bank account already (1630 D / 1930 K on the bank date).
    await c.post('2026-02-11 A "Inbetalning skattekonto"\n  1630 1716\n  1930 -1716\n');
  });
  afterAll(() => c.cleanup());

  it('imports onto 1630 by default and suggests a tax-account template for every row (queue in date order)', async () => {
    const imp = await c.call('bank.import', { path: path.join(FIXTURES, 'skattekonto/Bokforda_transaktioner_synthetic.csv') });
    expect(imp).toMatchObject({ format: 'skattekonto', account: '1630', rows: 5, imported: 5 });
    const q = await c.call('bank.queue', { account: '1630' });
    expect(q.rows.map((i) => [i.row.text, i.suggestion?.template, lineSet(i.suggestion?.lines ?? [])])).toEqual([
      ['Debiterad preliminärskatt', 'Skattekonto: F-skatt (aktiebolag)', ['1630 -171600', '2518 171600']],
      ['Inbetalning bokförd 260211', 'Skattekonto: inbetalning från företagskontot', ['1630 171600', '1930 -171600']],
      ['Kostnadsränta', 'Skattekonto: kostnadsränta (ej avdragsgill)', ['1630 -1300', '8423 1300']],
      ['Inbetalning bokförd 260510', 'Skattekonto: inbetalning från företagskontot', ['1630 1250000', '1930 -1250000']],
      ['Moms jan 2026 - mars 2026', 'Skattekonto: moms', ['1630 -1250000', '2650 1250000']],
    ]);
    const paid = q.rows[1]!;
    expect(paid.candidates).toEqual([expect.objectContaining({ voucher: 'A1', kind: 'exact', days: -1 })]);
  });

  it('the payment already in the books is matched, the rest booked from the suggestions, and 1630 reconciles to zero', async () => {
    const m = await c.call('bank.match', { account: '1630', auto: true });
    expect(m.matches.map((x) => [x.text, x.voucher, x.kind])).toEqual([['Inbetalning bokförd 260211', 'A1', 'exact']]);
    for (const i of (await c.call('bank.queue', { account: '1630' })).rows) await c.call('bank.book', { rowId: i.row.id });
    expect((await c.call('bank.queue', { account: '1630' })).total).toBe(0);
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-12']) {
      const r = await c.call('bank.reconcile', { account: '1630', month });
      expect([month, r.statement, r.difference, r.reconciled, r.unmatched]).toEqual([month, r.ledger, 0, true, []]);
    }
    const may = await c.call('bank.reconcile', { account: '1630', month: '2026-05' });
    expect(may.statement).toBe(98_700);
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2026-01-01' });
    const closing = (n: string) => tb.accounts.find((a) => a.number === n)?.closing ?? 0;
    expect([closing('1630'), closing('2518'), closing('8423'), closing('2650')]).toEqual([98_700, 171_600, 1_300, 1_250_000]);
  });
});

describe('skattekonto for a sole trader and interest income', () => {
  it('F-skatt is an eget uttag (2013), intäktsränta is tax-free income (8314), a refund books the other way', async () => {
    const c = await newCompany({ form: 'EF', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    try {
      const file = path.join(c.dir, 'skattekonto.csv');
      writeFileSync(file, [
        '"Test Enskild Firma";"811218-9876";"";""', '"";"";"";""', '"";"Ingående saldo 2026-01-01";"";"0"',
        '"2026-01-12";"Debiterad preliminärskatt";"-2 000";"-2 000"', '"2026-01-12";"Inbetalning bokförd 260111";"2 000";"0"',
        '"2026-02-03";"Intäktsränta";"3";"3"', '"2026-02-20";"Beslut 260219 moms okt 2025 - dec 2025";"450";"453"',
        '"";"Utgående saldo 2026-02-28";"";"453"',
      ].join('\n'));
      await c.call('bank.import', { path: file });
      const q = (await c.call('bank.queue', {})).rows;
      expect(q.map((i) => lineSet(i.suggestion!.lines))).toEqual([
        ['1630 -200000', '2013 200000'], ['1630 200000', '1930 -200000'], ['1630 300', '8314 -300'], ['1630 45000', '2650 -45000'],
      ]);
    } finally {
      c.cleanup();
    }
  });
});
