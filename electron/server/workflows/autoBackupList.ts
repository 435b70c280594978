/**
 * The backups of a company file that can be offered for restore: finished ones only (the JSON
 * sidecar is written after the copy was verified, so a copy without it was interrupted), newest
 * first, each optionally re-checked now (`quick_check`, voucher count as the sidecar states).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openRawWithKey } from '../../db/connection.js';
import type { BackupEntryDto } from '../../../shared/api/dto/safety.js';

/** One backup as listed: its sidecar's facts and whether the copy is whole today. */
export type BackupEntry = BackupEntryDto;

interface Sidecar { createdAt?: string; reason?: string; vouchers?: number; chainHead?: string; encrypted?: boolean }

function readSidecar(file: string): Sidecar | null {
  try {
    return JSON.parse(readFileSync(`${file}.json`, 'utf8')) as Sidecar;
  } catch {
    return null;
  }
}

/**
 * Whether a backup is whole now: opens read-only (with the data key when it is encrypted),
 * quick_check, voucher count as the sidecar states.
 */
export function backupIntact(file: string, vouchers: number, key: Buffer | null = null): boolean {
  try {
    const db = key ? openRawWithKey(file, key, true) : new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') return false;
      return (db.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n === vouchers;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export const plainBackupIntact = (file: string, vouchers: number): boolean => backupIntact(file, vouchers);

/**
 * Finished backups in `dirs` (missing folders are skipped), newest first. With `check`, plain
 * backups are re-checked, and encrypted ones too when `key` (the company's data key) is given.
 */
export function listBackups(dirs: readonly string[], check = false, key: Buffer | null = null): BackupEntry[] {
  const out: BackupEntry[] = [];
  for (const dir of new Set(dirs.map((d) => path.resolve(d)))) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.kontera-backup')) continue;
      const full = path.join(dir, f);
      const meta = readSidecar(full);
      if (!meta?.createdAt || typeof meta.vouchers !== 'number') continue;
      const encrypted = meta.encrypted === true;
      out.push({
        path: full, dir, createdAt: meta.createdAt, reason: meta.reason ?? '', vouchers: meta.vouchers, chainHead: meta.chainHead ?? '',
        bytes: statSync(full).size, encrypted, intact: !check ? null : !encrypted ? backupIntact(full, meta.vouchers) : key ? backupIntact(full, meta.vouchers, key) : null,
      });
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.path.localeCompare(a.path));
}
