import { closeDb, keyOf, openDb, type Db } from '../../../db/connection.js';
import { appendAudit } from '../../../db/repos/audit.repo.js';
import type { Ctx } from '../../context.js';
import { type HandlerResult, done, refuse } from '../../result.js';
import { restoreBackup } from '../restoreBackup.js';
import { openCompanyFile } from '../openCompany.js';

/**
 * Undoes the latest SIE import by restoring the backup taken just before it — only when nothing
 * else was written since (the import is the last entry of the audit log). Posted vouchers are
 * never deleted one by one; the file as it was after the import is kept aside, and the undo is
 * logged in the restored books.
 */
export async function undoLastImport(ctx: Ctx): Promise<HandlerResult<{ file: string; keptAside: string | null; importId: number }>> {
  const db = ctx.db();
  const last = db.raw.prepare('SELECT id, backup, file_name FROM imports ORDER BY id DESC LIMIT 1').get() as { id: number; backup: string | null; file_name: string } | undefined;
  if (!last) return refuse('not-found', 'Det finns ingen import att ångra.');
  const lastAudit = db.raw.prepare('SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as { action: string; details: string } | undefined;
  const sameImport = lastAudit?.action === 'sie.imported' && (JSON.parse(lastAudit.details) as { importId?: number }).importId === last.id;
  if (!sameImport || !last.backup) {
    return refuse('undo-not-possible', `Importen av ${last.file_name} kan inte ångras: annat har bokförts eller ändrats efter den. Rätta i stället med nya verifikationer.`);
  }
  const file = db.path;
  // An encrypted file's backup is encrypted with the same data key: it checks the backup and
  // reopens the restored file (the plain opener cannot read it).
  const key = keyOf(db);
  closeDb(db);
  ctx.session.db = null;
  const restored = restoreBackup(last.backup, file, ctx.clock.now(), key ? [key] : []);
  const reopened = key ? reopenEncrypted(file, key) : await openCompanyFile(file, ctx.clock.now());
  if (!reopened.ok) return reopened;
  ctx.session.db = reopened.value;
  if (!restored.ok) return restored;
  ctx.write((d) => {
    appendAudit(d, ctx.clock.now(), ctx.user, 'sie.import-undone', { importId: last.id, file: last.file_name, keptAside: restored.value.keptAside });
    return done(null);
  });
  return done({ file, keptAside: restored.value.keptAside, importId: last.id });
}

/** Reopens an encrypted company file with its data key (already migrated: it was open a moment ago). */
function reopenEncrypted(file: string, key: Buffer): HandlerResult<Db> {
  try {
    return done(openDb(file, { key }));
  } catch {
    return refuse('not-a-company-file', `${file} går inte att läsa med nyckeln efter återställningen. Återställ från en säkerhetskopia (kontera restore).`, { path: 'path' });
  }
}
