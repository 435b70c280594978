/** The company's backup settings (migration 7's safety_settings), SQL only. */
import type { Db } from '../../db/connection.js';

export interface SafetySettings {
  /** A second folder the user chose, ideally on another disk (BFNAR 2013:2: copies kept apart). */
  secondBackupDir: string | null;
  /** Automatic daily backups (default on). */
  autoBackup: boolean;
}

function hasTable(db: Db): boolean {
  return db.raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'safety_settings'").get() !== undefined;
}

export function readSettings(db: Db): SafetySettings {
  if (!hasTable(db)) return { secondBackupDir: null, autoBackup: true };
  const rows = db.raw.prepare('SELECT key, value FROM safety_settings').all() as { key: string; value: string }[];
  const m = new Map(rows.map((r) => [r.key, r.value]));
  const dir = m.get('second_backup_dir');
  return { secondBackupDir: dir ? dir : null, autoBackup: m.get('auto_backup') !== '0' };
}

/** Inside the caller's write transaction. */
export function writeSetting(db: Db, key: 'second_backup_dir' | 'auto_backup', value: string, at: string, by: string): void {
  db.raw.prepare(`INSERT INTO safety_settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, changed_by = excluded.changed_by`).run(key, value, at, by);
}
