import { APP_ORIGIN } from './security.js';

/** True for a URL of the program's own pages (app://kontera/…); nothing else may load or call in. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** The IPC sender check: only the main frame of the program's own page may invoke. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** Links to the web open in the user's browser, and only https ones; everything else is dropped. */
export function externalUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
