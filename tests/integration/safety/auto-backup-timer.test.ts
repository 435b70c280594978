/**
 * Automatic daily backups are triggered by the host: startAutoBackup checks when a company is
 * opened and then on its timer, with the host's clock (fixed here). At most one backup a day per
 * file, the next day another, rotation keeps what the rule says, and a failing folder is a
 * warning event, never a crash.
 */
import { readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { Session, type Clock } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { defaultBackupDir } from '../../../electron/db/backup.js';
import { startAutoBackup, type AutoBackupTimer } from '../../../electron/server/workflows/autoBackupTimer.js';
import type { ApiEvent } from '../../../shared/api/events.js';

let c: TestCompany;
let timer: AutoBackupTimer | null = null;
afterEach(() => {
  timer?.stop();
  timer = null;
  c?.cleanup();
});

function movableClock(start: string): Clock & { set(instant: string): void } {
  let now = start;
  return { now: () => now, today: () => now.slice(0, 10) as never, set: (i) => { now = i; } };
}

const autos = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.kontera-backup')).sort();

async function ok<T>(p: Promise<{ ok: boolean; value?: T; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

describe('automatiska säkerhetskopior startas av värden', () => {
  it('öppnad två gånger samma dag ger en kopia, nästa dag en till; timern tar nya dagar medan filen är öppen', async () => {
    c = await newCompany();
    await c.post('2026-03-05 A "Kontor"\n  6110 100\n  1930 -100\n');
    await c.call('company.close', {});
    const clock = movableClock('2026-12-03T08:00:00.000Z');
    const s = new Session(clock, 'testare');
    const events: ApiEvent[] = [];
    timer = startAutoBackup(s, clock, { emit: (e) => events.push(e), intervalMs: 1e9 });
    const dir = defaultBackupDir(c.file);

    await ok(dispatch(s, 'company.open', { path: c.file }));
    await timer.idle();
    expect(autos(dir)).toEqual(['bolag-20261203-080000.kontera-backup']);
    await ok(dispatch(s, 'company.close', {}));
    clock.set('2026-12-03T21:30:00.000Z');
    await ok(dispatch(s, 'company.open', { path: c.file }));
    await timer.idle();
    expect(autos(dir)).toEqual(['bolag-20261203-080000.kontera-backup']);

    clock.set('2026-12-04T06:00:00.000Z'); // under 24 hours later, but another day
    await timer.tick();
    expect(autos(dir)).toEqual(['bolag-20261203-080000.kontera-backup', 'bolag-20261204-060000.kontera-backup']);
    await timer.tick();
    expect(autos(dir).length).toBe(2);
    expect(events.filter((e) => e.type === 'log' && e.level === 'info').length).toBe(2);
    expect(events.some((e) => e.type === 'log' && e.level === 'warning')).toBe(false);
    const audit = await ok(dispatch(s, 'audit.list', { offset: 0, limit: 20 })) as { rows: { action: string }[] };
    expect(audit.rows.filter((a) => a.action === 'backup.automatic').length).toBe(2);
    await ok(dispatch(s, 'company.close', {}));
  });

  it('rotationen behåller 7 dagar, nyaste per vecka och månad', async () => {
    c = await newCompany();
    await c.call('company.close', {});
    const clock = movableClock('2026-12-03T09:00:00.000Z');
    const s = new Session(clock, 'testare');
    timer = startAutoBackup(s, clock, { intervalMs: 1e9 });
    await ok(dispatch(s, 'company.open', { path: c.file }));
    await timer.idle();
    for (let day = 4; day <= 16; day++) {
      clock.set(`2026-12-${String(day).padStart(2, '0')}T09:00:00.000Z`);
      await timer.tick();
    }
    const days = autos(defaultBackupDir(c.file)).map((f) => f.slice(6, 14));
    expect(days).toEqual(['20261206', '20261210', '20261211', '20261212', '20261213', '20261214', '20261215', '20261216']);
    await ok(dispatch(s, 'company.close', {}));
  });

  it('en mapp som inte går att skriva i blir en varning, värden fortsätter och andra mappen får sin kopia nästa gång', async () => {
    c = await newCompany();
    const second = path.join(c.dir, 'usb');
    mkdirSync(second);
    await c.call('safety.setSettings', { secondBackupDir: second });
    await c.call('company.close', {});
    rmSync(second, { recursive: true });
    writeFileSync(second, 'inte en mapp');
    const clock = movableClock('2026-12-03T09:00:00.000Z');
    const s = new Session(clock, 'testare');
    const events: ApiEvent[] = [];
    timer = startAutoBackup(s, clock, { emit: (e) => events.push(e), intervalMs: 1e9 });
    await ok(dispatch(s, 'company.open', { path: c.file }));
    await timer.idle();
    const warnings = events.filter((e) => e.type === 'log' && e.level === 'warning');
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatchObject({ message: expect.stringMatching(/säkerhetskopi/) });
    expect((await ok(dispatch(s, 'company.info', {})) as { name: string }).name).toBe('Testbolaget AB');
    rmSync(second);
    mkdirSync(second);
    await timer.tick();
    expect(autos(second).length).toBe(1);
    expect(autos(defaultBackupDir(c.file)).length).toBe(1);
    await ok(dispatch(s, 'company.close', {}));
  });

  it('stop() slutar lyssna: en öppning efteråt gör ingen kopia', async () => {
    c = await newCompany();
    await c.call('company.close', {});
    const clock = movableClock('2026-12-03T09:00:00.000Z');
    const s = new Session(clock, 'testare');
    const t = startAutoBackup(s, clock, { intervalMs: 1e9 });
    t.stop();
    await ok(dispatch(s, 'company.open', { path: c.file }));
    await t.idle();
    expect(readdirSync(c.dir).includes('bolag-backuper')).toBe(false);
    await ok(dispatch(s, 'company.close', {}));
  });
});
