import { existsSync, copyFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KONTERA_APPLICATION_ID } from '../../db/fileId.js';
import { openRawWithKey } from '../../db/connection.js';
import { keyFileOf } from '../../db/crypto.js';
import { isPlainSqlite } from '../../db/cryptoFile.js';
import { type HandlerResult, done, refuse } from '../result.js';
import type { RestoreDto } from '../../../shared/api/dto.js';

type Check = null | 'not-a-company-file' | 'backup-invalid' | 'key-required' | 'key-wrong';

function checkOpen(db: Database.Database): Check {
  if (db.pragma('application_id', { simple: true }) !== KONTERA_APPLICATION_ID) return 'not-a-company-file';
  return db.pragma('integrity_check', { simple: true }) === 'ok' ? null : 'backup-invalid';
}

function codeOf(e: unknown): string {
  return String((e as { code?: string }).code ?? '');
}

function checkPlain(file: string): Check {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return checkOpen(db);
    } finally {
      db.close();
    }
  } catch (e) {
    return codeOf(e).startsWith('SQLITE_CORRUPT') ? 'backup-invalid' : 'not-a-company-file';
  }
}

/** An encrypted backup is checked with the first candidate key that opens it. */
function checkEncrypted(file: string, keys: readonly Buffer[]): Check {
  if (keys.length === 0) return 'key-required';
  for (const key of keys) {
    let db: Database.Database;
    try {
      db = openRawWithKey(file, key, true);
    } catch (e) {
      if (codeOf(e) === 'SQLITE_NOTADB') continue;
      return codeOf(e).startsWith('SQLITE_CORRUPT') ? 'backup-invalid' : 'not-a-company-file';
    }
    try {
      return checkOpen(db);
    } catch (e) {
      return codeOf(e).startsWith('SQLITE_CORRUPT') ? 'backup-invalid' : 'not-a-company-file';
    } finally {
      db.close();
    }
  }
  return 'key-wrong';
}

function refusal(bad: Exclude<Check, null>, src: string) {
  if (bad === 'not-a-company-file') return refuse('not-a-company-file', `${src} är ingen säkerhetskopia av en Kontera-fil.`, { path: 'backup' });
  if (bad === 'key-required') return refuse('wrong-password', `Säkerhetskopian ${src} är krypterad. Ange företagets lösenord eller återställningsnyckeln för att återställa den.`, { path: 'password' });
  if (bad === 'key-wrong') return refuse('wrong-password', `Säkerhetskopian ${src} går inte att öppna med lösenordet eller nyckeln: fel lösenord, eller en kopia av ett annat företag. Försök igen, eller använd återställningsnyckeln.`, { path: 'password' });
  return refuse('backup-invalid', `Säkerhetskopian ${src} är skadad och kan inte återställas. Välj en annan.`, { path: 'backup' });
}

/**
 * Puts a backup in place of a company file. The current file (with its WAL and key file) is kept
 * aside under a dated name, never deleted; the backup is copied beside the target and renamed
 * into place. An encrypted backup is verified with one of `keys` (the open file's key, or one
 * from the password or recovery key) and keeps working with the company's key file: the data key
 * never changes, so the target's key file stays, or the backup's copy is put beside it.
 */
export function restoreBackup(backup: string, file: string, now: string, keys: readonly Buffer[] = []): HandlerResult<RestoreDto> {
  const src = path.resolve(backup);
  const target = path.resolve(file);
  if (!existsSync(src)) return refuse('file-not-found', `Säkerhetskopian ${src} finns inte.`, { path: 'backup' });
  if (!statSync(src).isFile()) return refusal('not-a-company-file', src);
  // Without a SQLite header it can only be an encrypted backup when there is a key to try.
  const encrypted = !isPlainSqlite(src) && statSync(src).size >= 512 && (keys.length > 0 || existsSync(keyFileOf(src)));
  const bad = encrypted ? checkEncrypted(src, keys) : checkPlain(src);
  if (bad) return refusal(bad, src);
  const tmp = `${target}.aterstalls-${process.pid}`;
  try {
    copyFileSync(src, tmp);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  let keptAside: string | null = null;
  const keyFile = keyFileOf(target);
  if (existsSync(target)) {
    keptAside = `${target}.fore-aterstallning-${now.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}`;
    for (const ext of ['', '-wal', '-shm']) if (existsSync(target + ext)) renameSync(target + ext, keptAside + ext);
    // The key file goes with the kept-aside file when the restored one does not need it.
    if (existsSync(keyFile)) (encrypted ? copyFileSync : renameSync)(keyFile, keyFileOf(keptAside));
  }
  if (encrypted && !existsSync(keyFile) && existsSync(keyFileOf(src))) copyFileSync(keyFileOf(src), keyFile);
  renameSync(tmp, target);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  return done({ file: target, keptAside });
}
