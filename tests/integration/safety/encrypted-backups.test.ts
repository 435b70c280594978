/**
 * Everything that backs up works on an encrypted company, and every backup of an encrypted file
 * is itself encrypted (same key): backup.create, the backup before a bank or SIE import,
 * receipts, automatic backups and their listing, and restoring. No failed backup leaves an
 * empty or partial `.kontera-backup` behind.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { newCompany, type TestCompany } from '../../support/company.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { backupTo } from '../../../electron/db/backup.js';
import { keyFileOf } from '../../../electron/db/crypto.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';

const PASSWORD = 'korrekt häst batteri';
let c: TestCompany;
afterEach(() => c?.cleanup());

const unreadable = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'SQLITE_NOTADB';
  } finally {
    db.close();
  }
};

async function encryptedCompany(): Promise<string> {
  c = await newCompany();
  await c.post('2026-03-05 A "Hemlig leverantör Ärlig AB"\n  6110 800,00\n  2641 200,00\n  1930 -1000,00\n');
  return (await c.call('safety.encrypt', { password: PASSWORD })).recoveryKey;
}

const backupFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.json') && !f.endsWith('.kontera-nyckel')).sort() : []);

describe('säkerhetskopior av en krypterad företagsfil', () => {
  it('backup.create skriver en krypterad, kontrollerad kopia med nyckelfil och sidecar', async () => {
    await encryptedCompany();
    const b = await c.call('backup.create', {});
    expect(b).toMatchObject({ vouchers: 1 });
    expect(unreadable(b.path)).toBe(true);
    expect(readFileSync(b.path).includes(Buffer.from('Hemlig leverant'))).toBe(false);
    expect(existsSync(keyFileOf(b.path))).toBe(true);
    expect(JSON.parse(readFileSync(`${b.path}.json`, 'utf8'))).toMatchObject({ encrypted: true, vouchers: 1, reason: 'manuell', chainHead: b.chainHead });
    const list = await c.call('safety.backups', { path: c.file, check: true });
    expect(list.backups.map((x) => [x.path, x.encrypted, x.intact])).toEqual([[b.path, true, true]]);
  });

  it('bankimport och SIE-import tar sin säkerhetskopia först och går igenom', async () => {
    await encryptedCompany();
    const bank = await c.call('bank.import', { path: path.resolve('tests/fixtures/bank/swedbank/Transaktioner_synthetic.csv') });
    expect(bank.imported).toBeGreaterThan(0);
    const sie = path.join(c.dir, 'in.se');
    writeFileSync(sie, encodeSieText('#FLAGGA 0\n#SIETYP 4\n#FNAMN "Testbolaget AB"\n#ORGNR 556000-0167\n#RAR 0 20260101 20261231\n#VER A 2 20260310 "Från SIE"\n{\n#TRANS 6110 {} 100.00\n#TRANS 1930 {} -100.00\n}\n'));
    const imp = await c.call('sie.import', { path: sie });
    expect(imp).toBeTruthy();
    const list = await c.call('safety.backups', { path: c.file, check: true });
    const reasons = list.backups.map((b) => b.reason).sort();
    expect(reasons).toEqual(['före SIE-import', 'före bankimport']);
    expect(list.backups.every((b) => b.encrypted && b.intact === true && unreadable(b.path))).toBe(true);
    expect((await c.call('verify', {})).ok).toBe(true);
  });

  it('en krypterad kopia återställs med den öppna filens nyckel, med lösenordet och med återställningsnyckeln', async () => {
    const recoveryKey = await encryptedCompany();
    const b = await c.call('backup.create', {});
    await c.call('vouchers.post', { date: '2026-03-06', text: 'Efter kopian', lines: [{ account: '6110', amount: 100 }, { account: '1930', amount: -100 }] });
    const r = await c.call('backup.restore', { backup: b.path, file: c.file });
    expect(r.keptAside).toBeTruthy();
    expect(existsSync(keyFileOf(r.keptAside as string))).toBe(true);
    expect(unreadable(c.file)).toBe(true);
    const s = new Session();
    expect((await dispatch(s, 'safety.openEncrypted', { path: c.file, password: PASSWORD })).ok).toBe(true);
    const v = await dispatch(s, 'verify', {});
    expect(v.ok && v.value).toMatchObject({ ok: true, vouchers: 1 });
    await dispatch(s, 'company.close', {});

    const none = await dispatch(new Session(), 'backup.restore', { backup: b.path, file: c.file });
    expect(none.ok ? null : none.error.code).toBe('wrong-password');
    const wrong = await dispatch(new Session(), 'backup.restore', { backup: b.path, file: c.file, password: 'fel lösenord!' });
    expect(wrong.ok ? null : wrong.error.code).toBe('wrong-password');
    const byPassword = await dispatch(new Session(), 'backup.restore', { backup: b.path, file: c.file, password: PASSWORD });
    expect(byPassword.ok).toBe(true);
    const byRecovery = await dispatch(new Session(), 'backup.restore', { backup: b.path, file: c.file, recoveryKey });
    expect(byRecovery.ok).toBe(true);
    expect((await dispatch(s, 'safety.openEncrypted', { path: c.file, recoveryKey })).ok).toBe(true);
    await dispatch(s, 'company.close', {});
  });

  it('automatiska kopior listas och kontrolleras med nyckeln', async () => {
    await encryptedCompany();
    const r = await c.call('safety.autoBackup', { force: true });
    const made = r.folders[0]?.made as string;
    const list = await c.call('safety.backups', { path: c.file, check: true });
    expect(list.backups[0]).toMatchObject({ path: made, encrypted: true, vouchers: 1, intact: true, reason: 'automatisk' });
    await c.call('company.close', {});
    const closed = await c.call('safety.backups', { path: c.file, check: true });
    expect(closed.backups[0]).toMatchObject({ path: made, encrypted: true, intact: null });
  });

  it('en misslyckad kopia lämnar ingen tom eller halv fil efter sig', async () => {
    await encryptedCompany();
    const db = c.session.db!;
    const raw = db.raw;
    const real = raw.prepare.bind(raw);
    const dir = path.join(c.dir, 'kopior');
    const fake = (f: (sql: string) => Database.Statement | null) => {
      (raw as unknown as { prepare: typeof raw.prepare }).prepare = ((sql: string) => f(sql) ?? real(sql)) as typeof raw.prepare;
    };
    try {
      // The disk fills up half-way through the copy.
      fake((sql) => (sql.startsWith('VACUUM INTO') ? ({ run: (to: string) => { writeFileSync(to, Buffer.alloc(4096, 1)); throw Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }); } } as unknown as Database.Statement) : null));
      await expect(backupTo(db, dir, '2026-12-03T10:00:00.000Z', 'test')).rejects.toThrow(/disk full/);
      expect(readdirSync(dir)).toEqual([]);
      // The copy is not what was read: verification fails and the copy is removed too.
      let calls = 0;
      fake((sql) => (sql.startsWith('SELECT hash FROM vouchers') && ++calls === 1 ? real("SELECT 'förfalskad' AS hash") : null));
      await expect(backupTo(db, dir, '2026-12-03T10:00:00.000Z', 'test')).rejects.toThrow(/verification failed/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      (raw as unknown as { prepare: typeof raw.prepare }).prepare = real;
    }
    const ok = await backupTo(db, dir, '2026-12-03T10:00:00.000Z', 'test');
    expect(backupFiles(dir)).toEqual([path.basename(ok.path)]);
    expect(unreadable(ok.path)).toBe(true);
  });
});

describe('kvittoarkivet krypteras med företaget', () => {
  const pdf = (date: string, extra: string) => receiptPdf(ICA_LINES.map((l) => (l.startsWith('Datum') ? `Datum ${date}` : l)).concat([extra]));
  const add = async (name: string, bytes: Buffer) => {
    const f = path.join(c.dir, name);
    writeFileSync(f, bytes);
    return (await c.call('receipts.add', { paths: [f] }))[0]!;
  };

  it('arkivet går inte att läsa utan nyckeln; underlag före och efter krypteringen läses och verifierar', async () => {
    c = await newCompany();
    const before = await add('fore.pdf', pdf('2026-03-05', 'Hemligt kvitto före'));
    const archive = path.join(c.dir, 'bolag.kontera-arkiv');
    expect(readFileSync(archive).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    await c.call('safety.encrypt', { password: PASSWORD });
    expect(unreadable(archive)).toBe(true);
    const after = await add('efter.pdf', pdf('2026-03-06', 'Hemligt kvitto efter'));
    expect(after.duplicate).toBe(false);
    const v = await c.call('verify', {});
    expect(v).toMatchObject({ ok: true, problems: [] });
    const b = await c.call('backup.create', {});
    expect(unreadable(b.path)).toBe(true);
    await c.call('company.close', {});
    const bytes = readFileSync(archive);
    expect(bytes.includes(Buffer.from('Testbolaget'))).toBe(false);
    expect(bytes.includes(Buffer.from('%PDF'))).toBe(false);
    expect(unreadable(archive)).toBe(true);
    const s = new Session();
    expect((await dispatch(s, 'safety.openEncrypted', { path: c.file, password: PASSWORD })).ok).toBe(true);
    for (const r of [before, after]) {
      const got = await dispatch(s, 'receipts.get', { id: r.id });
      expect(got.ok && got.value.sha256).toBe(r.sha256);
      const img = await dispatch(s, 'receipts.image', { id: r.id });
      expect(img.ok).toBe(true);
    }
    const v2 = await dispatch(s, 'verify', {});
    expect(v2.ok && v2.value).toMatchObject({ ok: true, problems: [] });
    await dispatch(s, 'company.close', {});
  });

  it('ett okrypterat arkiv bredvid en krypterad fil krypteras när det öppnas', async () => {
    c = await newCompany();
    const first = await add('fore.pdf', pdf('2026-03-05', 'Första'));
    const archive = path.join(c.dir, 'bolag.kontera-arkiv');
    await c.call('company.close', {}); // checkpoints the archive's WAL too
    const plainCopy = readFileSync(archive);
    await c.call('company.open', { path: c.file });
    await c.call('safety.encrypt', { password: PASSWORD });
    await c.call('company.close', {});
    writeFileSync(archive, plainCopy); // as if the conversion at encrypt had been interrupted
    const s = new Session();
    expect((await dispatch(s, 'safety.openEncrypted', { path: c.file, password: PASSWORD })).ok).toBe(true);
    const img = await dispatch(s, 'receipts.image', { id: first.id });
    expect(img.ok ? 'ok' : img.error.code).toBe('ok');
    expect(unreadable(archive)).toBe(true);
    const v = await dispatch(s, 'verify', {});
    expect(v.ok && v.value).toMatchObject({ ok: true, problems: [] });
    await dispatch(s, 'company.close', {});
  });
});
