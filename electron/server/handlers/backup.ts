import path from 'node:path';
import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import { backupTo, defaultBackupDir } from '../../db/backup.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { restoreBackup } from '../workflows/restoreBackup.js';
import { closeDb, keyOf } from '../../db/connection.js';
import { parseRecoveryKey, readKeyFile, unwrapKey } from '../../db/crypto.js';
import type { Ctx } from '../context.js';

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

/** Keys to try on an encrypted backup: the open company's, then the recovery key or password. */
function candidateKeys(ctx: Ctx, input: { backup: string; file: string; password?: string; recoveryKey?: string }): Buffer[] | null {
  const keys: Buffer[] = [];
  const open = ctx.session.db ? keyOf(ctx.session.db) : null;
  if (open) keys.push(open);
  if (input.recoveryKey) {
    const k = parseRecoveryKey(input.recoveryKey);
    if (!k) return null;
    keys.push(k);
  }
  if (input.password) {
    for (const kf of [readKeyFile(path.resolve(input.backup)), readKeyFile(path.resolve(input.file))]) {
      const k = kf ? unwrapKey(kf, input.password) : null;
      if (k) keys.push(k);
    }
  }
  return keys;
}

export const restore: Handler<'backup.restore'> = (ctx, input) => {
  const keys = candidateKeys(ctx, input);
  if (!keys) return refuse('invalid-recovery-key', 'Återställningsnyckeln är felskriven: den har 14 grupper om 4 tecken. Kontrollera den och försök igen.', { path: 'recoveryKey' });
  if (ctx.session.db && path.resolve(ctx.session.db.path) === path.resolve(input.file)) {
    closeDb(ctx.session.db);
    ctx.session.db = null;
  }
  return restoreBackup(input.backup, input.file, ctx.clock.now(), keys);
};
