/**
 * Saved reconciliations: running the same reconciliation again keeps one record (also after a
 * voucher in another month changes the chain head); a changed result is saved as a new one. And a
 * difference with every item matched is explained from the data, with both figures.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { cliInProcess } from '../../support/cliInProcess.js';

const cli = cliInProcess;

const STATEMENT = [
  'Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta',
  '2025-07-25;-399,00;;;Telia;Telia;31101,00;SEK',
  '2025-07-10;12500,00;;;Kund AB;Kund AB;31500,00;SEK',
  '2025-07-02;-8000,00;;;Hyra;Hyra;19000,00;SEK',
].join('\n');

let c: TestCompany;
let stmt: string;
beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
  // The statement opens at 27 000,00 on 2025-07-01; the books start July at 19 450,54.
  await c.call('opening.set', { fiscalYear: '2025-01-01', lines: [{ account: '1930', amount: 1_945_054 }, { account: '2081', amount: -1_945_054 }] });
  await c.post('2025-07-02 A "Hyra"\n  5010 8000\n  1930 -8000\n2025-07-10 A "Kund AB"\n  1930 12500\n  3001 -12500\n2025-07-25 A "Telia"\n  6212 399\n  1930 -399\n');
  stmt = path.join(c.dir, 'juli.csv');
  writeFileSync(stmt, `\ufeff${STATEMENT}\n`);
  await c.call('company.close', {});
});
afterAll(() => c.cleanup());

async function records() {
  await c.call('company.open', { path: c.file });
  const r = await c.call('bank.reconciliations', { account: '1930', month: '2025-07' });
  await c.call('company.close', {});
  return r;
}

describe('saved reconciliations', () => {
  it('the same result saved twice, and again after a voucher in another month, is one record; a changed result is a new one', async () => {
    expect((await cli('bank', 'import', c.file, stmt)).code).toBe(0);
    expect((await cli('bank', 'reconcile', c.file, '--month', '2025-07')).code).toBe(0);
    expect((await cli('bank', 'reconcile', c.file, '--month', '2025-07')).code).toBe(0);
    expect(await records()).toHaveLength(1);
    expect((await cli('post', c.file, '--date', '2025-09-15', '--text', 'Annan månad', '--line', '6110=100', '--line', '2890=-100')).code).toBe(0);
    expect((await cli('bank', 'reconcile', c.file, '--month', '2025-07')).code).toBe(0);
    expect(await records()).toHaveLength(1);
    expect((await cli('bank', 'match', c.file, '--auto')).code).toBe(0);
    expect((await cli('bank', 'reconcile', c.file, '--month', '2025-07')).code).toBe(0);
    const after = await records();
    expect(after.map((r) => [r.unmatchedBank, r.unmatchedLedger])).toEqual([[0, 0], [3, 3]]);
  });

  it('all matched but a difference: the opening balances are named with both figures', async () => {
    await c.call('company.open', { path: c.file });
    const r = await c.call('bank.reconcile', { account: '1930', month: '2025-07', record: false });
    await c.call('company.close', {});
    expect([r.difference, r.unmatched]).toEqual([754_946, []]);
    expect(r.explanation?.code).toBe('bank-reconcile-opening-differs');
    expect(r.explanation?.message).toBe('Alla poster är matchade, men differensen 7\u00a0549,46 finns kvar: bokföringens saldo på 1930 vid månadens början är 19\u00a0450,54 men kontoutdragets saldo den 2025-06-30 är 27\u00a0000,00 (skillnad 7\u00a0549,46). Skillnaden uppstod före månaden: stäm av de tidigare månaderna och räkenskapsårets ingående balans.');
  });
});
