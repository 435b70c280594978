import { existsSync, linkSync, rmSync, accessSync, constants, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDb, closeDb, type Db } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import { insertCompany } from '../../db/repos/company.repo.js';
import { insertFiscalYear } from '../../db/repos/fiscalYears.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { seedChartAndTemplates } from './seedCompany.js';
import type { Identity } from '../../../shared/domain/identity/identity.js';
import type { FiscalYearSpan } from '../../../shared/domain/periods/fiscalYear.js';
import { type HandlerResult, done, refuse, Rollback } from '../result.js';

export interface NewCompany {
  target: string;
  name: string;
  identity: Identity;
  form: 'EF' | 'AB';
  fiscalYear: FiscalYearSpan;
  vatPeriod: 'month' | 'quarter' | 'year';
  vatMethod: 'kontant' | 'faktura';
}

/**
 * Builds a complete company file beside its target and links it into place only when complete,
 * so a crash never leaves a half-made company, and an existing file is never overwritten
 * (link fails if the target exists, atomically).
 */
const STALE_MS = 10 * 60 * 1000;

/**
 * Removes what an earlier creation of the same target left when it was killed (the half-built
 * `.name.<hex>.skapas` file and its journal): they were never linked into place, so nothing in
 * them is anyone's books. One younger than ten minutes may be another process creating the same
 * company right now and is left alone.
 */
function removeStaleLeftovers(target: string, nowMs: number): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix) || !/^[0-9a-f]{12}\.skapas(-wal|-shm|-journal)?$/.test(n.slice(prefix.length))) continue;
    const f = path.join(dir, n);
    const st = statSync(f, { throwIfNoEntry: false });
    if (st && st.isFile() && nowMs - st.mtimeMs > STALE_MS) rmSync(f, { force: true });
  }
}

export async function createCompanyFile(c: NewCompany, now: string, user: string): Promise<HandlerResult<{ file: string; fiscalYear: string }>> {
  const r = await createCompanyFileWith(c, now, user, () => done(null));
  return r.ok ? done({ file: r.value.file, fiscalYear: r.value.fiscalYear }) : r;
}

/**
 * As createCompanyFile, and `populate` fills the new books (one more transaction) before the
 * file is linked into place; if it refuses, no file appears at all.
 */
export async function createCompanyFileWith<T>(c: NewCompany, now: string, user: string, populate: (db: Db) => HandlerResult<T>): Promise<HandlerResult<{ file: string; fiscalYear: string; populated: T }>> {
  const target = path.resolve(c.target);
  if (existsSync(target)) return exists(target);
  try {
    accessSync(path.dirname(target), constants.W_OK);
  } catch {
    return cannotWrite(target);
  }
  removeStaleLeftovers(target, Date.parse(now));
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.skapas`);
  let populated: T;
  try {
    const db = openDb(tmp, { create: true });
    try {
      await migrate(db, now);
      db.raw.transaction(() => {
        insertCompany(db, {
          id: 1, name: c.name, form: c.form, identity: c.identity.display, identity_kind: c.identity.kind,
          vat_period: c.vatPeriod, vat_method: c.vatMethod, file_id: randomBytes(16).toString('hex'), created_at: now,
        });
        insertFiscalYear(db, c.fiscalYear.start, c.fiscalYear.end);
        seedChartAndTemplates(db, c.form, now);
        appendAudit(db, now, user, 'company.created', { name: c.name, form: c.form, identity: c.identity.display, fiscalYear: c.fiscalYear });
      }).immediate();
      const filled = db.raw.transaction(() => {
        const p = populate(db);
        if (!p.ok) throw new Rollback(p);
        return p.value;
      });
      try {
        populated = filled.immediate();
      } catch (e) {
        if (e instanceof Rollback) return e.result;
        throw e;
      }
      db.raw.pragma('journal_mode = DELETE');
    } finally {
      closeDb(db);
    }
    try {
      linkSync(tmp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return exists(target);
      throw e;
    }
    return done({ file: target, fiscalYear: c.fiscalYear.start, populated });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EACCES' || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      return cannotWrite(target);
    }
    throw e;
  } finally {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) rmSync(f, { force: true });
  }
}

function cannotWrite(target: string) {
  return refuse('cannot-write', `Kan inte skapa filen i ${path.dirname(target)}. Kontrollera att mappen finns och att du får skriva i den.`, { path: 'path' });
}

function exists(target: string) {
  return refuse('file-exists', `Filen ${target} finns redan. Kontera skriver aldrig över ett företag; välj ett annat namn.`, { path: 'path' });
}

