import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import path from 'node:path';
import { Session } from '../server/context.js';
import { dispatch } from '../server/dispatch.js';
import { startAutoBackup } from '../server/workflows/autoBackupTimer.js';
import type { MethodOf } from '../../shared/api/contract.js';
import { judge, tokenCookie } from './guard.js';
import { UploadStore, resolveHandles } from './uploads.js';
import { EventHub } from './events.js';
import { serveStatic, plain, json, SECURITY_HEADERS } from './static.js';
import { readBody, TooLarge, formatMegabytes } from './body.js';

export interface BridgeOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  session?: Session;
  /** Where the UI suggests new company files. */
  defaultDir?: string;
  maxUploadBytes?: number;
  maxJsonBytes?: number;
  token?: string;
  /** Daily automatic backups while a company is open (default on; autoBackupTimer.ts). */
  autoBackup?: boolean;
}

export interface Bridge {
  /** The address to open, with the token: print it, never log it elsewhere. */
  url: string;
  origin: string;
  port: number;
  token: string;
  session: Session;
  close(): Promise<void>;
}

/** The host methods the browser mode answers itself (the desktop's main process answers them there). */
interface HostInfo { mode: 'browser'; defaultDir: string; platform: string; uploadLimit: number }

/**
 * The development and test door: the real UI over HTTP on 127.0.0.1, one Session per bridge.
 * Every request needs the right Host, a same-origin Origin (when sent) and the per-run token.
 */
export async function startBridge(o: BridgeOptions): Promise<Bridge> {
  const token = o.token ?? randomBytes(24).toString('hex');
  const session = o.session ?? new Session();
  const uploads = new UploadStore(mkdtempSync(path.join(tmpdir(), 'kontera-uppladdning-')), o.maxUploadBytes ?? 200 * 1024 * 1024);
  const hub = new EventHub();
  const autoBackups = o.autoBackup === false ? null : startAutoBackup(session, session.clock, { emit: (e) => hub.emit(e) });
  const info: HostInfo = { mode: 'browser', defaultDir: o.defaultDir ?? homedir(), platform: process.platform, uploadLimit: uploads.maxBytes };
  let port = o.port ?? 0;

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Internt fel i bryggan.');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://bridge.invalid');
    const verdict = judge({
      method: req.method ?? 'GET', host: req.headers.host, origin: req.headers.origin, fetchSite: header(req, 'sec-fetch-site'),
      cookie: req.headers.cookie, queryToken: url.searchParams.get('token'),
    }, { port, token });
    if (!verdict.ok) return plain(res, 403, 'Åtkomst nekad. Öppna adressen som "npm run web" skrev ut.');
    if (verdict.via === 'query') {
      url.searchParams.delete('token');
      const clean = `${url.pathname}${url.search}`;
      res.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': tokenCookie(port, token), Location: clean, 'Cache-Control': 'no-store' });
      return void res.end();
    }
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Metoden stöds inte.');
    return serveStatic(o.rendererDir, url.pathname, res);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && req.method === 'GET') return hub.attach(res);
    if (req.method !== 'POST') return plain(res, 405, 'Metoden stöds inte.');
    if (url.pathname === '/api/upload') return upload(req, res, url);
    if (url.pathname !== '/api/invoke') return plain(res, 404, 'Okänd adress.');
    if (!(header(req, 'content-type') ?? '').startsWith('application/json')) return plain(res, 415, 'Skicka JSON.');
    let call: { method?: unknown; input?: unknown };
    try {
      call = JSON.parse((await readBody(req, o.maxJsonBytes ?? 20 * 1024 * 1024)).toString('utf8')) as typeof call;
    } catch (e) {
      if (e instanceof TooLarge) {
        res.setHeader('Connection', 'close');
        res.on('finish', () => req.destroy());
      }
      return json(res, e instanceof TooLarge ? 413 : 400, { ok: false, error: { code: 'invalid-input', message: e instanceof TooLarge ? 'Anropet är för stort.' : 'Anropet är inte giltig JSON.' } });
    }
    if (typeof call.method !== 'string') return json(res, 400, { ok: false, error: { code: 'invalid-input', message: 'Metod saknas.' } });
    if (call.method === 'host.info') return json(res, 200, { ok: true, value: info });
    const resolved = resolveHandles(call.input ?? {}, uploads);
    if (!resolved.ok) return json(res, 200, { ok: false, error: { code: 'invalid-input', message: 'Den uppladdade filen finns inte längre. Välj filen igen.', path: 'path' } });
    json(res, 200, await dispatch(session, call.method as MethodOf, resolved.value, (e) => hub.emit(e)));
  }

  async function upload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    try {
      const bytes = await readBody(req, uploads.maxBytes);
      json(res, 200, { ok: true, value: uploads.save(url.searchParams.get('name') ?? 'fil', bytes) });
    } catch (e) {
      if (!(e instanceof TooLarge)) throw e;
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.destroy());
      json(res, 413, { ok: false, error: { code: 'file-too-large', message: `Filen är större än ${formatMegabytes(uploads.maxBytes)}. Välj en mindre fil.` } });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`, origin, port, token, session,
    async close() {
      autoBackups?.stop();
      await autoBackups?.idle();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await dispatch(session, 'company.close', {});
      uploads.dispose();
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
