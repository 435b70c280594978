import Database from 'better-sqlite3';
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
}

/** Opens a company file with the pragmas every connection needs. */
export function openDb(path: string, opts: OpenOptions = {}): Db {
  const raw = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: !opts.create });
  raw.pragma('busy_timeout = 15000');
  if (!opts.readonly) {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
  }
  raw.pragma('foreign_keys = ON');
  return { raw, q: builder, path };
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
