/**
 * Bridge checks beyond tests/integration/bridge/security.test.ts: an upload without the token is
 * refused and stores nothing; a wrong token of the right length and a missing Host are refused;
 * a valid session still cannot read files outside the renderer folder by URL tricks
 * (encoded dot-dot, backslashes, NUL), checked against a secret file placed beside that folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startBridge, type Bridge } from '../../electron/bridge/server.js';
import { fileFor } from '../../electron/bridge/static.js';

let bridge: Bridge;
let dir: string;
let renderer: string;

interface Res { status: number; headers: Record<string, string | string[] | undefined>; body: string }
function send(o: { method?: string; path: string; headers?: Record<string, string | undefined>; body?: string }): Promise<Res> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries({ Host: `127.0.0.1:${bridge.port}`, ...o.headers })) if (v !== undefined) headers[k] = v;
    const req = request({ host: '127.0.0.1', port: bridge.port, method: o.method ?? 'GET', path: o.path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (o.body) req.write(o.body);
    req.end();
  });
}
const cookieOf = (r: Res) => String((r.headers['set-cookie'] as string[] | undefined)?.[0] ?? '').split(';')[0] ?? '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kontera-bro-'));
  renderer = path.join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Kontera</title>');
  writeFileSync(path.join(dir, 'hemlig.txt'), 'HEMLIGT-INNEHALL');
  bridge = await startBridge({ port: 0, rendererDir: renderer, defaultDir: dir, maxUploadBytes: 1024 });
});
afterAll(async () => {
  await bridge.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bryggan, luckor som de andra testerna inte täcker', () => {
  it('uppladdning utan token nekas och sparar ingenting', async () => {
    const before = readdirSync(dir, { recursive: true }).length;
    const r = await send({ method: 'POST', path: '/api/upload?name=x.se', body: 'hej' });
    expect(r.status).toBe(403);
    expect(readdirSync(dir, { recursive: true }).length).toBe(before);
  });

  it('fel token med rätt längd och saknad Host nekas', async () => {
    const wrong = bridge.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await send({ path: `/?token=${wrong}` })).status).toBe(403);
    // Node's HTTP server already answers 400 to an HTTP/1.1 request without Host.
    expect([400, 403]).toContain((await send({ path: `/?token=${bridge.token}`, headers: { Host: undefined } })).status);
  });

  it('en giltig session kan inte läsa filer utanför renderer-mappen', async () => {
    const cookie = cookieOf(await send({ path: `/?token=${bridge.token}` }));
    for (const p of ['/../hemlig.txt', '/%2e%2e/hemlig.txt', '/%2e%2e%2fhemlig.txt', '/..%5chemlig.txt', '/assets/..%2f..%2fhemlig.txt', '/hemlig.txt%00.html', '//hemlig.txt']) {
      const r = await send({ path: p, headers: { Cookie: cookie } });
      expect(r.body, p).not.toContain('HEMLIGT');
    }
  });

  it('fileFor stannar i roten för godtyckliga sökvägar (fast-check, 500 fall)', () => {
    const seg = fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', 'a', 'b.js', '%00', '\\', '/', '%252e');
    fc.assert(fc.property(fc.array(seg, { maxLength: 8 }), (parts) => {
      const f = fileFor('/srv/ui', `/${parts.join('/')}`);
      return f === null || f === '/srv/ui' || f.startsWith('/srv/ui/');
    }), { seed: 11, numRuns: 500 });
  });
});
