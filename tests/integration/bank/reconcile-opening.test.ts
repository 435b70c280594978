/**
 * Reconciliation figures agree with the items listed: the unmatched items on each side explain
 * exactly the difference shown, and an opening-balance voucher the statement's opening balance
 * already holds is not listed as "in the books but not in the bank".
 */
import { describe, it, expect, afterEach } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

const HEAD = 'Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta';

async function setUp(rows: string[]) {
  c = await newCompany({ form: 'EF', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
  await c.post('2026-01-01 A "Ingående balans"\n  1930 50000\n  2010 -50000\n2026-01-01 A "Telia"\n  6212 399\n  1930 -399\n');
  const file = path.join(c.dir, 'jan.csv');
  writeFileSync(file, `\ufeff${[HEAD, ...rows].join('\n')}\n`);
  await c.call('bank.import', { path: file });
  await c.call('bank.match', { auto: true });
  return c.call('bank.reconcile', { account: '1930', month: '2026-01', record: false });
}

const net = (r: { unmatched: { side: string; amount: number }[] }) =>
  r.unmatched.reduce((s, u) => s + (u.side === 'bank' ? u.amount : -u.amount), 0);

describe('reconciliation with an opening balance booked as a voucher', () => {
  it('A1 on the statement\'s first day equal to its opening is not an unmatched item; the month is avstämd', async () => {
    const r = await setUp(['2026-01-01;-399,00;;;Telia;Telia;49601,00;SEK']);
    expect([r.statement, r.ledger, r.difference, r.reconciled]).toEqual([4_960_100, 4_960_100, 0, true]);
    expect(r.unmatched).toEqual([]);
    expect(r.explanation).toBeNull();
  });

  it('an unmatched bank row: the difference is exactly what the listed items sum to, and the month is not avstämd', async () => {
    const r = await setUp(['2026-01-15;-500,00;;;Avgift;Avgift;49101,00;SEK', '2026-01-01;-399,00;;;Telia;Telia;49601,00;SEK']);
    expect(r.difference).toBe(-50_000);
    expect(r.unmatched.map((u) => [u.side, u.amount])).toEqual([['bank', -50_000]]);
    expect(net(r)).toBe(r.difference);
    expect(r.reconciled).toBe(false);
    expect(r.explanation).toBeNull();
  });

  it('difference zero but a bank row and a voucher line nobody matched: listed, and not avstämd', async () => {
    c = await newCompany({ form: 'EF', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    await c.post('2026-01-01 A "Ingående balans"\n  1930 50000\n  2010 -50000\n2026-01-20 A "Okänd"\n  6570 100\n  1930 -100\n');
    const file = path.join(c.dir, 'jan.csv');
    writeFileSync(file, `\ufeff${[HEAD, '2026-01-20;-100,00;;;X;X;49900,00;SEK', '2026-01-02;0,00;;;Y;Y;50000,00;SEK'].join('\n')}\n`);
    await c.call('bank.import', { path: file });
    const r = await c.call('bank.reconcile', { account: '1930', month: '2026-01', record: false });
    // A1 on 2026-01-01 lies before the statement (it opens at the end of 2026-01-01): covered by its opening.
    expect(r.difference).toBe(0);
    expect(r.unmatched.map((u) => [u.side, u.amount])).toEqual([['bank', -10_000], ['ledger', -10_000]]);
    expect(r.reconciled).toBe(false);
  });
});
