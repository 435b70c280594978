/**
 * Hostile input through the doors, with fixed seeds and counts:
 * - the CLI never ends in an internal error (exit 3) or a throw on any argument vector, and
 *   every refusal is printed as `FEL <kod>: …`;
 * - a mutated SIE or bank file imported into an open company either is refused with nothing
 *   written (vouchers, imports, bank rows, audit log unchanged) or is imported whole and verifies.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { runCli } from '../../electron/cli/main.js';
import { newCompany, tempDir, type TestCompany } from '../support/company.js';
import { cliArgs } from './fuzz/cliArgs.js';
import { fixtures, mutate, rng } from './fuzz/inputs.js';

const SEED = 20261203;
let c: TestCompany;
let work: string;
const cwd = process.cwd();

beforeAll(async () => {
  c = await newCompany();
  await c.post('2026-03-05 A "Kontorsmaterial"\n  6110 800,00\n  2641 200,00\n  1930 -1000,00\n');
  await c.call('company.close', {});
  work = path.join(tempDir('kontera-fuzz-'), 'a', 'b');
  mkdirSync(work, { recursive: true });
  copyFileSync(c.file, path.join(work, 'bolag.kontera'));
  writeFileSync(path.join(work, 'bok.se'), fixtures('sie').find((f) => f.name === 'small-4e.se')!.bytes);
  process.chdir(work);
});
afterAll(() => {
  process.chdir(cwd);
  c.cleanup();
});

describe('kommandoraden tål godtyckliga argument', () => {
  it('250 argumentvektorer: slutkod 0–2, aldrig internt fel, fel skrivs som FEL <kod>', async () => {
    const codes = new Map<number, number>();
    await fc.assert(fc.asyncProperty(cliArgs(['bolag.kontera', 'bok.se']), async (argv) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
      codes.set(code, (codes.get(code) ?? 0) + 1);
      const said = [...out, ...err];
      // A refusal names its code (FEL <kod> or JSON ok:false); no command at all prints the overview.
      const clear = code === 0 || said.some((s) => s.startsWith('FEL ') || s.includes('"ok":false')) || (code === 2 && said.some((s) => s.includes('Användning')));
      return code !== 3 && clear;
    }), { seed: SEED, numRuns: 250 });
    expect(codes.get(3)).toBeUndefined();
    expect(codes.get(2)).toBeGreaterThan(50);
  });
});

async function snapshot(): Promise<Record<string, number>> {
  const db = c.session.db!.raw;
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n; // table names are constants below
  return { vouchers: n('vouchers'), lines: n('voucher_lines'), imports: n('imports'), bank_rows: n('bank_rows'), audit: n('audit_log'), accounts: n('accounts') };
}

describe('ingen halv skrivning från en trasig fil', () => {
  it('40 muterade SIE-filer och 40 muterade kontoutdrag: allt eller inget', async () => {
    await c.call('company.open', { path: c.file });
    const rnd = rng(SEED);
    const sie = fixtures('sie').filter((f) => /small-4e|c3-a1-a10|c5-objects|SIE4_Exempel/.test(f.name));
    const bank = fixtures('bank').filter((f) => !f.name.includes('skattekonto'));
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 80; i++) {
      const isSie = i % 2 === 0;
      const src = isSie ? sie[i % sie.length]! : bank[i % bank.length]!;
      const file = path.join(c.dir, `fuzz-${i}${path.extname(src.name)}`);
      writeFileSync(file, mutate(src.bytes, rnd));
      const before = await snapshot();
      const r = isSie ? await c.raw('sie.import', { path: file }) : await c.raw('bank.import', { path: file });
      if (!r.ok) {
        refused++;
        expect(r.error.code, `${src.name} #${i}: ${r.error.message}`).not.toBe('internal');
        expect(await snapshot(), `${src.name} #${i}`).toEqual(before);
      } else {
        accepted++;
        const v = await c.call('verify', {});
        expect(v.problems, `${src.name} #${i}`).toEqual([]);
      }
    }
    expect(refused).toBeGreaterThan(5);
    expect(accepted).toBeGreaterThan(5);
  });
});
