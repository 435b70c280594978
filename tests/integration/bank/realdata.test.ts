/**
 * Skatteverket's real skattekonto export (../shared/realdata/tax/skattekonto): imported onto 1630,
 * every row gets a tax-account suggestion, booking them all reconciles every month to zero, and
 * the closing balance is the file's stated 108 kr.
 */
import { describe, it, expect } from 'vitest';
import { hasRealdata, noteIfNoRealdata, realdata } from '../../support/realdata.js';
import { newCompany } from '../../support/company.js';

noteIfNoRealdata('bank');

describe.skipIf(!hasRealdata)('real skattekonto export', () => {
  it('32 rows on 1630, a suggestion for each, all booked, twelve months reconciled, closing 108 kr', async () => {
    const c = await newCompany({ form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    try {
      const file = realdata('tax/skattekonto/Bokforda_transaktioner_556036-0793_Alla_typer_2025-01-01--2025-12-31.csv');
      const imp = await c.call('bank.import', { path: file });
      expect(imp).toMatchObject({ format: 'skattekonto', account: '1630', imported: 32, duplicates: 0, skipped: 0 });
      const q = await c.call('bank.queue', {});
      expect(q.rows.filter((i) => i.suggestion === null).map((i) => i.row.text)).toEqual([]);
      const first = await c.call('bank.statements', { account: '1630' });
      await c.call('opening.set', { fiscalYear: '2025-01-01', lines: [{ account: '1630', amount: first[0]!.opening! }, { account: '2081', amount: -first[0]!.opening! }] });
      for (const i of q.rows) await c.call('bank.book', { rowId: i.row.id });
      for (let m = 1; m <= 12; m++) {
        const r = await c.call('bank.reconcile', { account: '1630', month: `2025-${String(m).padStart(2, '0')}` });
        expect([m, r.difference, r.reconciled]).toEqual([m, 0, true]);
      }
      expect((await c.call('bank.accounts', {}))[0]!.balance).toBe(10_800);
    } finally {
      c.cleanup();
    }
  });
});
