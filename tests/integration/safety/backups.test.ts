/**
 * Automatic backups: made when the newest is a day old (not before), verified, a second copy in
 * the folder the user chose, old automatic ones rotated away (7 daily, 4 weekly, 12 monthly),
 * other backups never removed, interrupted copies never offered, and the list of backups
 * available for a file that no longer opens.
 */
import { existsSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { Session, fixedClock } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { defaultBackupDir } from '../../../electron/db/backup.js';
import { rotationKeep, isoWeek } from '../../../electron/server/workflows/autoBackupRotation.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

/** The same company in a session whose clock says `instant`. */
async function at(file: string, instant: string): Promise<Session> {
  const s = new Session(fixedClock(instant), 'testare');
  const r = await dispatch(s, 'company.open', { path: file });
  if (!r.ok) throw new Error(r.error.message);
  return s;
}
const call = async (s: Session, m: 'safety.autoBackup', i: object) => {
  const r = await dispatch(s, m, i);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('rotationsregeln', () => {
  it('behåller nyaste per dag (7), ISO-vecka (4) och månad (12)', () => {
    const daily = Array.from({ length: 400 }, (_, i) => ({ path: `b${i}`, createdAt: new Date(Date.UTC(2026, 11, 31) - i * 86_400_000).toISOString() }));
    const keep = rotationKeep(daily);
    const kept = daily.filter((b) => keep.has(b.path)).map((b) => b.createdAt.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual(['2026-12-31', '2026-12-30', '2026-12-29', '2026-12-28', '2026-12-27', '2026-12-26', '2026-12-25']);
    expect(new Set(kept.map((d) => d.slice(0, 7))).size).toBe(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.at(-1)).toBe('2026-01-31');
    expect(isoWeek('2026-01-01T10:00:00Z')).toBe('2026-W01');
    expect(isoWeek('2027-01-01T10:00:00Z')).toBe('2026-W53');
  });

  it('en enda kopia behålls alltid', () => {
    expect([...rotationKeep([{ path: 'x', createdAt: '2020-01-01T00:00:00Z' }])]).toEqual(['x']);
  });
});

describe('automatiska säkerhetskopior', () => {
  it('görs när den nyaste är ett dygn gammal, inte förr, och roterar bara automatiska', async () => {
    c = await newCompany();
    await c.post('2026-03-05 A "Kontor"\n  6110 100\n  1930 -100\n');
    const manual = await c.call('backup.create', {});
    await c.call('company.close', {});
    const first = await at(c.file, '2026-12-03T11:00:00.000Z');
    expect((await call(first, 'safety.autoBackup', {})).folders[0]?.made).toBeNull();
    await dispatch(first, 'company.close', {});
    for (let d = 0; d < 40; d++) {
      const s = await at(c.file, new Date(Date.UTC(2026, 11, 5 + d, 9)).toISOString());
      const r = await call(s, 'safety.autoBackup', {});
      expect(r.folders[0]?.made, `dag ${d}`).not.toBeNull();
      expect((await call(s, 'safety.autoBackup', {})).folders[0]?.made).toBeNull();
      await dispatch(s, 'company.close', {});
    }
    const s = await at(c.file, '2027-01-20T12:00:00.000Z');
    const list = await dispatch(s, 'safety.backups', { path: c.file });
    if (!list.ok) throw new Error(list.error.message);
    const autos = list.value.backups.filter((b) => b.reason === 'automatisk');
    expect(autos.length).toBe(7 + 3);
    expect(list.value.backups.some((b) => b.path === manual.path)).toBe(true);
    expect(list.value.backups.every((b) => b.intact === true && b.vouchers === 1)).toBe(true);
    await dispatch(s, 'company.close', {});
  });

  it('skriver en andra kopia i mappen användaren valt och loggar inställningen', async () => {
    c = await newCompany();
    const second = path.join(c.dir, 'usb');
    mkdirSync(second);
    const set = await c.call('safety.setSettings', { secondBackupDir: second });
    expect(set).toMatchObject({ secondBackupDir: second, autoBackup: true, encrypted: false, rotation: { daily: 7, weekly: 4, monthly: 12 } });
    const r = await c.call('safety.autoBackup', {});
    expect(r.folders.map((f) => [f.kind, f.made !== null])).toEqual([['primary', true], ['second', true]]);
    expect(readdirSync(second).filter((f) => f.endsWith('.kontera-backup')).length).toBe(1);
    const audit = await c.call('audit.list', { offset: 0, limit: 10 });
    expect(audit.rows.map((a) => a.action)).toContain('safety.settings');
    expect(audit.rows.map((a) => a.action)).toContain('backup.automatic');
    const bad = await c.raw('safety.setSettings', { secondBackupDir: path.join(c.dir, 'finns-inte') });
    expect(bad.ok ? null : bad.error.code).toBe('cannot-write');
    const off = await c.call('safety.setSettings', { autoBackup: false, secondBackupDir: null });
    expect(off).toMatchObject({ autoBackup: false, secondBackupDir: null });
    expect((await c.call('safety.autoBackup', {})).folders).toEqual([]);
  });

  it('en avbruten kopia (utan sidofil) erbjuds aldrig; listan fungerar när filen inte går att öppna', async () => {
    c = await newCompany();
    await c.post('2026-03-05 A "Kontor"\n  6110 100\n  1930 -100\n');
    const made = await c.call('safety.autoBackup', { force: true });
    const good = made.folders[0]?.made as string;
    await c.call('company.close', {});
    writeFileSync(path.join(defaultBackupDir(c.file), 'bolag-20261203-235959.kontera-backup'), 'halv');
    writeFileSync(c.file, Buffer.alloc(8192, 7));
    const opened = await c.raw('company.open', { path: c.file });
    expect(opened.ok ? null : opened.error.code).toBe('not-a-company-file');
    const list = await c.call('safety.backups', { path: c.file });
    expect(list.kind).toBe('not-company');
    expect(list.backups.map((b) => b.path)).toEqual([good]);
    expect(list.backups[0]).toMatchObject({ intact: true, vouchers: 1, encrypted: false });
    const restored = await c.call('backup.restore', { backup: good, file: c.file });
    expect(restored.keptAside).not.toBeNull();
    await c.call('company.open', { path: c.file });
    expect((await c.call('verify', {})).vouchers).toBe(1);
    expect(existsSync(c.file)).toBe(true);
    expect((await c.call('safety.backups', { path: path.join(c.dir, 'saknas.kontera') })).kind).toBe('missing');
  });

  it('en kopia vars innehåll skadats efteråt visas som inte hel', async () => {
    c = await newCompany();
    const made = await c.call('safety.autoBackup', { force: true });
    const p = made.folders[0]?.made as string;
    copyFileSync(p, `${p}.orig`);
    writeFileSync(p, Buffer.alloc(4096, 1));
    const list = await c.call('safety.backups', { path: c.file });
    expect(list.backups[0]).toMatchObject({ path: p, intact: false });
  });
});
