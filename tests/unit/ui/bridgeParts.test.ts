/** The bridge's pieces on their own: the request guard, upload handles, static file paths. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, readCookie, cookieName } from '../../../electron/bridge/guard.js';
import { UploadStore, resolveHandles, safeName } from '../../../electron/bridge/uploads.js';
import { fileFor } from '../../../electron/bridge/static.js';

const cfg = { port: 5174, token: 'a'.repeat(48) };
const req = (o: Partial<Parameters<typeof judge>[0]> = {}) => ({ method: 'GET', host: '127.0.0.1:5174', origin: undefined, fetchSite: undefined, cookie: undefined, queryToken: null, ...o });

describe('bryggans vakt', () => {
  it('släpper in med cookie, eller med token i adressen på en GET (som sedan blir en cookie)', () => {
    expect(judge(req({ cookie: `x=1; ${cookieName(5174)}=${cfg.token}` }), cfg)).toEqual({ ok: true, via: 'cookie' });
    expect(judge(req({ queryToken: cfg.token }), cfg)).toEqual({ ok: true, via: 'query' });
    expect(judge(req({ method: 'POST', queryToken: cfg.token }), cfg)).toEqual({ ok: false, reason: 'token' });
  });
  it('nekar fel Host, fel Origin, cross-site och fel eller saknad token', () => {
    const cookie = `${cookieName(5174)}=${cfg.token}`;
    expect(judge(req({ cookie, host: 'evil:5174' }), cfg)).toEqual({ ok: false, reason: 'host' });
    expect(judge(req({ cookie, host: undefined }), cfg)).toEqual({ ok: false, reason: 'host' });
    expect(judge(req({ cookie, origin: 'http://evil' }), cfg)).toEqual({ ok: false, reason: 'origin' });
    expect(judge(req({ cookie, origin: 'null' }), cfg)).toEqual({ ok: false, reason: 'origin' });
    expect(judge(req({ cookie, fetchSite: 'same-site' }), cfg)).toEqual({ ok: false, reason: 'fetch-site' });
    expect(judge(req({ cookie: `${cookieName(5175)}=${cfg.token}` }), cfg)).toEqual({ ok: false, reason: 'token' });
    expect(judge(req({ queryToken: 'a'.repeat(47) }), cfg)).toEqual({ ok: false, reason: 'token' });
    expect(judge(req({ cookie, host: 'localhost:5174', origin: 'http://localhost:5174', fetchSite: 'same-origin' }), cfg)).toEqual({ ok: true, via: 'cookie' });
  });
  it('läser cookies utan att luras av liknande namn', () => {
    expect(readCookie('kontera_token_51740=x; kontera_token_5174=y', 'kontera_token_5174')).toBe('y');
    expect(readCookie(undefined, 'a')).toBeNull();
  });
});

describe('uppladdningar', () => {
  it('sparar under ett eget namn och byter handtag mot sökväg, djupt i indata', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kontera-up-'));
    try {
      const store = new UploadStore(path.join(dir, 'u'), 100);
      const up = store.save('..\\..\\Bokslut 2025.SE', Buffer.from('#FLAGGA 0'));
      expect(up.name).toBe('Bokslut_2025.SE');
      const r = resolveHandles({ path: up.handle, nested: [{ backup: up.handle }], other: 'upload:nope' }, store);
      expect(r).toEqual({ ok: true, value: { path: store.pathOf(up.handle), nested: [{ backup: store.pathOf(up.handle) }], other: 'upload:nope' } });
      expect(store.pathOf(up.handle)!.startsWith(path.join(dir, 'u'))).toBe(true);
      expect(resolveHandles({ path: `upload:${'f'.repeat(32)}` }, store)).toEqual({ ok: false, handle: `upload:${'f'.repeat(32)}` });
      store.dispose();
      expect(store.pathOf(up.handle)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('gör filnamn ofarliga', () => {
    expect(safeName('/etc/passwd')).toBe('passwd');
    expect(safeName('...')).toBe('fil');
    expect(safeName('Kvitto ÅÄÖ (1).pdf')).toBe('Kvitto_ÅÄÖ_1_.pdf');
  });
});

describe('statiska filer', () => {
  it('stannar inne i gränssnittets mapp och ger index.html för sidans vägar', () => {
    expect(fileFor('/srv/ui', '/')).toBe(path.resolve('/srv/ui/index.html'));
    expect(fileFor('/srv/ui', '/rapporter')).toBe(path.resolve('/srv/ui/index.html'));
    expect(fileFor('/srv/ui', '/assets/a.js')).toBe(path.resolve('/srv/ui/assets/a.js'));
    expect(fileFor('/srv/ui', '/../../etc/passwd.txt')).toBe(path.resolve('/srv/ui/etc/passwd.txt'));
    expect(fileFor('/srv/ui', '/%2e%2e/%2e%2e/etc/x.js')).toBe(path.resolve('/srv/ui/etc/x.js'));
    expect(fileFor('/srv/ui', '/%E0%A4%A.js')).toBeNull();
    expect(fileFor('/srv/ui', '/a%00.js')).toBeNull();
  });
});
