import { describe, it, expect, afterEach } from 'vitest';
import { readdirSync, writeFileSync, existsSync, mkdirSync, utimesSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newCompany, tempDir, type TestCompany } from '../../support/company.js';
import { Session, fixedClock } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';

let c: TestCompany | undefined;
afterEach(() => c?.cleanup());

const create = (s: Session, file: string, over: Record<string, unknown> = {}) => dispatch(s, 'company.create', {
  path: file, name: 'Test Enskild Firma', identity: '811218-9876', form: 'EF', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter', ...over,
} as never);

describe('the company file', () => {
  it('is built beside its target and never overwrites an existing company (case C22)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'firma.kontera');
    const s = new Session();
    expect((await create(s, file)).ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['firma.kontera']);
    const again = await create(s, file, { name: 'Annan firma' });
    expect(again.ok || again.error.code).toBe('file-exists');
    await dispatch(s, 'company.open', { path: file });
    const info = await dispatch(s, 'company.info', {});
    expect(info.ok && info.value).toMatchObject({ name: 'Test Enskild Firma', form: 'EF', identity: '811218-9876', identityKind: 'personnummer', vatMethod: 'kontant', vatPeriod: 'quarter' });
    await dispatch(s, 'company.close', {});
  });

  it('is SQLite with WAL, foreign keys and STRICT tables', async () => {
    c = await newCompany();
    const db = new Database(c.file, { readonly: true });
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(8);
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT\s*$/);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const fk = c.session.db?.raw.pragma('foreign_keys', { simple: true });
    expect(fk).toBe(1);
  });

  it('loads the BAS chart and the built-in templates for the form', async () => {
    c = await newCompany({ form: 'EF' });
    const accounts = await c.call('accounts.list', { includeInactive: true });
    expect(accounts.length).toBe(1223);
    const templates = (await c.call('templates.list', {})).map((t) => t.name);
    expect(templates).toContain('Eget uttag');
    expect(templates).not.toContain('Lön');
  });

  it('refuses a wrong identity, a wrong form of identity and a bad fiscal year in Swedish', async () => {
    const dir = tempDir();
    const s = new Session();
    const codes = async (over: Record<string, unknown>) => {
      const r = await create(s, path.join(dir, `${Math.random()}.kontera`), over);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await codes({ identity: '811218-9870' })).toBe('invalid-identity');
    expect(await codes({ form: 'AB' })).toBe('invalid-identity');
    expect(await codes({ form: 'EF', identity: '556000-0167' })).toBe('invalid-identity');
    expect(await codes({ fiscalYear: { start: '2026-07-01', end: '2027-06-30' } })).toBe('invalid-fiscal-year');
    expect(await codes({ form: 'AB', identity: '556000-0167', fiscalYear: { start: '2025-07-01', end: '2026-12-31' } })).toBe('ok');
    expect(await codes({ form: 'AB', identity: '556000-0167', fiscalYear: { start: '2025-01-01', end: '2026-12-31' } })).toBe('invalid-fiscal-year');
    expect(readdirSync(dir).filter((f) => f.includes('skapas'))).toEqual([]);
  });

  it('a later creation clears what a killed one left beside the target, but not one that may still be running', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'firma.kontera');
    const old = path.join(dir, '.firma.kontera.0123456789ab.skapas');
    const oldJournal = `${old}-journal`;
    const fresh = path.join(dir, '.firma.kontera.ba9876543210.skapas');
    const other = path.join(dir, '.annan.kontera.0123456789ab.skapas');
    for (const f of [old, oldJournal, fresh, other]) writeFileSync(f, 'halvfärdig');
    const s = new Session(fixedClock('2026-12-03T10:00:00.000Z'));
    const hourBefore = new Date('2026-12-03T09:00:00.000Z');
    for (const f of [old, oldJournal, other]) utimesSync(f, hourBefore, hourBefore);
    utimesSync(fresh, new Date('2026-12-03T09:58:00.000Z'), new Date('2026-12-03T09:58:00.000Z'));
    const r = await create(s, file);
    expect(r.ok).toBe(true);
    expect([existsSync(old), existsSync(oldJournal), existsSync(fresh), existsSync(other)]).toEqual([false, false, true, true]);
  });

  it('opening something that is not a company says so; reopening the open file is a no-op', async () => {
    c = await newCompany();
    const dir = tempDir();
    const junk = path.join(dir, 'inte.kontera');
    writeFileSync(junk, 'hej');
    const other = new Database(path.join(dir, 'annan.sqlite'));
    other.exec('CREATE TABLE t (x)');
    other.close();
    for (const f of [junk, path.join(dir, 'annan.sqlite')]) {
      const r = await c.raw('company.open', { path: f });
      expect(r.ok || r.error.code).toBe('not-a-company-file');
    }
    const folder = path.join(dir, 'mapp.kontera');
    mkdirSync(folder);
    const header = path.join(dir, 'trasig.kontera');
    writeFileSync(header, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(8192, 0x5a)]));
    for (const f of [folder, header]) {
      const r = await c.raw('company.open', { path: f });
      expect(r.ok || r.error.code).toBe('not-a-company-file');
    }
    const missing = await c.raw('company.open', { path: path.join(dir, 'borta.kontera') });
    expect(missing.ok || missing.error.code).toBe('file-not-found');
    const before = c.session.db;
    expect((await c.raw('company.open', { path: c.file })).ok).toBe(true);
    expect(c.session.db).toBe(before);
    expect(existsSync(c.file)).toBe(true);
  });

  it('a method that needs a company says so when none is open', async () => {
    const r = await dispatch(new Session(), 'reports.trialBalance', {});
    expect(r.ok || r.error.code).toBe('no-company');
  });
});
