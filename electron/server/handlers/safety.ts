/** Backup settings, automatic backups and the list of backups offered for restore. */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from './types.js';
import { type Db, keyOf } from '../../db/connection.js';
import { done, refuse } from '../result.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { defaultBackupDir } from '../../db/backup.js';
import { fileKind } from '../../db/cryptoFile.js';
import { readSettings, writeSetting } from '../workflows/autoBackupSettings.js';
import { runAutoBackup } from '../workflows/autoBackup.js';
import { listBackups } from '../workflows/autoBackupList.js';
import { DEFAULT_ROTATION } from '../workflows/autoBackupRotation.js';
import type { SafetySettingsDto } from '../../../shared/api/dto/safety.js';

function settingsDto(db: Db): SafetySettingsDto {
  return { file: db.path, ...readSettings(db), encrypted: db.encrypted === true, rotation: { ...DEFAULT_ROTATION } };
}

const cannotWrite = (dir: string) => refuse('cannot-write', `Kan inte skriva säkerhetskopior i ${dir}. Välj en mapp som finns och som du får skriva i, gärna på en annan disk.`, { path: 'secondBackupDir' });

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export const safetySettings: Handler<'safety.settings'> = (ctx) => done(settingsDto(ctx.db()));

export const setSafetySettings: Handler<'safety.setSettings'> = (ctx, input) => {
  const dir = input.secondBackupDir ? path.resolve(input.secondBackupDir) : input.secondBackupDir;
  if (dir && !writable(dir)) return cannotWrite(dir);
  return ctx.write((db) => {
    const now = ctx.clock.now();
    if (dir !== undefined) writeSetting(db, 'second_backup_dir', dir ?? '', now, ctx.user);
    if (input.autoBackup !== undefined) writeSetting(db, 'auto_backup', input.autoBackup ? '1' : '0', now, ctx.user);
    appendAudit(db, now, ctx.user, 'safety.settings', { secondBackupDir: dir, autoBackup: input.autoBackup });
    return done(settingsDto(db));
  });
};

export const autoBackup: Handler<'safety.autoBackup'> = async (ctx, input) => {
  const db = ctx.db();
  try {
    const r = await runAutoBackup(db, ctx.clock.now(), input.force);
    const made = r.folders.filter((f) => f.made);
    if (made.length > 0) {
      ctx.write((d) => {
        appendAudit(d, ctx.clock.now(), ctx.user, 'backup.automatic', { made: made.map((f) => f.made), pruned: r.folders.flatMap((f) => f.pruned) });
        return done(null);
      });
    }
    return done(r);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'ENOENT' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOSPC') return cannotWrite(readSettings(db).secondBackupDir ?? defaultBackupDir(db.path));
    throw e;
  }
};

export const backupsOf: Handler<'safety.backups'> = (ctx, input) => {
  const file = path.resolve(input.path);
  const open = ctx.session.db && path.resolve(ctx.session.db.path) === file ? ctx.session.db : null;
  const dirs = [defaultBackupDir(file), ...(input.extraDir ? [input.extraDir] : [])];
  const second = open ? readSettings(open).secondBackupDir : null;
  if (second) dirs.push(second);
  return done({ file, kind: existsSync(file) ? fileKind(file) : 'missing', backups: listBackups(dirs, input.check, open ? keyOf(open) : null) });
};
