import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import {
  Kysely, DummyDriver, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import type { Schema } from './schema.js';

/**
 * One open company file. kysely builds the SQL (typed, parameterised); better-sqlite3 runs it
 * synchronously, so a write handler is one real `BEGIN IMMEDIATE` transaction with no awaits
 * in the middle.
 */
export interface Db {
  readonly raw: Database.Database;
  readonly q: Kysely<Schema>;
  readonly path: string;
  /** True when the file is encrypted at rest (opened with a data key; see crypto.ts). */
  readonly encrypted?: boolean;
}

const builder = new Kysely<Schema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file if missing (only the company-creation workflow does this). */
  create?: boolean;
  /**
   * The 32-byte data key of an encrypted file (crypto.ts). The file is opened with the cipher
   * build of SQLite (better-sqlite3-multiple-ciphers, SQLCipher 4 format); a wrong key fails
   * with SQLITE_NOTADB here, before any other statement.
   */
  key?: Buffer;
}

type DatabaseCtor = new (path: string, options?: Database.Options) => Database.Database;
let cipherCtor: DatabaseCtor | null = null;

/** The cipher build, loaded only when an encrypted file is opened. */
export function cipherDatabase(): DatabaseCtor {
  cipherCtor ??= createRequire(import.meta.url)('better-sqlite3-multiple-ciphers') as DatabaseCtor;
  return cipherCtor;
}

/** Applies a data key to a connection of the cipher build (before any other statement). */
export function applyKey(raw: Database.Database, key: Buffer): void {
  raw.pragma("cipher = 'sqlcipher'");
  raw.pragma('legacy = 4');
  (raw as unknown as { key(k: Buffer): void }).key(Buffer.from(`x'${key.toString('hex')}'`));
  raw.prepare('SELECT count(*) FROM sqlite_master').get();
}

const keys = new WeakMap<Database.Database, Buffer>();

/** Remembers the data key of an open encrypted connection (backups, the archive, password changes). */
export function rememberKey(db: Db, key: Buffer): void {
  keys.set(db.raw, key);
}

/** The data key of an open encrypted connection, or null for a plain one. */
export function keyOf(db: Db): Buffer | null {
  return keys.get(db.raw) ?? null;
}

/** A bare connection of the cipher build to an existing encrypted file (no pragmas, no WAL). */
export function openRawWithKey(file: string, key: Buffer, readonly: boolean): Database.Database {
  const raw = new (cipherDatabase())(file, { readonly, fileMustExist: true });
  try {
    applyKey(raw, key);
  } catch (e) {
    raw.close();
    throw e;
  }
  return raw;
}

/** Text as search compares it: lower case by Swedish rules (Å, Ä, Ö, É …). */
export function foldText(s: string): string {
  return s.toLocaleLowerCase('sv-SE');
}

/** Opens a company file with the pragmas every connection needs. */
export function openDb(path: string, opts: OpenOptions = {}): Db {
  const Ctor: DatabaseCtor = opts.key ? cipherDatabase() : Database;
  const raw = new Ctor(path, { readonly: opts.readonly ?? false, fileMustExist: !opts.create });
  if (opts.key) {
    try {
      applyKey(raw, opts.key);
    } catch (e) {
      raw.close();
      throw e;
    }
  }
  raw.pragma('busy_timeout = 15000');
  if (!opts.readonly) {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
  }
  raw.pragma('foreign_keys = ON');
  // SQLite's own lower() and LIKE fold ASCII only; text search must find "Åkesson" from "åkesson".
  raw.function('sv_fold', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? foldText(s) : null));
  if (!opts.key) return { raw, q: builder, path };
  const db: Db = { raw, q: builder, path, encrypted: true };
  keys.set(raw, opts.key);
  return db;
}

/** Checkpoints the WAL into the main file and closes. */
export function closeDb(db: Db): void {
  if (!db.raw.open) return;
  if (!db.raw.readonly) db.raw.pragma('wal_checkpoint(TRUNCATE)');
  db.raw.close();
}

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepare(db: Db, sql: string): Database.Statement {
  let m = cache.get(db.raw);
  if (!m) cache.set(db.raw, (m = new Map()));
  let st = m.get(sql);
  if (!st) m.set(sql, (st = db.raw.prepare(sql)));
  return st;
}

/** Runs a kysely SELECT and returns all rows. */
export function all<O>(db: Db, query: Compilable<O>): O[] {
  const c = query.compile();
  return prepare(db, c.sql).all(...(c.parameters as unknown[])) as O[];
}

/** Runs a kysely SELECT and returns the first row or undefined. */
export function first<O>(db: Db, query: Compilable<O>): O | undefined {
  const c = query.compile();
  return prepare(db, c.sql).get(...(c.parameters as unknown[])) as O | undefined;
}

/** Runs a kysely INSERT/UPDATE/DELETE. */
export function exec(db: Db, query: Compilable<unknown>): Database.RunResult {
  const c = query.compile();
  return prepare(db, c.sql).run(...(c.parameters as unknown[]));
}

/** SQLite's query plan for a kysely query with its real parameters (tests check index use). */
export function explainPlan(db: Db, query: Compilable<unknown>): string[] {
  const c = query.compile();
  return (db.raw.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...(c.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail);
}
