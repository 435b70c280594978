import type { Handler } from './types.js';
import { done, type HandlerResult } from '../result.js';
import { readSieFile } from '../workflows/sieImport/readSieFile.js';
import { applyPlan } from '../workflows/sieImport/applyPlan.js';
import { importIntoNewCompany } from '../workflows/sieImport/newCompany.js';
import { exportSie } from '../workflows/sieExport.js';
import { backupTo, defaultBackupDir } from '../../db/backup.js';
import type { SieImportReport } from '../../../shared/api/dto/sie.js';

class DryRun<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

/** Runs `fn` in a transaction that is always rolled back: a preview that is exactly the import. */
function rolledBack<T>(fn: () => T, db: { raw: { transaction: <F extends () => unknown>(f: F) => { immediate: () => unknown } } }): T {
  try {
    db.raw.transaction(() => {
      throw new DryRun(fn());
    }).immediate();
  } catch (e) {
    if (e instanceof DryRun) return e.result as T;
    throw e;
  }
  throw new Error('unreachable');
}

export const importSie: Handler<'sie.import'> = async (ctx, input): Promise<HandlerResult<SieImportReport>> => {
  const read = readSieFile(input.path, ctx.emit);
  if (!read.ok) return read;
  const base = { now: ctx.clock.now(), user: ctx.user, series: input.series ?? 'A', emit: ctx.emit };
  if (input.newCompany) return importIntoNewCompany(read.value, input.newCompany, input.dryRun, base);
  const db = ctx.db();
  if (input.dryRun) {
    const r = rolledBack(() => applyPlan(db, read.value, { ...base, isNew: false, backup: null }), db);
    return r.ok ? done({ dryRun: true, file: db.path, ...r.value }) : r;
  }
  const backup = await backupTo(db, defaultBackupDir(db.path), base.now, 'före SIE-import');
  const r = ctx.write((d) => applyPlan(d, read.value, { ...base, isNew: false, backup: backup.path }));
  if (!r.ok) return r;
  db.raw.pragma('wal_checkpoint(TRUNCATE)');
  return done({ dryRun: false, file: db.path, ...r.value });
};

export const exportSieHandler: Handler<'sie.export'> = (ctx, input) => exportSie(ctx.db(), input, ctx.clock, ctx.user);
