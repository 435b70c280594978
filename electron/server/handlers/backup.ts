import path from 'node:path';
import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import { backupTo, defaultBackupDir } from '../../db/backup.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { restoreBackup } from '../workflows/restoreBackup.js';
import { closeDb } from '../../db/connection.js';

export const createBackup: Handler<'backup.create'> = async (ctx, input) => {
  const db = ctx.db();
  const now = ctx.clock.now();
  try {
    const r = await backupTo(db, input.to ? path.resolve(input.to) : defaultBackupDir(db.path), now, 'manuell');
    ctx.write((d) => {
      appendAudit(d, now, ctx.user, 'backup.created', { path: r.path, chainHead: r.chainHead, vouchers: r.vouchers });
      return done(null);
    });
    return done(r);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'ENOENT' || code === 'EROFS' || code === 'ENOTDIR') return refuse('cannot-write', `Kan inte skriva säkerhetskopian till ${input.to ?? defaultBackupDir(db.path)}. Välj en mapp du kan skriva i.`, { path: 'to' });
    throw e;
  }
};

export const restore: Handler<'backup.restore'> = (ctx, input) => {
  if (ctx.session.db && path.resolve(ctx.session.db.path) === path.resolve(input.file)) {
    closeDb(ctx.session.db);
    ctx.session.db = null;
  }
  return restoreBackup(input.backup, input.file, ctx.clock.now());
};
