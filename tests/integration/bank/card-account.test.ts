/**
 * Card statements (Nordea kort, Kontohändelser, Amex) are not put on 1930 without a word: the
 * chart's card account is the default when it defines one, otherwise the preview and the import
 * warn that the rows go to the bank account and say how to choose another. Other formats unchanged.
 */
import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { FIXTURES } from '../../unit/bank/support.js';
import { cardAccountOf } from '../../../shared/domain/bank/cardAccount.js';

const fx = (rel: string) => path.join(FIXTURES, rel);
const CARDS = ['nordea/Nordea_kort_synthetic.csv', 'kort/Kontohandelser_synthetic.csv', 'kort/amex_synthetic.csv'];

let c: TestCompany;
afterEach(() => c.cleanup());

describe('card statements', () => {
  it.each(CARDS)('%s without a card account in the chart: 1930 with a warning naming it and the way to choose', async (rel) => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    const p = await c.call('bank.preview', { path: fx(rel) });
    expect(p.account).toBe('1930');
    const w = p.warnings.find((x) => x.code === 'bank-card-on-bank-account');
    expect(w?.message).toMatch(/^Filen är ett kortkontoutdrag \(.+\), men raderna bokförs mot 1930 Företagskonto\/checkkonto\/affärskonto, företagets bankkonto\. Ett kreditkort är normalt en skuld/);
    expect(w?.message).toContain('--account NNNN i kontera bank import');
    const imp = await c.call('bank.import', { path: fx(rel), expect: p.fingerprint });
    expect(imp.warnings.map((x) => x.code)).toContain('bank-card-on-bank-account');
  });

  it('with a card account in the chart it is the default, named in a warning; a chosen account is kept without one', async () => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    await c.call('accounts.add', { number: '2894', name: 'Kreditkort Amex' });
    const p = await c.call('bank.preview', { path: fx('kort/amex_synthetic.csv') });
    expect([p.account, p.accountName]).toEqual(['2894', 'Kreditkort Amex']);
    expect(p.warnings.find((x) => x.code === 'bank-card-account')?.message).toMatch(/^Filen är ett kortkontoutdrag \(American Express\); raderna bokförs mot 2894 Kreditkort Amex, kortkontot i kontoplanen/);
    const chosen = await c.call('bank.preview', { path: fx('kort/amex_synthetic.csv'), account: '1930' });
    expect([chosen.account, chosen.warnings.filter((x) => x.code.startsWith('bank-card')).length]).toEqual(['1930', 0]);
  });

  it('a non-card statement still goes to 1930 without a card warning', async () => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    await c.call('accounts.add', { number: '2894', name: 'Kreditkort' });
    const p = await c.call('bank.preview', { path: fx('seb/Kontohandelser_synthetic_comma.csv') });
    expect([p.account, p.warnings.filter((x) => x.code.startsWith('bank-card')).length]).toEqual(['1930', 0]);
  });
});

describe('cardAccountOf', () => {
  const acc = (number: string, name: string, type = 'liability') => ({ number, name, type, statement: 'BR' as const, active: 1 });
  it('a liability named for a card; not "kortfristiga" skulder, not an asset', () => {
    expect(cardAccountOf([acc('2890', 'Övriga kortfristiga skulder'), acc('1580', 'Fordringar för kontokort och kuponger', 'asset')])).toBeNull();
    expect(cardAccountOf([acc('2890', 'Övriga kortfristiga skulder'), acc('2894', 'Företagskort Eurocard'), acc('2893', 'Kreditkort')])).toEqual({ number: '2893', name: 'Kreditkort' });
  });
});
