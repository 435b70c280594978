import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, APP_ORIGIN } from './security.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};

/** The file under `root` an app:// URL names, or null for another origin or a path leaving `root`. */
export function resolveAppFile(url: string, root: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (`${u.protocol}//${u.host}` !== APP_ORIGIN) return null;
  let p: string;
  try {
    p = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  if (p === '/' || !path.extname(p)) p = '/index.html';
  const full = path.resolve(root, `.${path.posix.normalize(p)}`);
  const base = path.resolve(root);
  return full.startsWith(base + path.sep) ? full : null;
}

/** Answers one app:// request from the built renderer, with the CSP on every response. */
export async function appResponse(url: string, root: string): Promise<Response> {
  const file = resolveAppFile(url, root);
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if (!file) return new Response('Finns inte.', { status: 404, headers });
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' } });
  } catch {
    return new Response('Finns inte.', { status: 404, headers });
  }
}
