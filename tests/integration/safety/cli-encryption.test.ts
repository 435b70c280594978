/**
 * The safety doors of the real CLI: `kontera encrypt` (password from KONTERA_PASSWORD or --password-stdin,
 * never an argument; the recovery key printed once), opening an encrypted company in every command
 * with KONTERA_PASSWORD / KONTERA_RECOVERY_KEY, `backups`, `backup-settings`, and `restore` of an
 * encrypted backup with --password-env or --recovery-key.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliRunner, cliTempDir, jsonOut, lineArgs, newAbArgs } from '../../support/cli.js';

const PASSWORD = 'korrekt häst batteri';
const run = (args: string[], env: Record<string, string> = {}, stdin?: string) => cliRunner().run(args, { KONTERA_PASSWORD: '', KONTERA_RECOVERY_KEY: '', ...env }, stdin);
const withPw = { KONTERA_PASSWORD: PASSWORD };

let tmp: ReturnType<typeof cliTempDir> | undefined;
afterEach(() => tmp?.cleanup());

async function encryptedCompany(): Promise<{ file: string; recoveryKey: string }> {
  tmp = cliTempDir();
  const file = tmp.file();
  expect((await run(newAbArgs(file))).code).toBe(0);
  const p = await run(['post', file, '--date', '2026-03-05', '--text', 'Hemlig leverantör', ...lineArgs('6110=800,00', '2641=200,00', '1930=-1000,00')]);
  expect(p.code, p.stderr).toBe(0);
  const e = await run(['encrypt', file], withPw);
  expect(e.code, e.stderr).toBe(0);
  const key = /Återställningsnyckel: (\S+)/.exec(e.stdout)?.[1];
  expect(key).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  expect(e.stdout).toContain('Skriv ner återställningsnyckeln nu och förvara den säkert');
  return { file, recoveryKey: key as string };
}

describe('kontera encrypt och krypterade filer i CLI:t', () => {
  it('efter encrypt öppnar report trial-balance filen med KONTERA_PASSWORD eller KONTERA_RECOVERY_KEY, inte utan', async () => {
    const { file, recoveryKey } = await encryptedCompany();
    expect(readFileSync(file).includes(Buffer.from('Hemlig leverant'))).toBe(false);

    const ok = await run(['report', 'trial-balance', file, '--json'], withPw);
    expect(ok.code, ok.stderr).toBe(0);
    const tb = jsonOut(ok);
    expect(tb.accounts.find((a: { number: string }) => a.number === '1930')).toMatchObject({ closing: '-1000.00' });

    const byKey = await run(['report', 'trial-balance', file, '--json'], { KONTERA_RECOVERY_KEY: recoveryKey.toLowerCase() });
    expect(byKey.code, byKey.stderr).toBe(0);
    expect(jsonOut(byKey)).toStrictEqual(tb);

    const without = await run(['report', 'trial-balance', file]);
    expect(without.code).toBe(1);
    expect(without.stdout).toBe('');
    expect(without.stderr.trim()).toMatch(/^FEL company-encrypted: Företagsfilen .* är krypterad\. Ange lösenordet i miljövariabeln KONTERA_PASSWORD/);

    const wrong = await run(['report', 'trial-balance', file], { KONTERA_PASSWORD: 'fel lösenord' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toMatch(/^FEL wrong-password: Fel lösenord i KONTERA_PASSWORD/);

    const asJson = await run(['verify', file, '--json']);
    expect(asJson.code).toBe(1);
    expect(jsonOut(asJson).error.code).toBe('company-encrypted');

    // Posting goes on in the encrypted file and the books verify.
    const p = await run(['post', file, '--date', '2026-03-06', '--text', 'Till', ...lineArgs('6110=100', '1930=-100')], withPw);
    expect(p.code, p.stderr).toBe(0);
    const v = await run(['verify', file, '--json'], withPw);
    expect([v.code, jsonOut(v).ok]).toStrictEqual([0, true]);
  });

  it('lösenordet tas från standard in, aldrig som argument; för kort lösenord nekas', async () => {
    tmp = cliTempDir();
    const file = tmp.file();
    expect((await run(newAbArgs(file))).code).toBe(0);
    const asArg = await run(['encrypt', file, '--password', PASSWORD]);
    expect(asArg.code).toBe(2);
    // Standard in is read only when asked for: without KONTERA_PASSWORD the command says how.
    const unasked = await run(['encrypt', file]);
    expect(unasked.code).toBe(2);
    expect(unasked.stderr).toMatch(/^FEL usage: Ange lösenordet i miljövariabeln KONTERA_PASSWORD eller på standard in med --password-stdin/);
    const short = await run(['encrypt', file, '--password-stdin'], {}, 'kort\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/^FEL weak-password: Lösenordet måste ha minst 8 tecken/);
    expect((await run(['report', 'trial-balance', file])).code).toBe(0);
    const piped = await run(['encrypt', file, '--password-stdin'], {}, `${PASSWORD}\n`);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toMatch(/Återställningsnyckel: /);
    expect((await run(['report', 'trial-balance', file])).code).toBe(1);
    expect((await run(['report', 'trial-balance', file], { KONTERA_PASSWORD: PASSWORD })).code).toBe(0);
  });

  it('backups listar krypterade kopior, backup-settings sätter andra plats, restore återställer en krypterad kopia', async () => {
    const { file, recoveryKey } = await encryptedCompany();
    const b = await run(['backup', file, '--json'], withPw);
    expect(b.code, b.stderr).toBe(0);
    const backup = jsonOut(b).path as string;

    const listed = await run(['backups', file, '--json'], withPw);
    expect(listed.code, listed.stderr).toBe(0);
    const list = jsonOut(listed);
    expect(list.kind).toBe('encrypted');
    expect(list.backups.map((x: { path: string; encrypted: boolean; intact: boolean | null }) => [x.path, x.encrypted, x.intact])).toStrictEqual([[backup, true, true]]);
    // Without the password the list still shows the encrypted copy (checked on restore).
    const blind = await run(['backups', file]);
    expect(blind.code, blind.stderr).toBe(0);
    expect(blind.stdout).toContain('är en krypterad företagsfil. 1 säkerhetskopior:');
    expect(blind.stdout).toContain(backup);

    const second = path.join(tmp!.dir, 'andra');
    mkdirSync(second);
    const set = await run(['backup-settings', file, '--second-location', second, '--auto', 'av', '--json'], withPw);
    expect(set.code, set.stderr).toBe(0);
    expect(jsonOut(set)).toMatchObject({ secondBackupDir: second, autoBackup: false, encrypted: true });
    const shown = await run(['backup-settings', file], withPw);
    expect(shown.stdout).toContain(`Andra plats:                 ${second}`);
    const missing = await run(['backup-settings', file, '--second-location', path.join(second, 'finns-inte')], withPw);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^FEL cannot-write: /);

    // Post after the backup; restoring takes the books back to the backup.
    expect((await run(['post', file, '--date', '2026-03-07', '--text', 'Efter kopian', ...lineArgs('6110=50', '1930=-50')], withPw)).code).toBe(0);
    const noKey = await run(['restore', backup, file]);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/^FEL wrong-password: Säkerhetskopian .* är krypterad/);
    const unset = await run(['restore', backup, file, '--password-env', 'MITT_LOSENORD']);
    expect(unset.code).toBe(2);

    const r = await run(['restore', backup, file, '--password-env', 'MITT_LOSENORD', '--json'], { MITT_LOSENORD: PASSWORD });
    expect(r.code, r.stderr).toBe(0);
    const restored = jsonOut(r);
    expect(restored.file).toBe(file);
    expect(existsSync(restored.keptAside)).toBe(true);
    const after = await run(['show', file, 'A2'], withPw);
    expect(after.code).toBe(1);
    const v = await run(['verify', file, '--json'], withPw);
    expect([v.code, jsonOut(v).ok]).toStrictEqual([0, true]);

    // The recovery key works too (here as an argument; KONTERA_RECOVERY_KEY is the safer way).
    const r2 = await run(['restore', backup, file, '--recovery-key', recoveryKey]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stdout).toContain(`Återställde ${file}.`);
    const tb = await run(['report', 'trial-balance', file, '--json'], { KONTERA_RECOVERY_KEY: recoveryKey });
    expect(tb.code, tb.stderr).toBe(0);
  });
});
