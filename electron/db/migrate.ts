import { migrations as ALL, type Migration } from '../../migrations/index.js';
import type { Db } from './connection.js';
import { backupTo, defaultBackupDir } from './backup.js';
import { KONTERA_APPLICATION_ID } from './fileId.js';

export const LATEST_VERSION = ALL[ALL.length - 1]?.version ?? 0;

export class SchemaTooNewError extends Error {}

/**
 * Brings a company file up to the latest schema. Each migration runs in its own transaction and
 * is checked with `foreign_key_check` before commit; an existing file is backed up (and the
 * backup verified) before the first migration touches it.
 */
export async function migrate(db: Db, now: string, migrations: readonly Migration[] = ALL): Promise<{ from: number; to: number; backup?: string }> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const from = db.raw.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw new SchemaTooNewError(`schema ${from} > ${latest}`);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  let backup: string | undefined;
  if (from > 0) backup = (await backupTo(db, defaultBackupDir(db.path), now, `före uppgradering till version ${latest}`)).path;
  for (const m of pending) {
    db.raw.transaction(() => {
      db.raw.exec(m.sql);
      const broken = db.raw.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration ${m.version} left ${broken.length} foreign key problems`);
      db.raw.pragma(`user_version = ${m.version}`);
      db.raw.pragma(`application_id = ${KONTERA_APPLICATION_ID}`);
    }).immediate();
  }
  return { from, to: latest, ...(backup ? { backup } : {}) };
}
