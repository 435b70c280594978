/** `kontera receipt add` and `kontera archive export` through the real CLI process (CLI.md's JSON shape). */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cliRunner, cliTempDir, jsonOut, newAbArgs, type CliRunner } from '../../support/cli.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';

let cli: CliRunner;
let tmp: ReturnType<typeof cliTempDir>;
let file: string;
let pdf: string;

beforeAll(async () => {
  cli = cliRunner();
  tmp = cliTempDir();
  file = tmp.file('bolag.kontera');
  pdf = tmp.file('ica.pdf');
  writeFileSync(pdf, receiptPdf(ICA_LINES));
  expect((await cli.run(newAbArgs(file))).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('kontera receipt add', () => {
  it('prints one object per input in order, amounts as decimal strings', async () => {
    const r = await cli.run(['receipt', 'add', file, pdf, '--json']);
    expect(r.code).toBe(0);
    const [o] = jsonOut<any[]>(r);
    expect(o).toMatchObject({
      duplicate: false,
      fields: { merchant: 'ICA Supermarket Testköping', orgnr: '556000-0167', date: '2026-03-05', total: '95.00', currency: 'SEK',
        vat: [{ rate: '12', amount: '4.82' }, { rate: '25', amount: '10.00' }], payment: 'card' },
      certain: { total: true, vat: true },
    });
    expect(o.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(o.suggestion.lines).toEqual([{ account: '5460', amount: '80.18' }, { account: '2641', amount: '4.82', text: 'Ingående moms 12 %' },
      { account: '2641', amount: '10.00', text: 'Ingående moms 25 %' }, { account: '1930', amount: '-95.00' }]);
  });

  it('the same file again is a duplicate; a missing file is refused with exit 1 and nothing written', async () => {
    const again = jsonOut<any[]>(await cli.run(['receipt', 'add', file, pdf, '--json']));
    expect(again[0].duplicate).toBe(true);
    const missing = await cli.run(['receipt', 'add', file, tmp.file('finns-inte.jpg')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^FEL file-not-found: /);
    expect((await cli.run(['receipt', 'add', file])).code).toBe(2);
  });

  it('archive export writes the underlag, index, audit log and documentation; verify is clean', async () => {
    const out = tmp.file('revision');
    const e = await cli.run(['archive', 'export', file, out, '--json']);
    expect(e.code).toBe(0);
    expect(jsonOut<any>(e).files).toBe(1);
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}underlag\/00001_/);
    const v = await cli.run(['verify', file, '--json']);
    expect(jsonOut<any>(v).ok).toBe(true);
  });
});

describe('kontera receipt add: warnings and the way on', () => {
  it('a receipt dated outside every fiscal year is archived with a warning; text output says how to book it', async () => {
    const other2 = tmp.file('annat.kontera');
    expect((await cli.run(newAbArgs(other2))).code).toBe(0);
    const old = tmp.file('ica-2014.pdf');
    writeFileSync(old, receiptPdf(ICA_LINES.map((l) => l.replace('2026-03-05', '2014-03-05'))));
    const j = jsonOut<any[]>(await cli.run(['receipt', 'add', other2, old, '--json']));
    expect(j[0].fields.date).toBe('2014-03-05');
    expect(j[0].warnings.map((w: { code: string }) => w.code)).toEqual(['receipt-outside-fiscal-years']);
    const other = tmp.file('ica-text.pdf');
    writeFileSync(other, receiptPdf(ICA_LINES.map((l) => l.replace('Pennor 50,00', 'Pennor 50,00 '))));
    const t = await cli.run(['receipt', 'add', other2, other]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/Bokför med: kontera post <fil> … --receipt \d+/);
  });

});
