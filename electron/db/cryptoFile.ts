/**
 * File-level work on encrypted company files: turning a plain file (company or receipt archive)
 * into an encrypted one without ever leaving a half-converted file, encrypted backups (one code
 * path with plain ones, backup.ts), and telling what kind of file a path holds.
 */
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { type Db, cipherDatabase, openRawWithKey } from './connection.js';
import { backupTo, chainHeadOf, type BackupResult } from './backup.js';
import { readKeyFile } from './crypto.js';
import { KONTERA_APPLICATION_ID } from './fileId.js';

export { rememberKey, keyOf } from './connection.js';

function facts(raw: Database.Database): { vouchers: number; chainHead: string; integrity: unknown; appId: unknown } {
  return {
    vouchers: (raw.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n,
    chainHead: chainHeadOf(raw), integrity: raw.pragma('integrity_check', { simple: true }), appId: raw.pragma('application_id', { simple: true }),
  };
}

const openWithKey = openRawWithKey;

/** The facts a converted copy must still show (whatever the file holds). */
type Facts = (raw: Database.Database) => Record<string, unknown>;

/**
 * Encrypts a closed plain SQLite file in place: a consistent plain copy beside it (VACUUM INTO),
 * encrypted there (rekey), checked (integrity and `facts` equal before and after), and renamed
 * over the original only then.
 */
function encryptInPlace<F extends Facts>(file: string, key: Buffer, factsOf: F): ReturnType<F> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.krypteras`);
  try {
    const plain = new Database(file, { fileMustExist: true });
    let before;
    try {
      before = factsOf(plain) as ReturnType<F>;
      plain.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      plain.close();
    }
    const conv = new (cipherDatabase())(tmp, { fileMustExist: true });
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
      const after = factsOf(check);
      if (check.pragma('integrity_check', { simple: true }) !== 'ok' || JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`encrypted copy of ${file} did not verify`);
    } finally {
      check.close();
    }
    for (const ext of ['-wal', '-shm']) rmSync(file + ext, { force: true });
    renameSync(tmp, file);
    return before;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Encrypts a closed plain company file in place (see encryptInPlace; verified by integrity,
 * voucher count and chain head). The key file must already be written, so the renamed file is
 * never locked out. Returns the facts of the encrypted file.
 */
export function encryptFile(file: string, key: Buffer): { vouchers: number; chainHead: string } {
  const { vouchers, chainHead } = encryptInPlace(file, key, (raw) => {
    const x = facts(raw);
    return { vouchers: x.vouchers, chainHead: x.chainHead, appId: x.appId };
  });
  return { vouchers, chainHead };
}

/**
 * Encrypts a closed plain receipt archive in place with the company's data key, verified by
 * integrity, application_id, the number of originals and their hashes.
 */
export function encryptArchiveFile(file: string, key: Buffer): { files: number } {
  const r = encryptInPlace(file, key, (raw) => ({
    appId: raw.pragma('application_id', { simple: true }),
    userVersion: raw.pragma('user_version', { simple: true }),
    ...(raw.prepare('SELECT count(*) AS files, coalesce(group_concat(sha256), \'\') AS hashes FROM (SELECT sha256 FROM files ORDER BY sha256)').get() as { files: number; hashes: string }),
  }));
  return { files: r.files };
}

/** Whether a file starts with the plain SQLite header (an encrypted file never does). */
export function isPlainSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

/** An encrypted backup of an open encrypted file (the same path as every backup: backup.ts). */
export async function encryptedBackupTo(db: Db, dir: string, now: string, reason: string): Promise<BackupResult> {
  if (!db.encrypted) throw new Error('not an encrypted connection');
  return backupTo(db, dir, now, reason);
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
