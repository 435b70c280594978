/**
 * `kontera bank …` JSON shapes exactly as CLI.md states them, exit codes and FEL lines. Runs the
 * CLI in process (runCli with a captured Io: the same code path as the binary, without a build).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { FIXTURES } from '../../unit/bank/support.js';
import { cliInProcess } from '../../support/cliInProcess.js';

const fx = (rel: string) => path.join(FIXTURES, rel);

const cli = cliInProcess;

let c: TestCompany;
beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
  await c.call('opening.set', { fiscalYear: '2025-01-01', lines: [{ account: '1930', amount: 2_000_000 }, { account: '2081', amount: -2_000_000 }] });
  await c.post('2025-01-02 A "Hyra"\n  5010 8000\n  1930 -8000\n2025-01-14 A "Kontorsmaterial"\n  6110 279,20\n  2641 69,80\n  1930 -349\n');
  await c.call('company.close', {});
});
afterAll(() => c.cleanup());

describe('kontera bank', () => {
  it('import --json prints exactly {format, rows, imported, duplicates, skipped}', async () => {
    const r = await cli('bank', 'import', c.file, fx('handelsbanken/Transaktioner_12345678_synthetic.txt'), '--account', '1940', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ format: 'handelsbanken', rows: 9, imported: 8, duplicates: 0, skipped: 1 });
    const jan = await cli('bank', 'import', c.file, fx('c11/jan.csv'), '--json');
    expect(JSON.parse(jan.out)).toEqual({ format: 'nordea', rows: 7, imported: 7, duplicates: 0, skipped: 0 });
    const dry = await cli('bank', 'import', c.file, fx('c11/jan15-feb15.csv'), '--dry-run', '--json');
    expect(JSON.parse(dry.out)).toEqual({ format: 'nordea', rows: 8, imported: 3, duplicates: 5, skipped: 0 });
    const text = await cli('bank', 'import', c.file, fx('c11/jan15-feb15.csv'), '--dry-run');
    const listed = text.out.split('\n').filter((l) => /^ {2}(ny|finns) +rad +\d+ {2}\d{4}-\d\d-\d\d /.test(l));
    expect([listed.length, listed.filter((l) => l.startsWith('  ny')).length]).toEqual([8, 3]);
    const real = await cli('bank', 'import', c.file, fx('c11/jan15-feb15.csv'), '--account', '1930', '--json');
    expect(JSON.parse(real.out)).toEqual(JSON.parse(dry.out));
  });

  it('match --json lists unique matches and ambiguous rows; --auto confirms them', async () => {
    const r = await cli('bank', 'match', c.file, '--account', '1930', '--json');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out);
    expect(Object.keys(m)).toEqual(['matches', 'ambiguous', 'confirmed']);
    expect(m).toEqual({
      matches: [
        { row: 9, account: '1930', date: '2025-01-02', amount: '-8000.00', text: 'Hyra', voucher: 'A1', kind: 'exact' },
        { row: 11, account: '1930', date: '2025-01-15', amount: '-349.00', text: 'Kontorsmaterial', voucher: 'A2', kind: 'exact' },
      ],
      ambiguous: [],
      confirmed: 0,
    });
    const auto = JSON.parse((await cli('bank', 'match', c.file, '--auto', '--json')).out);
    expect(auto.confirmed).toBe(2);
    expect(JSON.parse((await cli('bank', 'match', c.file, '--json')).out)).toEqual({ matches: [], ambiguous: [], confirmed: 0 });
  });

  it('reconcile --json prints exactly {statement, ledger, difference, unmatched} with CLI amounts', async () => {
    const r = await cli('bank', 'reconcile', c.file, '--month', '2025-01', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['statement', 'ledger', 'difference', 'unmatched']);
    expect(j.statement).toBe('23609.00');
    expect(j.ledger).toBe('11651.00');
    expect(j.difference).toBe('11958.00');
    expect(j.unmatched).toEqual([
      { side: 'bank', row: 10, date: '2025-01-10', amount: '12500.00', text: 'Kund AB' },
      { side: 'bank', row: 12, date: '2025-01-20', amount: '-49.00', text: 'SPOTIFY' },
      { side: 'bank', row: 13, date: '2025-01-20', amount: '-49.00', text: 'SPOTIFY' },
      { side: 'bank', row: 14, date: '2025-01-25', amount: '-399.00', text: 'Telia' },
      { side: 'bank', row: 15, date: '2025-01-31', amount: '-45.00', text: 'Bankavgift' },
    ]);
    const text = await cli('bank', 'reconcile', c.file, '--month', '2025-01');
    expect(text.out).toContain('differens 11\u00a0958,00 – inte avstämt');
  });

  it('queue and book from the command line', async () => {
    const q = JSON.parse((await cli('bank', 'queue', c.file, '--account', '1930', '--json')).out) as { row: number; text: string }[];
    expect(q.map((x) => x.text)).toEqual(['Kund AB', 'SPOTIFY', 'SPOTIFY', 'Telia', 'Bankavgift', 'Kund AB', 'SPOTIFY', 'Hyra']);
    const fee = q.find((x) => x.text === 'Bankavgift')!;
    const b = await cli('bank', 'book', c.file, String(fee.row), '--template', 'Bankavgift', '--json');
    expect(b.code).toBe(0);
    expect(JSON.parse(b.out)).toEqual({ row: fee.row, id: 'A3', series: 'A', number: 3, fiscalYear: '2025-01-01' });
  });

  it('errors: FEL <kod> with "rad N" for a bad file (exit 1), JSON errors on stdout, usage errors exit 2', async () => {
    const bad = path.join(c.dir, 'trasig.csv');
    writeFileSync(bad, 'Bokföringsdag;Belopp;Saldo;Rubrik\n2025-03-01;-100,00;900,00;A\n2025-03-02;-100,00;750,00;B\n');
    const r = await cli('bank', 'import', c.file, bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^FEL bank-balance-mismatch: rad 3: beloppet −100,00 stämmer inte med saldokolumnen/);
    const j = await cli('bank', 'import', c.file, bad, '--json');
    expect(JSON.parse(j.out)).toMatchObject({ ok: false, error: { code: 'bank-balance-mismatch', line: 3 } });
    const missing = await cli('bank', 'import', c.file, path.join(c.dir, 'finns-inte.csv'), '--json');
    expect([missing.code, JSON.parse(missing.out).error.code]).toEqual([1, 'file-not-found']);
    expect((await cli('bank', 'reconcile', c.file)).code).toBe(2);
    expect((await cli('bank', 'flytta', c.file)).code).toBe(2);
    expect((await cli('bank', 'import', c.file, bad, '--account', 'x')).code).toBe(2);
    expect((await cli('bank', '--help')).out).toContain('kontera bank import <fil> <kontoutdrag>');
  });
});
