/**
 * The companion archive file, ATTACHed as schema `arkiv`: the original bytes of every underlag,
 * keyed by SHA-256, append-only. Raw SQL (the archive is not part of the kysely schema).
 */
import type { Db } from '../connection.js';

export const ARCHIVE_SCHEMA = 'arkiv';

export interface ArchivedFile { sha256: string; size: number; media_type: string; file_name: string; added_at: string; added_by: string }

export function archiveHas(db: Db, sha256: string): boolean {
  return db.raw.prepare(`SELECT 1 FROM ${ARCHIVE_SCHEMA}.files WHERE sha256 = ?`).get(sha256) !== undefined;
}

export function archiveInsert(db: Db, f: ArchivedFile & { bytes: Buffer }): void {
  db.raw.prepare(`INSERT INTO ${ARCHIVE_SCHEMA}.files (sha256, size, media_type, file_name, bytes, added_at, added_by)
    VALUES (@sha256, @size, @media_type, @file_name, @bytes, @added_at, @added_by)`).run(f);
}

export function archiveBytes(db: Db, sha256: string): Buffer | null {
  const r = db.raw.prepare(`SELECT bytes FROM ${ARCHIVE_SCHEMA}.files WHERE sha256 = ?`).get(sha256) as { bytes: Buffer } | undefined;
  return r?.bytes ?? null;
}

export function archiveList(db: Db): ArchivedFile[] {
  return db.raw.prepare(`SELECT sha256, size, media_type, file_name, added_at, added_by FROM ${ARCHIVE_SCHEMA}.files ORDER BY rowid`).all() as ArchivedFile[];
}

/** Streams every file's bytes (one at a time, so a big archive never sits in memory whole). */
export function* archiveIterate(db: Db): Generator<ArchivedFile & { bytes: Buffer }> {
  yield* db.raw.prepare(`SELECT sha256, size, media_type, file_name, added_at, added_by, bytes FROM ${ARCHIVE_SCHEMA}.files ORDER BY rowid`)
    .iterate() as Iterable<ArchivedFile & { bytes: Buffer }>;
}

export function archiveInfo(db: Db): Record<string, string> {
  const rows = db.raw.prepare(`SELECT key, value FROM ${ARCHIVE_SCHEMA}.archive_info`).all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function archiveTriggers(db: Db): string[] {
  return (db.raw.prepare(`SELECT name FROM ${ARCHIVE_SCHEMA}.sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map((r) => r.name);
}
