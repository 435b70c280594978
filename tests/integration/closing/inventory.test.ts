/**
 * Förändring av lager at year end, worked by hand: stock bought for 30 000 kr is booked on 1460;
 * at 31 December the count says 42 000 kr, so 1460 goes up by 12 000 against 4960 (a lower cost
 * of goods sold) and the next year opens with 42 000 on 1460. A count below book value goes the
 * other way; a count equal to it books nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { usePdfPrinter } from '../../../electron/server/workflows/yearEndPdf.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

async function company(): Promise<TestCompany> {
  const t = await newCompany({ form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, vatMethod: 'faktura' });
  await t.post(`
2025-01-02 A "Aktiekapital"
  1930  50 000
  2081 -50 000
2025-02-10 A "Varuinköp till lager"
  1460  30 000
  2641   7 500
  1930 -37 500
2025-06-15 A "Försäljning"
  1930  62 500
  3001 -50 000
  2611 -12 500
`);
  return t;
}

const inventoryOf = (p: { vouchers: { kind: string; lines: { account: string; amount: number }[] }[] }) =>
  p.vouchers.find((v) => v.kind === 'inventory')?.lines.map((l) => [l.account, l.amount]) ?? null;

describe('förändring av lager vid bokslutet', () => {
  it('a count above book value raises 1460 against 4960 and the next year opens at the counted value', async () => {
    c = await company();
    const answers = { inventory: [{ account: '1460', value: '42 000' }] };
    const p = await c.call('closing.yearEndPreview', { fiscalYear: '2025-01-01', answers } as never);
    expect(inventoryOf(p)).toEqual([['1460', 1200000], ['4960', -1200000]]);
    // No files are asked for, so nothing is printed; the stub only keeps Chromium out of the way.
    usePdfPrinter({ print: async () => Buffer.from('%PDF-1.4\n') } as never);
    try {
      await c.call('closing.yearEnd', { fiscalYear: '2025-01-01', answers } as never);
    } finally {
      usePdfPrinter(null);
    }
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2026-01-01' });
    expect(tb.accounts.find((a) => a.number === '1460')?.opening).toBe(4200000);
  });

  it('a count below book value lowers 1460; an equal count books nothing', async () => {
    c = await company();
    const lower = await c.call('closing.yearEndPreview', { fiscalYear: '2025-01-01', answers: { inventory: [{ account: '1460', value: '25 500,50' }] } } as never);
    expect(inventoryOf(lower)).toEqual([['1460', -449950], ['4960', 449950]]);
    const same = await c.call('closing.yearEndPreview', { fiscalYear: '2025-01-01', answers: { inventory: [{ account: '1460', value: '30 000' }] } } as never);
    expect(inventoryOf(same)).toBeNull();
  });

  it('a stock account outside 1400–1499 is refused with a Swedish message on the field', async () => {
    c = await company();
    const r = await c.raw('closing.yearEndPreview', { fiscalYear: '2025-01-01', answers: { inventory: [{ account: '1930', value: '1 000' }] } } as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalid-input');
    expect(!r.ok && r.error.message).toMatch(/Lagerkonton är 1400–1499/);
  });
});
