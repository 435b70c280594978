/** The month checklist counts only the vouchers that need underlag, and says so. */
import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

describe('underlag in the month checklist', () => {
  it('an opening-balance voucher on the year\'s first day needs no underlag; the text names what is counted', async () => {
    c = await newCompany({ form: 'EF', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    await c.post('2026-01-01 A "Ingående balans"\n  1930 50000\n  2010 -50000\n2026-01-05 A "Telia"\n  6212 399\n  1930 -399\n2026-01-06 A "Kontor"\n  6110 100\n  1930 -100\n');
    const r = await c.call('closing.checklist', { month: '2026-01' });
    const detail = r.items.find((i) => i.key === 'receipts')!.detail;
    expect(detail).toBe('2 av 2 verifikationer som behöver underlag saknar det: A2, A3. Månaden har 3 verifikationer; 1 av dem räknas inte: ingående balanser, rättelser, importerade verifikationer och interna serier (B bokslut, M moms) behöver inget underlag.');
  });
});
