/**
 * File-level work on encrypted company files: turning a plain file into an encrypted one without
 * ever leaving a half-converted file, encrypted backups (VACUUM INTO keeps the key; SQLite's
 * online backup API refuses an encrypted source), and telling what kind of file a path holds.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { type Db, applyKey, cipherDatabase } from './connection.js';
import { chainHeadOf, type BackupResult } from './backup.js';
import { keyFileOf, readKeyFile } from './crypto.js';
import { KONTERA_APPLICATION_ID } from './fileId.js';
import { writeFileAtomic } from './atomicWrite.js';

const keys = new WeakMap<Database.Database, Buffer>();

/** Remembers the data key of an open encrypted connection (for backups and password changes). */
export function rememberKey(db: Db, key: Buffer): void {
  keys.set(db.raw, key);
}

export function keyOf(db: Db): Buffer | null {
  return keys.get(db.raw) ?? null;
}

function facts(raw: Database.Database): { vouchers: number; chainHead: string; integrity: unknown; appId: unknown } {
  return {
    vouchers: (raw.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n,
    chainHead: chainHeadOf(raw), integrity: raw.pragma('integrity_check', { simple: true }), appId: raw.pragma('application_id', { simple: true }),
  };
}

function openWithKey(file: string, key: Buffer, readonly: boolean): Database.Database {
  const Cipher = cipherDatabase();
  const raw = new Cipher(file, { readonly, fileMustExist: true });
  try {
    applyKey(raw, key);
  } catch (e) {
    raw.close();
    throw e;
  }
  return raw;
}

/**
 * Encrypts a closed plain company file in place: a consistent plain copy beside it (VACUUM INTO),
 * encrypted there (rekey), verified (integrity, voucher count, chain head), and renamed over the
 * original only then. The key file must already be written, so the renamed file is never locked
 * out. Returns the facts of the encrypted file.
 */
export function encryptFile(file: string, key: Buffer): { vouchers: number; chainHead: string } {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.krypteras`);
  try {
    const plain = new Database(file, { fileMustExist: true });
    let before;
    try {
      before = facts(plain);
      plain.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      plain.close();
    }
    const Cipher = cipherDatabase();
    const conv = new Cipher(tmp, { fileMustExist: true });
    try {
      conv.pragma('journal_mode = DELETE');
      conv.pragma("cipher = 'sqlcipher'");
      conv.pragma('legacy = 4');
      (conv as unknown as { rekey(k: Buffer): void }).rekey(Buffer.from(`x'${key.toString('hex')}'`));
    } finally {
      conv.close();
    }
    const check = openWithKey(tmp, key, true);
    try {
      const after = facts(check);
      if (after.integrity !== 'ok' || after.vouchers !== before.vouchers || after.chainHead !== before.chainHead) throw new Error('encrypted copy did not verify');
    } finally {
      check.close();
    }
    for (const ext of ['-wal', '-shm']) rmSync(file + ext, { force: true });
    renameSync(tmp, file);
    return { vouchers: before.vouchers, chainHead: before.chainHead };
  } finally {
    rmSync(tmp, { force: true });
  }
}

function stamp(now: string): string {
  return now.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * An encrypted backup of an open encrypted file: VACUUM INTO (same key), verified with the key,
 * then the sidecar JSON (marked encrypted) and a copy of the key file beside it.
 */
export function encryptedBackupTo(db: Db, dir: string, now: string, reason: string): BackupResult {
  const key = keyOf(db);
  if (!key) throw new Error('no key for an encrypted connection');
  mkdirSync(dir, { recursive: true });
  const base = path.basename(db.path).replace(/\.[^.]+$/, '');
  let target = path.join(dir, `${base}-${stamp(now)}.kontera-backup`);
  for (let i = 2; existsSync(target); i++) target = path.join(dir, `${base}-${stamp(now)}-${i}.kontera-backup`);
  db.raw.prepare('VACUUM INTO ?').run(target);
  const expected = { vouchers: (db.raw.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n, chainHead: chainHeadOf(db.raw) };
  const copy = openWithKey(target, key, true);
  try {
    const got = facts(copy);
    if (got.integrity !== 'ok' || got.vouchers !== expected.vouchers || got.chainHead !== expected.chainHead) throw new Error(`backup verification failed for ${target}`);
  } finally {
    copy.close();
  }
  if (existsSync(keyFileOf(db.path))) copyFileSync(keyFileOf(db.path), keyFileOf(target));
  writeFileAtomic(`${target}.json`, JSON.stringify({ file: db.path, createdAt: now, reason, encrypted: true, ...expected }, null, 2));
  return { path: target, ...expected };
}

export type FileKind = 'missing' | 'folder' | 'company' | 'encrypted' | 'not-company';

/**
 * What a path holds, without a key: a plain company file (SQLite header and Kontera's
 * application_id), an encrypted one (no SQLite header, a key file beside it), or something else.
 */
export function fileKind(file: string): FileKind {
  if (!existsSync(file)) return 'missing';
  if (!statSync(file).isFile()) return 'folder';
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(16);
  let n: number;
  try {
    n = readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (n === 16 && head.toString('latin1') === 'SQLite format 3\u0000') {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return db.pragma('application_id', { simple: true }) === KONTERA_APPLICATION_ID ? 'company' : 'not-company';
      } finally {
        db.close();
      }
    } catch {
      return 'not-company';
    }
  }
  return readKeyFile(file) !== null && statSync(file).size >= 512 ? 'encrypted' : 'not-company';
}
