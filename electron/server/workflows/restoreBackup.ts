import { existsSync, copyFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KONTERA_APPLICATION_ID } from '../../db/fileId.js';
import { type HandlerResult, done, refuse } from '../result.js';
import type { RestoreDto } from '../../../shared/api/dto.js';

function checkBackup(file: string): string | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (db.pragma('application_id', { simple: true }) !== KONTERA_APPLICATION_ID) return 'not-a-company-file';
      return db.pragma('integrity_check', { simple: true }) === 'ok' ? null : 'backup-invalid';
    } finally {
      db.close();
    }
  } catch (e) {
    return String((e as { code?: string }).code ?? '').startsWith('SQLITE_CORRUPT') ? 'backup-invalid' : 'not-a-company-file';
  }
}

/**
 * Puts a backup in place of a company file. The current file (with its WAL) is kept aside under
 * a dated name, never deleted; the backup is copied beside the target and renamed into place.
 */
export function restoreBackup(backup: string, file: string, now: string): HandlerResult<RestoreDto> {
  const src = path.resolve(backup);
  const target = path.resolve(file);
  if (!existsSync(src)) return refuse('file-not-found', `Säkerhetskopian ${src} finns inte.`, { path: 'backup' });
  const bad = checkBackup(src);
  if (bad === 'not-a-company-file') return refuse('not-a-company-file', `${src} är ingen säkerhetskopia av en Kontera-fil.`, { path: 'backup' });
  if (bad) return refuse('backup-invalid', `Säkerhetskopian ${src} är skadad och kan inte återställas. Välj en annan.`, { path: 'backup' });
  const tmp = `${target}.aterstalls-${process.pid}`;
  copyFileSync(src, tmp);
  let keptAside: string | null = null;
  if (existsSync(target)) {
    keptAside = `${target}.fore-aterstallning-${now.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}`;
    for (const ext of ['', '-wal', '-shm']) if (existsSync(target + ext)) renameSync(target + ext, keptAside + ext);
  }
  renameSync(tmp, target);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  return done({ file: target, keptAside });
}
