import { timingSafeEqual } from 'node:crypto';

/** What the guard needs to know about one request (no Node types, so it tests as plain data). */
export interface RequestFacts {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  /** `Sec-Fetch-Site`, sent by every current browser. */
  fetchSite: string | undefined;
  cookie: string | undefined;
  /** The `token` query parameter, if any. */
  queryToken: string | null;
}

export type Verdict =
  | { ok: true; via: 'cookie' }
  /** A valid token in the URL: the caller moves it into a cookie and redirects to a clean URL. */
  | { ok: true; via: 'query' }
  | { ok: false; reason: string };

export interface GuardConfig {
  port: number;
  token: string;
}

/** The cookie is named per port: cookies ignore ports, and two bridges may run side by side. */
export const cookieName = (port: number): string => `kontera_token_${port}`;

export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export const allowedOrigins = (port: number): string[] => allowedHosts(port).map((h) => `http://${h}`);

/** The cookie that carries the token after the first load. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function sameToken(a: string | null, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Decides whether a request may reach the bridge: the Host must be this bridge (DNS rebinding),
 * an Origin, when sent, must be this bridge (cross-site requests), and the per-run token must come
 * in the cookie or, on a first page load, in the URL.
 */
export function judge(req: RequestFacts, cfg: GuardConfig): Verdict {
  if (!req.host || !allowedHosts(cfg.port).includes(req.host.toLowerCase())) return { ok: false, reason: 'host' };
  if (req.origin !== undefined && !allowedOrigins(cfg.port).includes(req.origin.toLowerCase())) return { ok: false, reason: 'origin' };
  if (req.fetchSite && !['same-origin', 'none'].includes(req.fetchSite)) return { ok: false, reason: 'fetch-site' };
  if (sameToken(readCookie(req.cookie, cookieName(cfg.port)), cfg.token)) return { ok: true, via: 'cookie' };
  if (req.method === 'GET' && sameToken(req.queryToken, cfg.token)) return { ok: true, via: 'query' };
  return { ok: false, reason: 'token' };
}
