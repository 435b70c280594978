/**
 * The bridge refuses everything but its own page: a request needs the right Host, a same-origin
 * Origin when one is sent, and the per-run token (in the URL once, then in an HttpOnly cookie).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../electron/bridge/server.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security.js';

let bridge: Bridge;
let dir: string;

interface Res { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** Raw HTTP, so the test controls Host and Origin exactly as an attacker's page or a rebinding DNS would. */
function send(o: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, method: o.method ?? 'GET', path: o.path, headers: { Host: `127.0.0.1:${bridge.port}`, ...o.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (o.body) req.write(o.body);
    req.end();
  });
}

const cookieOf = (r: Res): string => String((r.headers['set-cookie'] as string[] | undefined)?.[0] ?? '').split(';')[0] ?? '';
const invoke = (cookie: string, method: string, input: unknown, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: '/api/invoke', headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ method, input }) });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kontera-bridge-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Kontera</title>');
  bridge = await startBridge({ port: 0, rendererDir: dir, defaultDir: dir, maxUploadBytes: 1024 });
});
afterAll(async () => {
  await bridge.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bryggans skydd', () => {
  it('binder bara 127.0.0.1 och skriver ut en adress med token', () => {
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[0-9a-f]{48}$`));
  });

  it('nekar utan token (403), både sidan och API:t', async () => {
    expect((await send({ path: '/' })).status).toBe(403);
    expect((await send({ path: '/?token=fel' })).status).toBe(403);
    const api = await invoke('', 'company.info', {});
    expect(api.status).toBe(403);
    expect(api.body).toContain('Åtkomst nekad');
    expect((await send({ path: '/api/events' })).status).toBe(403);
  });

  it('nekar en främmande Host (DNS-rebinding) även med rätt token', async () => {
    const r = await send({ path: `/?token=${bridge.token}`, headers: { Host: `evil.example:${bridge.port}` } });
    expect(r.status).toBe(403);
    expect((await send({ path: `/?token=${bridge.token}`, headers: { Host: '127.0.0.1:1' } })).status).toBe(403);
  });

  it('nekar en främmande Origin och cross-site-anrop även med giltig cookie', async () => {
    const first = await send({ path: `/?token=${bridge.token}` });
    const cookie = cookieOf(first);
    expect((await invoke(cookie, 'company.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke(cookie, 'company.info', {}, { Origin: `http://127.0.0.1:${bridge.port + 1}` })).status).toBe(403);
    expect((await invoke(cookie, 'company.info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await invoke(cookie, 'company.info', {}, { Origin: `http://localhost:${bridge.port}`, Host: `localhost:${bridge.port}` })).status).toBe(200);
  });

  it('flyttar token till en HttpOnly SameSite=Strict-cookie och städar adressen; cookien räcker sedan', async () => {
    const first = await send({ path: `/?token=${bridge.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const set = String((first.headers['set-cookie'] as string[])[0]);
    expect(set).toContain(`kontera_token_${bridge.port}=${bridge.token}`);
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    const cookie = cookieOf(first);
    const page = await send({ path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Kontera</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const info = JSON.parse((await invoke(cookie, 'company.info', {}, { Origin: `http://127.0.0.1:${bridge.port}`, 'Sec-Fetch-Site': 'same-origin' })).body) as { ok: boolean; error: { code: string } };
    expect(info).toMatchObject({ ok: false, error: { code: 'no-company' } });
    const host = JSON.parse((await invoke(cookie, 'host.info', {})).body) as { value: { mode: string; defaultDir: string } };
    expect(host.value).toMatchObject({ mode: 'browser', defaultDir: dir });
    expect((await invoke(`kontera_token_${bridge.port}=${'0'.repeat(48)}`, 'company.info', {})).status).toBe(403);
  });

  it('tar emot filer som uppladdning med ett handtag, aldrig klientens sökväg, och med ett storlekstak', async () => {
    const cookie = cookieOf(await send({ path: `/?token=${bridge.token}` }));
    const up = await send({ method: 'POST', path: '/api/upload?name=../../etc/passwd', headers: { Cookie: cookie }, body: 'hej' });
    const v = (JSON.parse(up.body) as { value: { handle: string; name: string; size: number } }).value;
    expect(v.handle).toMatch(/^upload:[0-9a-f]{32}$/);
    expect(v.name).toBe('passwd');
    expect(v.size).toBe(3);
    const opened = JSON.parse((await invoke(cookie, 'company.open', { path: v.handle })).body) as { ok: boolean; error: { code: string } };
    expect(opened.ok).toBe(false);
    expect(opened.error.code).not.toBe('file-not-found');
    const unknown = JSON.parse((await invoke(cookie, 'company.open', { path: `upload:${'a'.repeat(32)}` })).body) as { error: { message: string } };
    expect(unknown.error.message).toContain('uppladdade filen finns inte');
    const big = await send({ method: 'POST', path: '/api/upload?name=stor.se', headers: { Cookie: cookie }, body: Buffer.alloc(2048) });
    expect(big.status).toBe(413);
    expect(big.body).toContain('större än');
  });

  it('kräver JSON för anrop (ett formulär från en annan sida kan inte skicka)', async () => {
    const cookie = cookieOf(await send({ path: `/?token=${bridge.token}` }));
    const r = await send({ method: 'POST', path: '/api/invoke', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{"method":"company.info"}' });
    expect(r.status).toBe(415);
  });
});
