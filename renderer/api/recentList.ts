import type { RecentCompany } from './host.js';

export const MAX_RECENT = 10;

/** Reads a stored list, dropping anything that is not a recent-company entry (a damaged store is not fatal). */
export function parseRecent(text: string | null): RecentCompany[] {
  if (!text) return [];
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is RecentCompany => !!x && typeof x === 'object' && typeof (x as RecentCompany).path === 'string'
    && (x as RecentCompany).path !== '' && typeof (x as RecentCompany).name === 'string' && typeof (x as RecentCompany).openedAt === 'string')
    .map((x) => ({ path: x.path, name: x.name, openedAt: x.openedAt })).slice(0, MAX_RECENT);
}

/** Puts a company first (once), newest first, at most MAX_RECENT. */
export function addRecent(list: readonly RecentCompany[], c: { path: string; name: string }, now: string): RecentCompany[] {
  return [{ path: c.path, name: c.name, openedAt: now }, ...list.filter((x) => x.path !== c.path)].slice(0, MAX_RECENT);
}

export function removeRecent(list: readonly RecentCompany[], path: string): RecentCompany[] {
  return list.filter((x) => x.path !== path);
}
