/**
 * Undoing a SIE import on an encrypted company: the backup taken before the import is encrypted
 * with the same data key, so the undo checks it with that key and reopens the restored file with
 * it (the plain opener cannot read an encrypted file). The books are as before the import, still
 * encrypted, and posting goes on.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';

const PASSWORD = 'korrekt häst batteri';
let c: TestCompany;
afterEach(() => c?.cleanup());

const SIE = '#FLAGGA 0\n#SIETYP 4\n#FNAMN "Testbolaget AB"\n#ORGNR 556000-0167\n#RAR 0 20260101 20261231\n#VER A 2 20260310 "Från SIE"\n{\n#TRANS 6110 {} 100.00\n#TRANS 1930 {} -100.00\n}\n';

describe('ångra en SIE-import i en krypterad företagsfil', () => {
  it('återställer den krypterade kopian med nyckeln och öppnar filen igen med den', async () => {
    c = await newCompany();
    await c.post('2026-03-05 A "Hemlig leverantör Ärlig AB"\n  6110 800,00\n  2641 200,00\n  1930 -1000,00\n');
    await c.call('safety.encrypt', { password: PASSWORD });
    const sie = path.join(c.dir, 'in.se');
    writeFileSync(sie, encodeSieText(SIE));
    await c.call('sie.import', { path: sie });
    expect((await c.call('vouchers.list', { offset: 0, limit: 100 })).rows.map((r) => r.text).sort()).toEqual(['Från SIE', 'Hemlig leverantör Ärlig AB']);

    const u = await c.call('sie.undoImport', {});
    expect(u.file).toBe(c.file);
    expect(u.keptAside && existsSync(u.keptAside)).toBe(true);
    // The session holds the reopened, still encrypted file.
    expect(c.session.db?.encrypted).toBe(true);
    expect((await c.call('safety.settings', {})).encrypted).toBe(true);
    expect((await c.call('vouchers.list', { offset: 0, limit: 100 })).rows.map((r) => r.text)).toEqual(['Hemlig leverantör Ärlig AB']);
    expect((await c.call('audit.list', { offset: 0, limit: 1 })).rows[0]?.action).toBe('sie.import-undone');
    expect((await c.call('verify', {})).ok).toBe(true);
    await c.post('2026-03-07 A "Efter ångrad import"\n  6110 50,00\n  1930 -50,00\n');
    expect(readFileSync(c.file).includes(Buffer.from('Hemlig leverant'))).toBe(false);
    await c.call('company.close', {});

    // The restored file opens with the password in a new session, not with the plain opener.
    const plain = await dispatch(new Session(), 'company.open', { path: c.file });
    expect(plain.ok).toBe(false);
    const s = new Session();
    expect((await dispatch(s, 'safety.openEncrypted', { path: c.file, password: PASSWORD })).ok).toBe(true);
    const v = await dispatch(s, 'verify', {});
    expect(v.ok && v.value).toMatchObject({ ok: true, vouchers: 2 });
    await dispatch(s, 'company.close', {});
  });
});
