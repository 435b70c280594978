// The real `kontera` process: exit codes 0/1/2/3, the `FEL <kod>: <text>` and JSON error formats,
// and that a refused command writes nothing (CLI.md "Conventions").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { cliRunner, cliTempDir, jsonOut, lineArgs, newAbArgs, type CliResult } from '../../support/cli.js';

const A1 = { id: 'A1', series: 'A', number: 1, fiscalYear: '2026-01-01' };
const TB_AFTER_A1 = {
  from: '2026-01-01', to: '2026-12-31', fiscalYear: '2026-01-01', openingStale: false,
  accounts: [
    { number: '1930', name: 'Företagskonto/checkkonto/affärskonto', opening: '0.00', debit: '0.00', credit: '800.00', closing: '-800.00' },
    { number: '6110', name: 'Kontorsmateriel', opening: '0.00', debit: '800.00', credit: '0.00', closing: '800.00' },
  ],
  totals: { opening: '0.00', debit: '800.00', credit: '800.00', closing: '0.00' },
};

/** Copies a closed company file consistently (WAL included) so it can be damaged on purpose. */
function copyOf(src: string, dst: string): void {
  const db = new Database(src, { readonly: true });
  db.exec(`VACUUM INTO '${dst.replace(/'/g, "''")}'`);
  db.close();
}

function damage(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

/** Exactly one stderr line `FEL <code>: ...`, nothing on stdout. */
function expectFel(r: CliResult, code: string): string {
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const m = /^FEL ([a-z0-9-]+): (.+)$/.exec(lines[0] ?? '');
  expect(m?.[1]).toBe(code);
  return m?.[2] ?? '';
}

describe('kontera CLI: refusals, usage errors, internal errors', () => {
  const tmp = cliTempDir();
  const file = tmp.file();
  const run = (...args: string[]) => cliRunner().run(args, { KONTERA_USER: 'testare' });
  const post = (...extra: string[]) => run('post', file, '--date', '2026-03-05', '--text', 'Kontorsmaterial', ...extra);
  let chainHeadBefore = '';

  beforeAll(async () => {
    expect((await run(...newAbArgs(file))).code).toBe(0);
    const a1 = await post(...lineArgs('6110=800,00', '1930=-800,00'), '--json');
    expect(a1.code).toBe(0);
    expect(jsonOut(a1)).toStrictEqual(A1);
    const v = await run('verify', file, '--json');
    expect(v.code).toBe(0);
    chainHeadBefore = jsonOut(v).chainHead;
  });
  afterAll(() => tmp.cleanup());

  it('refusals by a rule exit 1 with one line "FEL <kod>: <svensk text>" on stderr', async () => {
    const unbalanced = await post(...lineArgs('6110=100', '1930=-90'));
    expect(unbalanced.code).toBe(1);
    expect(expectFel(unbalanced, 'unbalanced')).toMatch(/balanserar inte.*10,00 kr/);

    const decimals = await post(...lineArgs('6110=800,001', '1930=-800'));
    expect(decimals.code).toBe(1);
    expect(expectFel(decimals, 'too-many-decimals')).toContain('"800,001" har fler än två decimaler');

    const exists = await run(...newAbArgs(file));
    expect(exists.code).toBe(1);
    expect(expectFel(exists, 'file-exists')).toContain('finns redan');

    // Every bad amount is named, each on its own line.
    const twoBad = await post(...lineArgs('6110=1,234', '1930=tio'));
    expect(twoBad.code).toBe(1);
    expect(twoBad.stderr.trimEnd().split('\n').map((l) => l.split(':')[0])).toStrictEqual(['FEL too-many-decimals', 'FEL invalid-amount']);
  });

  it('with --json the refusal is {"ok":false,"error":{code,message,path}} on stdout, stderr empty', async () => {
    const cases: [string[], string, string, RegExp][] = [
      [lineArgs('6110=100', '1930=-90'), 'unbalanced', 'lines', /skillnaden är 10,00 kr/],
      [lineArgs('9999=100', '1930=-100'), 'unknown-account', 'lines.0.account', /Konto 9999 finns inte/],
      [lineArgs('6110=800', '1930=-800,001'), 'too-many-decimals', 'lines.1.amount', /"-800,001" har fler än två decimaler/],
    ];
    for (const [lines, code, path, message] of cases) {
      const r = await post(...lines, '--json');
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const body = jsonOut(r);
      expect(Object.keys(body)).toStrictEqual(['ok', 'error']);
      expect(body.ok).toBe(false);
      expect(Object.keys(body.error).sort()).toStrictEqual(['code', 'message', 'path']);
      expect(body.error).toMatchObject({ code, path });
      expect(body.error.message).toMatch(message);
    }
    const exists = await run(...newAbArgs(file), '--json');
    expect(exists.code).toBe(1);
    expect(jsonOut(exists).error).toMatchObject({ code: 'file-exists', path: 'path' });
  });

  it('wrong usage exits 2 and touches no file', async () => {
    const notCreated = tmp.file('ny.kontera');
    const [unknownCmd, unknownFlag, noDate, noDateJson, badYear, badReport, bare] = await Promise.all([
      run('bokför', file),
      run('post', file, '--date', '2026-03-05', '--text', 'X', '--belopp', '1'),
      run('post', file, '--text', 'X', ...lineArgs('6110=1', '1930=-1')),
      run('post', file, '--text', 'X', ...lineArgs('6110=1', '1930=-1'), '--json'),
      run(...newAbArgs(notCreated).map((a) => (a === '2026-01-01..2026-12-31' ? '2026-01-01-2026-12-31' : a))),
      run('report', 'saldobalans', file),
      run(),
    ]);
    for (const r of [unknownCmd, unknownFlag, noDate, noDateJson, badYear, badReport, bare]) expect(r.code).toBe(2);
    expect(expectFel(unknownCmd, 'usage')).toBe('Okänt kommando "bokför". Skriv kontera --help för en lista.');
    expect(expectFel(unknownFlag, 'usage')).toBe('Okänd eller ofullständig flagga --belopp. Se --help.');
    expect(expectFel(noDate, 'usage')).toBe('--date saknas. Se --help.');
    expect(noDateJson.stderr).toBe('');
    expect(jsonOut(noDateJson)).toStrictEqual({ ok: false, error: { code: 'usage', message: '--date saknas. Se --help.' } });
    expect(expectFel(badYear, 'usage')).toContain('--fiscal-year skrivs ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD');
    expect(existsSync(notCreated)).toBe(false);
    expect(expectFel(badReport, 'usage')).toContain('Okänd rapport "saldobalans"');
    expect(bare.stdout).toContain('Användning: kontera <kommando>');
  });

  it('after all refusals nothing was written: verify ok with the same chain head, same trial balance, next post is A2', async () => {
    const [v, tb] = await Promise.all([run('verify', file, '--json'), run('report', 'trial-balance', file, '--json')]);
    expect(v.code).toBe(0);
    expect(jsonOut(v)).toStrictEqual({ ok: true, chainHead: chainHeadBefore, vouchers: 1, problems: [], importedGaps: [] });
    expect(tb.code).toBe(0);
    expect(jsonOut(tb)).toStrictEqual(TB_AFTER_A1);
    const a2 = await post(...lineArgs('6110=50', '1930=-50'), '--json');
    expect(jsonOut(a2)).toStrictEqual({ ...A1, id: 'A2', number: 2 });
  });

  it('verify of a file changed outside Kontera is not ok and exits 1', async () => {
    const tampered = tmp.file('andrad.kontera');
    copyOf(file, tampered);
    damage(tampered, "DROP TRIGGER vouchers_no_update; UPDATE vouchers SET text = 'Ändrad' WHERE number = 1");
    const [j, t] = await Promise.all([run('verify', tampered, '--json'), run('verify', tampered)]);
    expect(j.code).toBe(1);
    const body = jsonOut(j);
    expect(body).toMatchObject({ ok: false, vouchers: 2, importedGaps: [] });
    expect(body.chainHead).toMatch(/^[0-9a-f]{64}$/);
    expect(body.problems.map((p: { code: string; voucher?: string }) => [p.code, p.voucher ?? null])).toStrictEqual([
      ['trigger-missing', null], ['hash-mismatch', 'A1@2026-01-01'],
    ]);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/^FEL: 2 problem i 2 verifikationer\./);
  });

  it('an internal error exits 3 with an incident id (table missing from a real company file)', async () => {
    const broken = tmp.file('trasig.kontera');
    copyOf(file, broken);
    damage(broken, 'DROP INDEX lines_by_year_account; DROP INDEX lines_by_account_date; ALTER TABLE voucher_lines RENAME TO borta');
    const [j, t] = await Promise.all([run('report', 'trial-balance', broken, '--json'), run('report', 'trial-balance', broken)]);
    expect(j.code).toBe(3);
    const body = jsonOut(j);
    expect(body.error.code).toBe('internal');
    expect(body.error.incident).toMatch(/^[0-9a-f]{8}$/);
    expect(body.error.message).toContain(`(incident ${body.error.incident})`);
    expect(t.code).toBe(3);
    expect(t.stdout).toBe('');
    expect(t.stderr).toMatch(/^FEL internal: Ett internt fel inträffade\..*\(incident [0-9a-f]{8}\)$/m);
  });
});
