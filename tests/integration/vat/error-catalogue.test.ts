/**
 * The VAT error catalogue: one reproducer per error code of the VAT methods (and the VAT tables'
 * own guards), each checked for its stable code and a Swedish message. A meta-test makes sure
 * every code vat.contract.ts declares has a row here.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type VatTestCompany, vatCompany } from './company.js';
import { setFiscalYearStateRaw } from '../../support/yearState.js';

type Outcome = { code: string; message: string };
const open: VatTestCompany[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.cleanup();
});

async function company(o: Parameters<typeof vatCompany>[0] = {}): Promise<VatTestCompany> {
  const c = await vatCompany(o);
  open.push(c);
  return c;
}

const err = async (p: Promise<{ ok: boolean; error?: Outcome }>): Promise<Outcome> => {
  const r = await p;
  if (r.ok || !r.error) throw new Error('expected an error');
  return r.error;
};
const thrown = (fn: () => void): Outcome => {
  try {
    fn();
  } catch (e) {
    const m = /KONTERA:([a-z-]+):(.*)$/s.exec((e as Error).message);
    if (m) return { code: m[1] as string, message: m[2] as string };
  }
  throw new Error('expected a trigger to refuse');
};

const SALE = `2026-03-05 A "Försäljning"\n  1930 1 250\n  3001 -1 000\n  2611 -250\n`;
const EU_SALE = `2026-03-05 A "Varor till Tyskland"\n  1510 1 000\n  3108 -1 000\n`;

const CATALOGUE: Record<string, () => Promise<Outcome>> = {
  'vat-invalid-period': async () => err((await company()).raw('vat.report', { period: 'mars' })),
  'vat-period-mismatch': async () => err((await company()).raw('vat.report', { period: '2026-03' })),
  'vat-checks-failed': async () => {
    const c = await company();
    await c.post(`2026-03-03 C "Google utan underlag"\n  6540 250\n  1930 -250\n  2645 62,50\n  2614 -62,50\n`);
    return err(c.raw('vat.book', { period: '2026-Q1' }));
  },
  'eskd-invalid-orgnr': async () => {
    const c = await company();
    c.sql("UPDATE company SET identity = '556000-0168'");
    return err(c.raw('vat.eskd', { period: '2026-Q1' }));
  },
  'eskd-note-too-long': async () => err((await company()).raw('vat.eskd', { period: '2026-Q1', note: 'x'.repeat(301) })),
  'eskd-note-characters': async () => err((await company()).raw('vat.eskd', { period: '2026-Q1', note: 'Kostnad 100 €' })),
  'vat-already-reported': async () => {
    const c = await company();
    await c.call('vat.book', { period: '2026-Q1' });
    return err(c.raw('vat.book', { period: '2026-Q1' }));
  },
  'no-fiscal-year': async () => err((await company()).raw('vat.book', { period: '2030-Q1' })),
  'fiscal-year-closed': async () => {
    const c = await company();
    setFiscalYearStateRaw(c.session.db!.raw, 'closed');
    return err(c.raw('vat.book', { period: '2026-Q1' }));
  },
  'period-closed': async () => {
    const c = await company();
    await c.post(SALE);
    await c.call('periods.close', { month: '2026-03' });
    return err(c.raw('vat.book', { period: '2026-Q1' }));
  },
  'inactive-account': async () => {
    const c = await company();
    await c.post(SALE);
    await c.call('accounts.setActive', { number: '2650', active: false });
    return err(c.raw('vat.book', { period: '2026-Q1' }));
  },
  'invalid-vat-code': async () => err((await company()).raw('vat.split', { gross: 100, vatCode: 'moms-99' })),
  'vat-rate-missing': async () => err((await company()).raw('vat.split', { gross: 100 })),
  'ec-missing-vat-number': async () => {
    const c = await company();
    await c.post(EU_SALE);
    return err(c.raw('vat.ecSalesList', { period: '2026-03', file: true, contact: { name: 'Anna', phone: '08-123456' } }));
  },
  'ec-invalid-vat-number': async () => {
    const c = await company();
    await c.post(EU_SALE);
    return err(c.raw('vat.ecSalesList', { period: '2026-03', file: true, vatNumbers: { A1: 'XX12' }, contact: { name: 'Anna', phone: '08-123456' } }));
  },
  'ec-missing-contact': async () => {
    const c = await company();
    await c.post(EU_SALE);
    return err(c.raw('vat.ecSalesList', { period: '2026-03', file: true, vatNumbers: { A1: 'DE123456789' } }));
  },
  'cannot-write': async () => err((await company()).raw('vat.eskd', { period: '2026-Q1', path: '/finns/inte/moms.xml' })),
  // The tables' own guards, reached only behind the handlers' back.
  'vat-settlement-date': async () => {
    const c = await company();
    await c.post(SALE);
    return thrown(() => c.sql(`INSERT INTO vat_reports (period, from_date, to_date, boxes, exact, box49, voucher_id, reported_at, reported_by)
      VALUES ('2026-Q1', '2026-01-01', '2026-03-31', '{"49":0}', '{}', 0, 1, 'nu', 'test')`));
  },
};

const SWEDISH = /[åäöÅÄÖ]|\b(och|inte|finns|ska|är|för|måste|ange|välj)\b/;

describe('VAT error catalogue', () => {
  for (const [code, reproduce] of Object.entries(CATALOGUE)) {
    it(`${code}: reproducible, with a Swedish message`, async () => {
      const e = await reproduce();
      expect(e.code).toBe(code);
      expect(e.message).toMatch(SWEDISH);
    });
  }

  it('every error code vat.contract.ts declares has a reproducer here', () => {
    const src = readFileSync(new URL('../../../shared/api/areas/vat.contract.ts', import.meta.url), 'utf8');
    const declared = [...src.matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'/g)].map((m) => m[1] as string);
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter((s) => !(s in CATALOGUE))).toEqual([]);
  });
});
