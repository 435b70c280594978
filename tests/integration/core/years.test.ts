import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

type Tb = { accounts: { number: string; closing: number; opening: number }[] };
/** Each account's ingående balans. */
const opening = (tb: Tb) => Object.fromEntries(tb.accounts.map((a) => [a.number, a.opening]));
/** Each non-zero utgående balans. */
const closingNonZero = (tb: Tb) => Object.fromEntries(tb.accounts.filter((a) => a.closing !== 0).map((a) => [a.number, a.closing]));

describe('opening the next fiscal year (case C17)', () => {
  it('AB: 48 000 result stands on 2098 in the new year, 2099 opens at zero, IB sums to zero', async () => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2024-01-01', end: '2024-12-31' } });
    await c.post(`
2024-01-02 A "Aktiekapital"
  1930  25 000
  2081 -25 000
2024-06-30 A "Försäljning"
  1930  60 000
  3001 -60 000
2024-07-31 A "Kostnad"
  5010  12 000
  1930 -12 000
2024-12-31 A "Årets resultat"
  8999  48 000
  2099 -48 000
`);
    const y = await c.call('years.new', {});
    expect(y).toMatchObject({ fiscalYear: '2025-01-01', end: '2025-12-31', openingSource: 'carried', openingStale: false });
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2025-01-01' });
    expect(opening(tb)).toEqual({ '1930': 7300000, '2081': -2500000, '2098': -4800000 });
    expect(tb.totals.opening).toBe(0);
  });

  it('AB: the annual meeting\'s decision moves the result from 2098 to 2091 and a dividend to 2898; 2099 never holds two years', async () => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2024-01-01', end: '2024-12-31' } });
    await c.post(`
2024-06-30 A "Försäljning"
  1930  48 000
  3001 -48 000
2024-12-31 A "Årets resultat"
  8999  48 000
  2099 -48 000
`);
    await c.call('years.new', {});
    const dividend = await c.call('templates.apply', { name: 'Årsstämma: beslutad utdelning', total: 1000000 });
    const kept = await c.call('templates.apply', { name: 'Årsstämma: vinst balanseras i ny räkning', total: 3800000 });
    for (const [t, text] of [[dividend, 'Utdelning enligt årsstämman'], [kept, 'Vinst i ny räkning enligt årsstämman']] as const) {
      await c.call('vouchers.post', { date: '2025-05-20', text, lines: t.lines.map((l) => ({ account: l.account, amount: l.amount })) });
    }
    await c.post(`2025-06-01 A "Försäljning"\n  1930 5 000\n  3001 -5 000\n`);
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2025-01-01' });
    expect(closingNonZero(tb)).toEqual({ '1930': 5300000, '2091': -3800000, '2898': -1000000, '3001': -500000 });
    expect(opening(tb)).toMatchObject({ '2098': -4800000 });
    expect(tb.accounts.find((a) => a.number === '2099')).toBeUndefined();
  });

  it('EF: 2013/2018/2019 move into 2010 so only 2010 carries equity', async () => {
    c = await newCompany({ form: 'EF', fiscalYear: { start: '2024-01-01', end: '2024-12-31' } });
    await c.post(`
2024-02-01 A "Uttag"
  2013  60 000
  1930 -60 000
2024-03-01 A "Insättning"
  1930  10 000
  2018 -10 000
2024-06-01 A "Intäkter"
  1930 150 000
  3001 -150 000
2024-12-31 A "Årets resultat"
  8999 150 000
  2019 -150 000
`);
    await c.call('years.new', {});
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2025-01-01' });
    expect(opening(tb)).toEqual({ '1930': 10000000, '2010': -10000000 });
  });

  it('a later change to the old year marks the new year stale until refreshed, logged', async () => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2024-01-01', end: '2024-12-31' } });
    await c.post(`2024-05-01 A "Försäljning"\n  1930 1 000\n  3001 -1 000\n`);
    await c.call('years.new', {});
    await c.post(`2024-12-30 A "Sen faktura"\n  1510 500\n  3001 -500\n`);
    const stale = await c.call('reports.trialBalance', { fiscalYear: '2025-01-01' });
    expect(stale.openingStale).toBe(true);
    const y = await c.call('years.refreshOpening', { fiscalYear: '2025-01-01' });
    expect(y.openingStale).toBe(false);
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2025-01-01' });
    expect(opening(tb)).toEqual({ '1510': 50000, '1930': 100000, '2098': -150000 });
    expect((await c.call('audit.list', { offset: 0, limit: 5 })).rows[0]?.action).toBe('opening.refreshed');
  });

  it('opening balances entered by hand must sum to zero and are logged', async () => {
    c = await newCompany({ form: 'AB' });
    const bad = await c.raw('opening.set', { fiscalYear: '2026-01-01', lines: [{ account: '1930', amount: 100000 }, { account: '2081', amount: -90000 }] });
    expect(bad.ok || bad.error.code).toBe('opening-unbalanced');
    await c.call('opening.set', { fiscalYear: '2026-01-01', lines: [{ account: '1930', amount: 100000 }, { account: '2081', amount: -100000 }] });
    const tb = await c.call('reports.trialBalance', {});
    expect(opening(tb)).toEqual({ '1930': 100000, '2081': -100000 });
    expect((await c.call('audit.list', { offset: 0, limit: 1 })).rows[0]?.action).toBe('opening.set');
  });
});
