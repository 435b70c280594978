/** Progress events reach the page over SSE while a method runs; files travel as uploads (the SIE example). */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../electron/bridge/server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let bridge: Bridge;
let dir: string;
let cookie: string;

function call(method: string, p: string, body: Buffer | string, type: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, method, path: p, headers: { Host: `127.0.0.1:${bridge.port}`, Cookie: cookie, 'Content-Type': type } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kontera-sse-'));
  bridge = await startBridge({ port: 0, rendererDir: dir, defaultDir: dir });
  const first = await new Promise<IncomingMessage>((resolve) => request({ host: '127.0.0.1', port: bridge.port, path: `/?token=${bridge.token}`, headers: { Host: `127.0.0.1:${bridge.port}` } }, resolve).end());
  cookie = String((first.headers['set-cookie'] as string[])[0]).split(';')[0] as string;
  first.resume();
});
afterAll(async () => {
  await bridge.close();
  rmSync(dir, { recursive: true, force: true });
});

it('skickar förloppshändelser över SSE medan en uppladdad SIE-fil förhandsgranskas', async () => {
  const events: { type: string; job?: string; done?: number; total?: number }[] = [];
  const sse = await new Promise<IncomingMessage>((resolve) => request({ host: '127.0.0.1', port: bridge.port, path: '/api/events', headers: { Host: `127.0.0.1:${bridge.port}`, Cookie: cookie } }, resolve).end());
  expect(sse.statusCode).toBe(200);
  expect(sse.headers['content-type']).toContain('text/event-stream');
  let buf = '';
  sse.on('data', (c: Buffer) => {
    buf += c.toString('utf8');
    for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
      const frame = buf.slice(0, i);
      buf = buf.slice(i + 2);
      if (frame.startsWith('data: ')) events.push(JSON.parse(frame.slice(6)) as (typeof events)[number]);
    }
  });

  const up = await call('POST', '/api/upload?name=SIE4_Exempelfil.SE', readFileSync(path.join(ROOT, 'tests/fixtures/sie/SIE4_Exempelfil.SE')), 'application/octet-stream');
  const handle = (up.json as { value: { handle: string } }).value.handle;
  const target = path.join(dir, 'ovning.kontera');
  const r = await call('POST', '/api/invoke', JSON.stringify({ method: 'sie.import', input: { path: handle, dryRun: true, newCompany: { path: target } } }), 'application/json');
  expect(r.json).toMatchObject({ ok: true, value: { dryRun: true, vouchers: 295, company: { name: 'Övningsbolaget AB' } } });
  expect(existsSync(target)).toBe(false);
  await expect.poll(() => events.filter((e) => e.type === 'progress' && e.job === 'sie.import').length).toBeGreaterThan(0);
  const last = events.filter((e) => e.type === 'progress').at(-1)!;
  expect(last.done).toBe(last.total);
  sse.destroy();
});
