/** The desktop's plain modules: backend RPC over a real Session, the recent list on disk, host answers, app:// files. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendClient, BACKEND_GONE, type BackendMessage } from '../../../electron/main/rpc.js';
import { backendHandler } from '../../../electron/main/backend/core.js';
import { RecentStore } from '../../../electron/main/recent.js';
import { hostHandler } from '../../../electron/main/host.js';
import { resolveAppFile, appResponse } from '../../../electron/main/protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security.js';
import { Session, fixedClock } from '../../../electron/server/context.js';

const dirs: string[] = [];
const temp = () => { const d = mkdtempSync(path.join(tmpdir(), 'kontera-ui-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('motorn i en egen process (här: i samma process, samma meddelanden)', () => {
  it('svarar på varje anrop med rätt id, också när två anrop är ute samtidigt, med ett riktigt företag', async () => {
    let handle: (req: unknown) => Promise<void> = async () => {};
    const client = new BackendClient((req) => void handle(req), () => {});
    handle = backendHandler(new Session(fixedClock('2026-03-01T10:00:00.000Z'), 'testare'), (m: BackendMessage) => client.receive(m));
    const dir = temp();
    const file = path.join(dir, 'firma.kontera');
    const [none, created] = await Promise.all([
      client.call('company.info', {}),
      client.call('company.create', { path: file, name: 'Firma', identity: '811218-9876', form: 'EF', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'year' }),
    ]);
    expect(none).toMatchObject({ ok: false, error: { code: 'no-company' } });
    expect(created).toMatchObject({ ok: true, value: { file } });
    expect(await client.call('company.open', { path: file })).toMatchObject({ ok: true, value: { name: 'Firma', form: 'EF' } });
    expect(await client.call('nope.method', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(client.pending).toBe(0);
    await client.call('company.close', {});
  });

  it('svarar med ett felvärde, aldrig ett kastat fel eller en hängning, när motorn dör', async () => {
    const client = new BackendClient(() => {}, () => {});
    const waiting = client.call('vouchers.list', {});
    client.failAll();
    expect(await waiting).toEqual(BACKEND_GONE);
    const broken = new BackendClient(() => { throw new Error('stängd'); }, () => {});
    expect(await broken.call('company.info', {})).toEqual(BACKEND_GONE);
  });
});

describe('senaste företag (userData)', () => {
  it('lägger senast öppnade först, en gång, högst tio, och markerar filer som saknas (C22)', () => {
    const dir = temp();
    const a = path.join(dir, 'a.kontera');
    writeFileSync(a, '');
    const store = new RecentStore(path.join(dir, 'cfg', 'senaste.json'));
    store.add({ path: a, name: 'A' }, '2026-01-01T00:00:00Z');
    store.add({ path: path.join(dir, 'borta.kontera'), name: 'Borta' }, '2026-01-02T00:00:00Z');
    const list = store.add({ path: a, name: 'A AB' }, '2026-01-03T00:00:00Z');
    expect(list.map((r) => [r.name, r.missing])).toEqual([['A AB', false], ['Borta', true]]);
    for (let i = 0; i < 12; i++) store.add({ path: path.join(dir, `${i}.kontera`), name: String(i) }, '2026-02-01T00:00:00Z');
    expect(store.list()).toHaveLength(10);
    expect(store.remove(path.join(dir, '11.kontera')).map((r) => r.name)).not.toContain('11');
  });

  it('klarar en trasig listfil: börjar om med en tom lista i stället för att krascha', () => {
    const dir = temp();
    const f = path.join(dir, 'senaste.json');
    writeFileSync(f, '{ inte json');
    expect(new RecentStore(f).list()).toEqual([]);
    writeFileSync(f, JSON.stringify([{ path: '/x.kontera', name: 'X', openedAt: 'i går' }, { nonsens: true }, 'sträng']));
    expect(new RecentStore(f).list().map((r) => r.path)).toEqual(['/x.kontera']);
  });
});

describe('värdens svar till sidan', () => {
  it('visar rätt dialog och lämnar tillbaka den valda sökvägen, eller null vid avbryt', async () => {
    const specs: unknown[] = [];
    const dir = temp();
    const host = hostHandler({
      recent: new RecentStore(path.join(dir, 'r.json')), now: () => '2026-01-01T00:00:00Z',
      info: () => ({ mode: 'desktop', defaultDir: dir, platform: 'linux', startupFile: '/borta.kontera' }),
      showDialog: async (s) => { specs.push(s); return s.type === 'save' ? null : '/vald.kontera'; },
    });
    expect(await host('host.pickFile', { kind: 'open-company' })).toEqual({ ok: true, value: '/vald.kontera' });
    expect(await host('host.pickFile', { kind: 'save-company' })).toEqual({ ok: true, value: null });
    expect(await host('host.pickFile', { kind: 'rm -rf' })).toMatchObject({ ok: false });
    expect(specs).toHaveLength(2);
    expect(await host('host.pickFile', { kind: 'save-sie', suggestedName: 'Bolaget_AB-2026.se' })).toEqual({ ok: true, value: null });
    expect(await host('host.pickFile', { kind: 'save-vat', suggestedName: 'moms.xml' })).toEqual({ ok: true, value: null });
    expect(specs.slice(2)).toMatchObject([{ title: 'Exportera SIE-fil', defaultName: 'Bolaget_AB-2026.se' }, { filters: [{ extensions: ['xml'] }], defaultName: 'moms.xml' }]);
    specs.length = 2;
    expect(await host('host.info', {})).toMatchObject({ ok: true, value: { mode: 'desktop', startupFile: '/borta.kontera' } });
    expect(await host('host.recent.add', { path: '/a.kontera', name: 'A' })).toMatchObject({ ok: true, value: [{ path: '/a.kontera', missing: true }] });
    expect(await host('host.okänd', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('app://-protokollet', () => {
  it('serverar bara filer inne i det byggda gränssnittet, med CSP', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<title>K</title>');
    writeFileSync(path.join(root, 'assets', 'a.js'), 'x');
    expect(resolveAppFile('app://kontera/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://kontera/assets/a.js', root)).toBe(path.join(root, 'assets', 'a.js'));
    for (const evil of ['app://kontera/../../etc/passwd.txt', 'app://kontera/%2e%2e/%2e%2e/etc/passwd.txt', 'app://kontera/..%2f..%2fetc%2fpasswd.txt']) {
      const f = resolveAppFile(evil, root);
      expect(f === null || f.startsWith(root + path.sep)).toBe(true);
    }
    expect(resolveAppFile('app://kontera/%00.js', root)).toBeNull();
    expect(resolveAppFile('app://annan/index.html', root)).toBeNull();
    const ok = await appResponse('app://kontera/index.html', root);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toContain('text/html');
    expect((await appResponse('app://kontera/saknas.js', root)).status).toBe(404);
  });
});
