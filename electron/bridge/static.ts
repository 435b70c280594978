import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../main/security.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
  '.wasm': 'application/wasm', '.map': 'application/json',
};

/** Headers every response of the bridge carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The file under `root` that a URL path names, or null when it would leave `root`.
 * Paths without an extension are the single-page app's routes and get index.html.
 */
export function fileFor(root: string, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  if (p === '/' || !path.extname(p)) p = '/index.html';
  const full = path.resolve(root, `.${path.posix.normalize(p)}`);
  const rootAbs = path.resolve(root);
  return full === rootAbs || full.startsWith(rootAbs + path.sep) ? full : null;
}

export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const file = fileFor(root, urlPath);
  if (!file) return plain(res, 404, 'Filen finns inte.');
  try {
    const s = await stat(file);
    if (!s.isFile()) return plain(res, 404, 'Filen finns inte.');
    const body = await readFile(file);
    const ext = path.extname(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS, 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Content-Length': body.length,
      'Cache-Control': ext === '.html' ? 'no-store' : 'private, max-age=3600',
    });
    res.end(body);
  } catch {
    if (file.endsWith('index.html')) return plain(res, 503, 'Gränssnittet är inte byggt. Kör "npm run build:renderer" och försök igen.');
    plain(res, 404, 'Filen finns inte.');
  }
}

export function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(text);
}

export function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}
