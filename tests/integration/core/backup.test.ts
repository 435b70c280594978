import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { newCompany, tempDir, type TestCompany } from '../../support/company.js';
import { openDb, closeDb } from '../../../electron/db/connection.js';
import { migrate, LATEST_VERSION } from '../../../electron/db/migrate.js';
import { migrations } from '../../../migrations/index.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

describe('backups', () => {
  it('an online backup is verified and records the chain head beside it and in the audit log', async () => {
    c = await newCompany();
    const [v] = await c.post(`2026-03-05 A "Kontor"\n  6110 800\n  1930 -800\n`);
    const dir = tempDir();
    const b = await c.call('backup.create', { to: dir });
    expect(b).toMatchObject({ vouchers: 1, chainHead: v?.hash });
    expect(JSON.parse(readFileSync(`${b.path}.json`, 'utf8'))).toMatchObject({ chainHead: v?.hash, vouchers: 1 });
    expect((await c.call('audit.list', { offset: 0, limit: 1 })).rows[0]).toMatchObject({ action: 'backup.created', details: { chainHead: v?.hash } });
  });

  it('restore keeps the current file aside and brings back the backed-up books', async () => {
    c = await newCompany();
    await c.post(`2026-03-05 A "Kontor"\n  6110 800\n  1930 -800\n`);
    const b = await c.call('backup.create', {});
    await c.post(`2026-03-06 A "Efter backup"\n  6110 100\n  1930 -100\n`);
    const r = await c.call('backup.restore', { backup: b.path, file: c.file });
    expect(r.keptAside && existsSync(r.keptAside)).toBe(true);
    await c.call('company.open', { path: c.file });
    expect((await c.call('vouchers.list', { offset: 0, limit: 10 })).rows.map((x) => x.text)).toEqual(['Kontor']);
    expect((await c.call('verify', {})).ok).toBe(true);
    await c.call('company.open', { path: r.keptAside as string });
    expect((await c.call('vouchers.list', { offset: 0, limit: 10 })).total).toBe(2);
  });

  it('refuses to restore something that is not a backup', async () => {
    c = await newCompany();
    const r = await c.raw('backup.restore', { backup: path.join(c.dir, 'finns-inte'), file: c.file });
    expect(r.ok || r.error.code).toBe('file-not-found');
  });
});

describe('migrations', () => {
  const extra = { version: LATEST_VERSION + 1, name: 'test', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;' };

  it('an existing file is backed up and the backup verified before a migration runs', async () => {
    c = await newCompany();
    await c.post(`2026-03-05 A "Kontor"\n  6110 800\n  1930 -800\n`);
    const db = c.session.db;
    if (!db) throw new Error('no db');
    const r = await migrate(db, '2026-12-03T10:00:00.000Z', [...migrations, extra]);
    expect(r.from).toBe(LATEST_VERSION);
    expect(r.to).toBe(LATEST_VERSION + 1);
    expect(r.backup && existsSync(r.backup)).toBe(true);
    expect(readdirSync(path.dirname(r.backup as string)).some((f) => f.endsWith('.json'))).toBe(true);
    expect(db.raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
  });

  it('a failing migration leaves the file exactly as it was', async () => {
    c = await newCompany();
    await c.post(`2026-03-05 A "Kontor"\n  6110 800\n  1930 -800\n`);
    await c.call('company.close', {});
    const db = openDb(c.file);
    const broken = { version: LATEST_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);' };
    await expect(migrate(db, '2026-12-03T10:00:00.000Z', [...migrations, broken])).rejects.toThrow();
    expect(db.raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    closeDb(db);
    await c.call('company.open', { path: c.file });
    expect((await c.call('verify', {})).ok).toBe(true);
  });

  it('a file from a newer Kontera is refused with a clear message', async () => {
    c = await newCompany();
    c.session.db?.raw.pragma('user_version = 99');
    await c.call('company.close', {});
    const r = await c.raw('company.open', { path: c.file });
    expect(r.ok || r.error.code).toBe('schema-too-new');
  });
});
