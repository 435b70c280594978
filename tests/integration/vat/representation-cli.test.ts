/**
 * `kontera representation` through the real command line: a dinner for four, 1 600 kr at 12 %.
 * By hand: VAT in the gross = 1 600 × 12/112 = 171,43 kr; the base excluding VAT (1 428,57 kr) is
 * above the cap 4 × 300 kr = 1 200 kr, so the deductible input VAT is 1 200 × 12 % = 144,00 kr and
 * the rest, 1 600 − 144 = 1 456,00 kr, is cost on 6072 (meals are not deductible for income tax).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, cliTempDir, jsonOut, newAbArgs, type CliRunner } from '../../support/cli.js';

let cli: CliRunner;
const tmp = cliTempDir();
const file = tmp.file();
const PEOPLE = ['Anna Berg', 'Bo Ek (Kund AB)', 'Cecilia Dahl (Kund AB)', 'David Holm'];
const people = PEOPLE.flatMap((p) => ['--participant', p]);

beforeAll(async () => {
  cli = cliRunner();
  expect((await cli.run(newAbArgs(file))).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('kontera representation', () => {
  it('posts a dinner for 4 (1 600 kr, 12 %) with 144,00 kr deductible VAT; purpose and participants are on the voucher', async () => {
    const r = await cli.run(['representation', file, '--date', '2026-03-12', '--gross', '1 600', '--rate', '12', ...people,
      '--purpose', 'Avtalsförhandling med Kund AB', '--counterparty', 'Restaurang Pelikan', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(jsonOut(r)).toEqual({ id: 'A1', series: 'A', number: 1, fiscalYear: '2026-01-01' });

    const v = jsonOut(await cli.run(['show', file, 'A1', '--json']));
    expect(v.lines.map((l: { account: string; amount: string }) => [l.account, l.amount])).toEqual([
      ['6072', '1456.00'], ['2641', '144.00'], ['1930', '-1600.00'],
    ]);
    expect(v.text).toContain('Avtalsförhandling med Kund AB');
    for (const p of PEOPLE) expect(v.text).toContain(p);
    expect(v.text).toContain('Deltagare (4)');
    expect(v.counterparty).toBe('Restaurang Pelikan');

    const vat = jsonOut(await cli.run(['vat', file, '--period', '2026-Q1', '--json']));
    expect(vat.boxes['48']).toBe(144);
  });

  it('the text output says why: the cap per participant, and what is not deductible', async () => {
    const r = await cli.run(['representation', file, '--date', '2026-03-13', '--gross', '600,00', '--participant', 'Anna Berg',
      '--purpose', 'Lunch med leverantör', '--pay', '1910']);
    expect(r.code).toBe(0);
    // 600 × 12/112 = 64,29 kr VAT; cap 1 × 300 × 12 % = 36,00 kr.
    expect(r.stdout).toMatch(/6072 .* 564,00/);
    expect(r.stdout).toMatch(/1910 .* \u2212600,00/);
    expect(r.stdout).toContain('Avdragsgill ingående moms 36,00 kr (högst 1 × 300 kr exkl. moms × 12 %); betald moms 64,29 kr, 28,29 kr bokförs som kostnad.');
  });

  it('without participants or with a bad amount nothing is posted', async () => {
    const none = await cli.run(['representation', file, '--date', '2026-03-14', '--gross', '100', '--purpose', 'Fika']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^FEL usage: --participant saknas/);
    const bad = await cli.run(['representation', file, '--date', '2026-03-14', '--gross', '100,123', '--participant', 'A', '--purpose', 'Fika', '--json']);
    expect(bad.code).toBe(1);
    expect(jsonOut(bad).error.path).toBe('gross');
    const rate = await cli.run(['representation', file, '--date', '2026-03-14', '--gross', '100', '--participant', 'A', '--purpose', 'Fika', '--rate', '8']);
    expect(rate.code).toBe(2);
    const list = jsonOut(await cli.run(['show', file, 'A3', '--json']));
    expect(list.ok).toBe(false);
  });

  it('--help explains the options in Swedish', async () => {
    const r = await cli.run(['representation', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('300 kr exkl. moms per deltagare');
  });
});
