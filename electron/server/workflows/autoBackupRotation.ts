/**
 * Which automatic backups to keep: grandfather–father–son. Walking from the newest, a backup is
 * kept when it is the newest of its day among the latest 7 days that have one, the newest of its
 * ISO week among the latest 4 such weeks, or the newest of its month among the latest 12 such
 * months. The newest backup is always kept. Backups made by hand, before an import or before an
 * upgrade are never rotated away (an import's undo needs its backup).
 */
export interface Rotation {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: Rotation = { daily: 7, weekly: 4, monthly: 12 };

export interface Dated {
  path: string;
  /** ISO 8601 instant. */
  createdAt: string;
}

/** ISO week as `YYYY-Www` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(instant: string): string {
  const d = new Date(`${instant.slice(0, 10)}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The paths to keep of `backups` under `rule`.
 * @example rotationKeep([{ path: 'a', createdAt: '2026-01-01T10:00:00Z' }]) // Set { 'a' }
 */
export function rotationKeep(backups: readonly Dated[], rule: Rotation = DEFAULT_ROTATION): Set<string> {
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.path.localeCompare(a.path));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].path);
  const buckets: [number, (b: Dated) => string][] = [
    [rule.daily, (b) => b.createdAt.slice(0, 10)],
    [rule.weekly, (b) => isoWeek(b.createdAt)],
    [rule.monthly, (b) => b.createdAt.slice(0, 7)],
  ];
  for (const [limit, key] of buckets) {
    const seen = new Set<string>();
    for (const b of sorted) {
      const k = key(b);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(b.path);
    }
  }
  return keep;
}
