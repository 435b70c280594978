/**
 * The companion archive `<company>.kontera-arkiv`: a SQLite file beside the company file holding
 * the original bytes of every underlag, addressed by SHA-256, append-only (triggers refuse UPDATE
 * and DELETE). It is ATTACHed to the company connection as `arkiv` when receipts need it; ATTACH
 * cannot run inside a transaction, so handlers call `ensureArchive` before `ctx.write`.
 *
 * When the company file is encrypted, so is the archive, with the same data key (ATTACH … KEY);
 * a plain archive met beside an encrypted company is encrypted in place before it is attached.
 *
 * With WAL a transaction over both files commits each file on its own (the company file first),
 * so the archive bytes are committed in a transaction of their own before the company file's
 * (workflows/receiptAdd.ts archiveOriginals): a crash in between leaves bytes without metadata
 * (adopted when the same file is added again), never metadata without bytes.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Db, keyOf } from '../../db/connection.js';
import { encryptArchiveFile, isPlainSqlite } from '../../db/cryptoFile.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { ARCHIVE_SCHEMA } from '../../db/repos/receiptArchive.repo.js';

/** SQLite application_id of an archive file ("KARK"). */
export const ARCHIVE_APPLICATION_ID = 0x4b41524b;
export const ARCHIVE_VERSION = 1;

/** bolag.kontera → bolag.kontera-arkiv (any other name gets the suffix added). */
export function archivePathOf(companyFile: string): string {
  const dir = path.dirname(companyFile);
  const base = path.basename(companyFile).replace(/\.kontera$/i, '');
  return path.join(dir, `${base}.kontera-arkiv`);
}

export function isAttached(db: Db): boolean {
  return (db.raw.prepare('PRAGMA database_list').all() as { name: string }[]).some((d) => d.name === ARCHIVE_SCHEMA);
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${ARCHIVE_SCHEMA}.archive_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS ${ARCHIVE_SCHEMA}.files (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size > 0),
  media_type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  bytes BLOB NOT NULL CHECK (length(bytes) = size),
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
) STRICT;
CREATE TRIGGER IF NOT EXISTS ${ARCHIVE_SCHEMA}.files_no_update BEFORE UPDATE ON files
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Arkiverade original kan inte ändras.'); END;
CREATE TRIGGER IF NOT EXISTS ${ARCHIVE_SCHEMA}.files_no_delete BEFORE DELETE ON files
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Arkiverade original kan inte tas bort.'); END;
CREATE TRIGGER IF NOT EXISTS ${ARCHIVE_SCHEMA}.info_no_update BEFORE UPDATE ON archive_info
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Arkivets uppgifter kan inte ändras.'); END;
CREATE TRIGGER IF NOT EXISTS ${ARCHIVE_SCHEMA}.info_no_delete BEFORE DELETE ON archive_info
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Arkivets uppgifter kan inte tas bort.'); END;
`;

export const ARCHIVE_TRIGGERS = ['files_no_update', 'files_no_delete', 'info_no_update', 'info_no_delete'] as const;

export type ArchiveState = 'attached' | 'missing' | 'foreign';

/**
 * Attaches the archive when it is not yet; `create` makes a new one (first receipt). Returns
 * 'missing' when there is none and `create` is false, 'foreign' when the file beside belongs
 * to another company (or is no archive). Must run outside a transaction.
 */
export function ensureArchive(db: Db, now: string, create: boolean): ArchiveState {
  if (isAttached(db)) return 'attached';
  const file = archivePathOf(db.path);
  const exists = existsSync(file);
  if (!exists && !create) return 'missing';
  // The company connection opens files without SQLITE_OPEN_CREATE, and ATTACH inherits its flags:
  // an empty file is an empty database to SQLite.
  if (!exists) writeFileSync(file, '', { flag: 'wx' });
  const key = db.encrypted ? keyOf(db) : null;
  if (db.encrypted && !key) throw new Error('no key for an encrypted connection');
  if (key && exists && statSync(file).size > 0 && isPlainSqlite(file)) {
    // A plain archive beside an encrypted company (encrypted before archives were, or the
    // conversion at safety.encrypt was interrupted): encrypt it with the company's key first.
    if (!isOwnPlainArchive(db, file)) return 'foreign';
    encryptArchiveFile(file, key);
  }
  try {
    if (key) db.raw.prepare(`ATTACH DATABASE ? AS ${ARCHIVE_SCHEMA} KEY ?`).run(file, `x'${key.toString('hex')}'`);
    else db.raw.prepare(`ATTACH DATABASE ? AS ${ARCHIVE_SCHEMA}`).run(file);
    const appId = db.raw.pragma(`${ARCHIVE_SCHEMA}.application_id`, { simple: true }) as number;
    if (exists && appId !== ARCHIVE_APPLICATION_ID) return detach(db, 'foreign');
    if (!exists || appId === 0) initialise(db, now);
    const company = getCompany(db);
    const owner = (db.raw.prepare(`SELECT value FROM ${ARCHIVE_SCHEMA}.archive_info WHERE key = 'identity'`).get() as { value: string } | undefined)?.value;
    if (company && owner && owner !== company.identity) return detach(db, 'foreign');
    if (!db.raw.readonly) {
      // Per connection (synchronous) or reset by an in-place encryption (journal mode).
      db.raw.pragma(`${ARCHIVE_SCHEMA}.journal_mode = WAL`);
      db.raw.pragma(`${ARCHIVE_SCHEMA}.synchronous = FULL`);
    }
    return 'attached';
  } catch (e) {
    detach(db, 'foreign');
    const code = String((e as { code?: string }).code ?? '');
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'foreign';
    throw e;
  }
}

/** A plain file that is this company's archive (checked before it is encrypted in place). */
function isOwnPlainArchive(db: Db, file: string): boolean {
  try {
    const a = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (a.pragma('application_id', { simple: true }) !== ARCHIVE_APPLICATION_ID) return false;
      const owner = (a.prepare("SELECT value FROM archive_info WHERE key = 'identity'").get() as { value: string } | undefined)?.value;
      const company = getCompany(db);
      return !company || !owner || owner === company.identity;
    } finally {
      a.close();
    }
  } catch {
    return false;
  }
}

/**
 * Encrypts the closed plain archive of a company that is being encrypted (same data key), so the
 * originals are never readable without it. Nothing to do when there is none yet or it already is.
 */
export function encryptArchiveOf(companyFile: string, key: Buffer): boolean {
  const file = archivePathOf(companyFile);
  if (!existsSync(file) || statSync(file).size === 0 || !isPlainSqlite(file)) return false;
  encryptArchiveFile(file, key);
  return true;
}

function initialise(db: Db, now: string): void {
  db.raw.pragma(`${ARCHIVE_SCHEMA}.journal_mode = WAL`);
  db.raw.pragma(`${ARCHIVE_SCHEMA}.synchronous = FULL`);
  db.raw.transaction(() => {
    db.raw.exec(SCHEMA);
    const company = getCompany(db);
    const info = db.raw.prepare(`INSERT OR IGNORE INTO ${ARCHIVE_SCHEMA}.archive_info (key, value) VALUES (?, ?)`);
    info.run('identity', company?.identity ?? '');
    info.run('company', company?.name ?? '');
    info.run('created_at', now);
    db.raw.pragma(`${ARCHIVE_SCHEMA}.application_id = ${ARCHIVE_APPLICATION_ID}`);
    db.raw.pragma(`${ARCHIVE_SCHEMA}.user_version = ${ARCHIVE_VERSION}`);
  }).immediate();
}

function detach<T>(db: Db, result: T): T {
  try {
    db.raw.prepare(`DETACH DATABASE ${ARCHIVE_SCHEMA}`).run();
  } catch {
    // nothing attached
  }
  return result;
}
