/** Posting helpers and reverse-charge konteringsmallar, posted and reported through dispatch. */
import { afterEach, describe, expect, it } from 'vitest';
import { type VatTestCompany, vatCompany } from './company.js';

let c: VatTestCompany;
afterEach(() => c?.cleanup());

const postLines = (date: string, text: string, lines: { account: string; amount: number; text?: string }[]) =>
  c.call('vouchers.post', { date, text, lines: lines.map((l) => ({ account: l.account, amount: l.amount, ...(l.text ? { text: l.text } : {}) })) });

describe('vat.split', () => {
  it('C15: one rounding per split; a sales code gives credit lines on its output account', async () => {
    c = await vatCompany();
    expect(await c.call('vat.split', { gross: 100000, rate: '12' })).toEqual({ rate: '12', net: 89286, vat: 10714, lines: [] });
    expect((await c.call('vat.split', { gross: 9990, rate: '6' })).vat).toBe(565);
    expect(await c.call('vat.split', { gross: 106000, vatCode: 'sales-6', account: '3013' })).toEqual({
      rate: '6', net: 100000, vat: 6000, lines: [{ account: '3013', amount: -100000 }, { account: '2631', amount: -6000 }] });
    expect((await c.call('vat.split', { gross: -12500, rate: '25', account: '6110' })).lines).toEqual([{ account: '6110', amount: -10000 }, { account: '2641', amount: -2500 }]);
  });

  it('takes the rate from the kind and date (food 12 % to 6 % on 2026-04-01); refuses codes without a rate', async () => {
    c = await vatCompany();
    expect((await c.call('vat.split', { gross: 10600, rateKind: 'food', date: '2026-04-01' })).rate).toBe('6');
    expect((await c.call('vat.split', { gross: 11200, rateKind: 'food', date: '2026-03-31' })).rate).toBe('12');
    const noRate = await c.raw('vat.split', { gross: 100, vatCode: 'export-goods' });
    expect(noRate.ok === false && noRate.error.code).toBe('invalid-vat-code');
    const nothing = await c.raw('vat.split', { gross: 100 });
    expect(nothing.ok === false && nothing.error.code).toBe('vat-rate-missing');
  });
});

describe('vat.reverseCharge', () => {
  it('C13: Google Ireland 250,00 on 6540 paid by card gives 21 = 250, 30 = 62, 48 = 62, 49 = 0', async () => {
    c = await vatCompany({ vatPeriod: 'month' });
    const h = await c.call('vat.reverseCharge', { kind: 'eu-services', base: 25000, costAccount: '6540', supplier: 'Google Ireland' });
    expect(h.lines.map((l) => [l.account, l.amount])).toEqual([['6540', 25000], ['1930', -25000], ['4535', 25000], ['4598', -25000], ['2614', -6250], ['2645', 6250]]);
    expect(h.vat).toBe(6250);
    expect(h.missingAccounts).toEqual([{ number: '4598', name: 'Justering, omvänd betalningsskyldighet' }]);
    expect(h.text).toBe('Inköp av tjänst från annat EU-land, Google Ireland, 250,00 kr + moms 25 % (omvänd betalningsskyldighet)');
    await c.call('accounts.add', { number: '4598', name: h.missingAccounts[0]?.name ?? '' });
    await postLines('2026-03-03', h.text, h.lines);
    const r = await c.call('vat.report', { period: '2026-03' });
    expect([r.boxes['21'], r.boxes['30'], r.boxes['48'], r.boxes['49']]).toEqual([250, 62, 62, 0]);
    expect(r.checks).toEqual([]);
  });

  it('a US SaaS paid by card: the bank\'s SEK amount is the base (22), the USD amount is kept on the line', async () => {
    c = await vatCompany({ vatPeriod: 'month' });
    const h = await c.call('vat.reverseCharge', { kind: 'non-eu-services', base: 21347, originalAmount: 'USD 20,00', supplier: 'GitHub Inc.' });
    expect(h.lines).toEqual([
      { account: '4531', amount: 21347, text: 'Originalbelopp USD 20,00', vatCode: 'non-eu-services-25' },
      { account: '1930', amount: -21347 },
      { account: '2614', amount: -5337, vatCode: 'rc-output-25' },
      { account: '2645', amount: 5337, vatCode: 'input-rc' },
    ]);
    expect(h.missingAccounts).toEqual([]);
    await postLines('2026-03-12', h.text, h.lines);
    const r = await c.call('vat.report', { period: '2026-03' });
    expect([r.boxes['22'], r.boxes['30'], r.boxes['48'], r.boxes['49']]).toEqual([213, 53, 53, 0]);
  });

  it('import (50/60/48) and construction as buyer (24/30/48, input VAT on 2647)', async () => {
    c = await vatCompany({ vatPeriod: 'month' });
    const imp = await c.call('vat.reverseCharge', { kind: 'import', base: 800000, payAccount: '2440' });
    const bygg = await c.call('vat.reverseCharge', { kind: 'construction', base: 4000000, payAccount: '2440' });
    expect(bygg.lines.map((l) => l.account)).toEqual(['4425', '2440', '2614', '2647']);
    await postLines('2026-03-18', imp.text, imp.lines);
    await postLines('2026-03-20', bygg.text, bygg.lines);
    const r = await c.call('vat.report', { period: '2026-03' });
    expect([r.boxes['50'], r.boxes['60'], r.boxes['24'], r.boxes['30'], r.boxes['48'], r.boxes['49']]).toEqual([8000, 2000, 40000, 10000, 12000, 0]);
  });
});

describe('konteringsmallar for reverse charge', () => {
  it.each([
    ['EU-inköp varor, omvänd betalningsskyldighet 25 %', { '20': 20000, '30': 5000, '48': 5000 }],
    ['EU-inköp tjänster, omvänd betalningsskyldighet 25 %', { '21': 20000, '30': 5000, '48': 5000 }],
    ['Tjänst utanför EU, t.ex. programvara med kort, 25 %', { '22': 20000, '30': 5000, '48': 5000 }],
    ['Import av varor 25 %', { '50': 20000, '60': 5000, '48': 5000 }],
    ['Byggtjänster köpta, omvänd betalningsskyldighet 25 %', { '24': 20000, '30': 5000, '48': 5000 }],
    ['Byggtjänster sålda, omvänd betalningsskyldighet', { '41': 20000 }],
  ] as const)('%s: the base in its box and 25 %% on top', async (name, boxes) => {
    c = await vatCompany({ vatPeriod: 'month' });
    await c.call('vouchers.post', { date: '2026-02-05', text: name, lines: [], template: { name, total: 2000000 } });
    const r = await c.call('vat.report', { period: '2026-02' });
    const nonZero = Object.fromEntries(Object.entries(r.boxes).filter(([b, v]) => v !== 0 && b !== '49'));
    expect(nonZero).toEqual(boxes);
    expect(r.boxes['49']).toBe(0);
    expect(r.checks).toEqual([]);
  });
});

describe('vat.representation', () => {
  it('lunch for four, 2 400 incl. 12 %: 144,00 deductible, the rest cost; purpose and participants in the text', async () => {
    c = await vatCompany({ vatPeriod: 'month' });
    const h = await c.call('vat.representation', { gross: 240000, participants: ['Anna Ek', 'Bo Ek', 'Kund X', 'Kund Y'], purpose: 'Avtalsgenomgång' });
    expect(h.lines).toEqual([{ account: '6072', amount: 225600 }, { account: '2641', amount: 14400 }, { account: '1930', amount: -240000 }]);
    expect([h.vatPaid, h.deductibleVat]).toEqual([25714, 14400]);
    expect(h.text).toBe('Representation: Avtalsgenomgång. Deltagare (4): Anna Ek, Bo Ek, Kund X, Kund Y');
    await postLines('2026-02-12', h.text, h.lines);
    expect((await c.call('vat.report', { period: '2026-02' })).boxes['48']).toBe(144);
  });
});
