/**
 * Automatic backups while a company is open. Called after opening and then periodically (the
 * app's host, e.g. hourly: autoBackupTimer.ts); it only acts when a folder holds no finished
 * backup made on today's date (Swedish time), so at most one a day per file and folder. It writes one verified backup to the backup folder beside the file and, when the
 * user chose one, one to the second folder; encrypted files get encrypted backups. Then old
 * automatic backups are rotated away (autoBackupRotation.ts); other backups are never removed.
 */
import { rmSync } from 'node:fs';
import type { Db } from '../../db/connection.js';
import { backupTo, defaultBackupDir } from '../../db/backup.js';
import { keyFileOf } from '../../db/crypto.js';
import { listBackups } from './autoBackupList.js';
import { rotationKeep, DEFAULT_ROTATION } from './autoBackupRotation.js';
import { readSettings } from './autoBackupSettings.js';

export const AUTO_REASON = 'automatisk';

const swedishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The date in Sweden of an instant (YYYY-MM-DD). */
export function swedishDate(instant: string): string {
  return swedishDay.format(new Date(instant));
}

export interface AutoBackupOutcome {
  /** Per folder: the new backup's path, or null when a fresh enough one existed. */
  folders: { dir: string; kind: 'primary' | 'second'; made: string | null; newestAt: string | null; pruned: string[] }[];
}

/** Writes a verified backup (encrypted when the file is) into `dir`. */
export async function backupAny(db: Db, dir: string, now: string, reason: string): Promise<string> {
  return (await backupTo(db, dir, now, reason)).path;
}

function prune(dir: string): string[] {
  const autos = listBackups([dir]).filter((b) => b.reason === AUTO_REASON);
  const keep = rotationKeep(autos, DEFAULT_ROTATION);
  const gone: string[] = [];
  for (const b of autos) {
    if (keep.has(b.path)) continue;
    for (const f of [`${b.path}.json`, b.path, keyFileOf(b.path)]) rmSync(f, { force: true });
    gone.push(b.path);
  }
  return gone;
}

/** `force` makes a backup even when a fresh one exists (tests, "back up now"). */
export async function runAutoBackup(db: Db, now: string, force = false): Promise<AutoBackupOutcome> {
  const s = readSettings(db);
  const dirs: { dir: string; kind: 'primary' | 'second' }[] = [{ dir: defaultBackupDir(db.path), kind: 'primary' }];
  if (s.secondBackupDir) dirs.push({ dir: s.secondBackupDir, kind: 'second' });
  const out: AutoBackupOutcome = { folders: [] };
  if (!s.autoBackup && !force) return out;
  for (const { dir, kind } of dirs) {
    const newest = listBackups([dir])[0] ?? null;
    // A backup dated today or later (a clock set back) counts as fresh.
    const stale = !newest || swedishDate(newest.createdAt) < swedishDate(now);
    const made = force || stale ? await backupAny(db, dir, now, AUTO_REASON) : null;
    out.folders.push({ dir, kind, made, newestAt: made ? now : newest?.createdAt ?? null, pruned: made ? prune(dir) : [] });
  }
  return out;
}
