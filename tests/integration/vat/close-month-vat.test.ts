/**
 * A month in which a VAT period ends cannot be closed before that period's momsomföring is
 * booked, with or without --strict: closed first, the return could no longer be booked in its
 * month without a reopening. Months inside the period, VAT-exempt companies and a booked period
 * close as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany | undefined;
afterEach(() => c?.cleanup());

const SALE = `2026-02-10 A "Försäljning"\n  1930 1 250\n  3001 -1 000\n  2611 -250\n`;

describe('closing a month that ends a VAT period', () => {
  it('is refused until the VAT is booked, then closes', async () => {
    c = await newCompany({ vatPeriod: 'quarter' });
    await c.post(SALE);
    expect((await c.call('closing.closeMonth', { month: '2026-02', strict: false })).state).toBe('closed');

    for (const strict of [false, true]) {
      const r = await c.raw('closing.closeMonth', { month: '2026-03', strict });
      expect(r.ok || r.error.code).toBe('closing-vat-not-reported');
      expect(r.ok || r.error.message).toContain('momsperioden 2026-Q1 slutar i månaden');
      expect(r.ok || r.error.message).toContain('kontera vat <fil> --period 2026-Q1 --book');
    }
    expect((await c.call('periods.list', {})).find((p) => p.month === '2026-03')?.state ?? 'open').toBe('open');

    const booked = await c.call('vat.book', { period: '2026-Q1' });
    expect(booked.voucher?.date).toBe('2026-03-31');
    expect((await c.call('closing.closeMonth', { month: '2026-03', strict: false })).state).toBe('closed');
  });

  it('does not hold back a VAT-exempt company', async () => {
    c = await newCompany({ vatPeriod: 'month' });
    await c.call('vat.setSettings', { exempt: true });
    expect((await c.call('closing.closeMonth', { month: '2026-01', strict: false })).state).toBe('closed');
  });
});
