import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseIdentity } from '../../../../shared/domain/identity/identity.js';
import type { SieImportReport } from '../../../../shared/api/dto/sie.js';
import { createCompanyFileWith } from '../createCompany.js';
import { type HandlerResult, done, refuse } from '../../result.js';
import { applyPlan, type ApplyOptions } from './applyPlan.js';
import type { ReadSie } from './readSieFile.js';
import type { SieImportPlan } from '../../../../shared/domain/sie/plan.js';
import type { IsoDate } from '../../../../shared/domain/dates/isoDate.js';

export interface NewCompanyInput {
  path: string; name?: string | undefined; identity?: string | undefined; form?: 'EF' | 'AB' | undefined;
  vatPeriod?: 'month' | 'quarter' | 'year' | undefined; vatMethod?: 'kontant' | 'faktura' | undefined;
}

/** A file without #RAR: one calendar year per year its vouchers span, the latest as year 0. */
function withCalendarYears(plan: SieImportPlan): SieImportPlan {
  if (plan.fiscalYears.some((f) => f.start && f.end) || plan.vouchers.length === 0) return plan;
  const years = [...new Set(plan.vouchers.map((v) => Number(v.date.slice(0, 4))))].sort();
  const first = years[0] as number;
  const last = years.at(-1) as number;
  const fiscalYears = [];
  for (let y = last; y >= first; y--) fiscalYears.push({ index: y - last, start: `${y}-01-01` as IsoDate, end: `${y}-12-31` as IsoDate });
  return { ...plan, fiscalYears };
}

/**
 * A new company built from a SIE file (#FNAMN, #ORGNR, #RAR, the chart, #IB and the vouchers),
 * in one go: the file only appears when everything was imported. A dry run builds it in a temp
 * folder and throws it away, so the preview is exactly what the import would give.
 */
export async function importIntoNewCompany(read: ReadSie, nc: NewCompanyInput, dryRun: boolean, o: Omit<ApplyOptions, 'isNew' | 'backup'>): Promise<HandlerResult<SieImportReport>> {
  const plan = withCalendarYears(read.plan);
  read = { ...read, plan, warnings: plan === read.plan ? read.warnings : [...read.warnings, { code: 'sie-no-fiscal-year', message: 'Filen anger inget räkenskapsår (#RAR); kalenderår antas för verifikationernas datum. Kontrollera räkenskapsåren efter importen.' }] };
  const name = nc.name?.trim() || plan.company.name;
  if (!name) return refuse('sie-company-missing', 'Filen saknar företagsnamn (#FNAMN). Ange namnet (--name).', { path: 'newCompany.name' });
  const rawId = nc.identity ?? plan.company.orgnr;
  if (!rawId) return refuse('sie-company-missing', 'Filen saknar ett giltigt organisationsnummer (#ORGNR). Ange det (--orgnr).', { path: 'newCompany.identity' });
  const id = parseIdentity(rawId);
  if (!id.ok) return refuse('invalid-identity', id.problems[0]?.message ?? 'Ogiltigt nummer.', { path: 'newCompany.identity' });
  const form = nc.form ?? (id.value.kind === 'orgnr' ? 'AB' : 'EF');
  const y0 = plan.fiscalYears.find((f) => f.index === 0 && f.start && f.end);
  const span = y0 ? { start: y0.start as string, end: y0.end as string } : null;
  if (!span) return refuse('invalid-fiscal-year', 'Filen anger inget räkenskapsår (#RAR) och har inga verifikationer att utgå från.');
  const target = dryRun ? path.join(tmpdir(), `kontera-forhandsgranskning-${randomBytes(6).toString('hex')}.kontera`) : nc.path;
  const created = await createCompanyFileWith({
    target, name, identity: id.value, form, fiscalYear: span as never, vatPeriod: nc.vatPeriod ?? 'quarter',
    vatMethod: nc.vatMethod ?? (form === 'EF' ? 'kontant' : 'faktura'),
  }, o.now, o.user, (db) => applyPlan(db, read, { ...o, isNew: true, backup: null }));
  if (dryRun) rmSync(target, { force: true });
  if (!created.ok) return created;
  return done({ dryRun, file: dryRun ? path.resolve(nc.path) : created.value.file, ...created.value.populated });
}
