import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { type Db, keyOf, openRawWithKey } from './connection.js';
import { keyFileOf } from './crypto.js';
import { writeFileAtomic } from './atomicWrite.js';

export interface BackupResult {
  path: string;
  vouchers: number;
  chainHead: string;
}

/** The newest voucher hash; the anchor a backup records so tampering can be found later. */
export function chainHeadOf(raw: Database.Database): string {
  const hasTable = raw.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='vouchers'").get();
  if (!hasTable) return '0'.repeat(64);
  const row = raw.prepare('SELECT hash FROM vouchers ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  return row?.hash ?? '0'.repeat(64);
}

function countVouchers(raw: Database.Database): number {
  const hasTable = raw.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='vouchers'").get();
  if (!hasTable) return 0;
  return (raw.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n;
}

function stamp(now: string): string {
  return now.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Default folder for backups of `file`: `<file-dir>/<name>-backuper`. */
export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file).replace(/\.[^.]+$/, '')}-backuper`);
}

function facts(raw: Database.Database): { vouchers: number; chainHead: string } {
  return { vouchers: countVouchers(raw), chainHead: chainHeadOf(raw) };
}

/** Opens the written copy the way it was written: with the key when the source is encrypted. */
function openCopy(db: Db, file: string): Database.Database {
  if (!db.encrypted) return new Database(file, { readonly: true, fileMustExist: true });
  const key = keyOf(db);
  if (!key) throw new Error('no key for an encrypted connection');
  return openRawWithKey(file, key, true);
}

function verifyCopy(db: Db, file: string, expected: { vouchers: number; chainHead: string }): void {
  const copy = openCopy(db, file);
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    const got = facts(copy);
    if (check !== 'ok' || got.vouchers !== expected.vouchers || got.chainHead !== expected.chainHead) {
      throw new Error(`backup verification failed for ${file}`);
    }
  } finally {
    copy.close();
  }
}

/**
 * A verified backup of the open database, the same way for plain and encrypted files (chosen by
 * `db.encrypted`): a plain file is copied with SQLite's online backup API; an encrypted one with
 * VACUUM INTO, which keeps the key (the backup API refuses an encrypted source), and its key file
 * is copied beside the backup. The copy is written under a hidden name beside the target,
 * verified (integrity_check, same voucher count and chain head; with the key when encrypted) and
 * only then renamed into place, so a failure never leaves an empty or partial `.kontera-backup`.
 * Last comes a small JSON sidecar with the chain head, so the head is anchored outside the file.
 */
export async function backupTo(db: Db, dir: string, now: string, reason: string): Promise<BackupResult> {
  mkdirSync(dir, { recursive: true });
  const base = path.basename(db.path).replace(/\.[^.]+$/, '');
  let target = path.join(dir, `${base}-${stamp(now)}.kontera-backup`);
  for (let i = 2; existsSync(target); i++) target = path.join(dir, `${base}-${stamp(now)}-${i}.kontera-backup`);
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.skrivs`);
  const extra = [keyFileOf(target), `${target}.json`];
  let placed = false;
  try {
    if (db.encrypted) db.raw.prepare('VACUUM INTO ?').run(tmp);
    else await db.raw.backup(tmp);
    const expected = facts(db.raw);
    verifyCopy(db, tmp, expected);
    renameSync(tmp, target);
    placed = true;
    if (db.encrypted && existsSync(keyFileOf(db.path))) copyFileSync(keyFileOf(db.path), keyFileOf(target));
    const sidecar = { file: db.path, createdAt: now, reason, ...(db.encrypted ? { encrypted: true } : {}), ...expected };
    writeFileAtomic(`${target}.json`, JSON.stringify(sidecar, null, 2));
    return { path: target, ...expected };
  } catch (e) {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`, ...(placed ? [target, ...extra] : [])]) rmSync(f, { force: true });
    throw e;
  }
}
