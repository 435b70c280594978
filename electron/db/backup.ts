import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection.js';
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

/**
 * Copies the open database with SQLite's online backup API, then verifies the copy
 * (integrity_check, same voucher count and chain head) and writes a small JSON sidecar
 * with the chain head, so the head is anchored outside the company file.
 */
export async function backupTo(db: Db, dir: string, now: string, reason: string): Promise<BackupResult> {
  mkdirSync(dir, { recursive: true });
  const base = path.basename(db.path).replace(/\.[^.]+$/, '');
  let target = path.join(dir, `${base}-${stamp(now)}.kontera-backup`);
  for (let i = 2; existsSync(target); i++) target = path.join(dir, `${base}-${stamp(now)}-${i}.kontera-backup`);
  await db.raw.backup(target);
  const expected = { vouchers: countVouchers(db.raw), chainHead: chainHeadOf(db.raw) };
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    const got = { vouchers: countVouchers(copy), chainHead: chainHeadOf(copy) };
    if (check !== 'ok' || got.vouchers !== expected.vouchers || got.chainHead !== expected.chainHead) {
      throw new Error(`backup verification failed for ${target}`);
    }
  } finally {
    copy.close();
  }
  writeFileAtomic(`${target}.json`, JSON.stringify({ file: db.path, createdAt: now, reason, ...expected }, null, 2));
  return { path: target, ...expected };
}
