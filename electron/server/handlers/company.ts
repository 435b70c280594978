import type { Handler } from './types.js';
import { done, refuse, refuseAll, type HandlerResult } from '../result.js';
import { parseIdentity } from '../../../shared/domain/identity/identity.js';
import { checkFiscalYear } from '../../../shared/domain/periods/fiscalYear.js';
import { createCompanyFile } from '../workflows/createCompany.js';
import { openCompanyFile, syncedFolderWarning } from '../workflows/openCompany.js';
import { closeDb, type Db } from '../../db/connection.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { fiscalYearDtos } from './years.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import type { Ctx } from '../context.js';

export const createCompany: Handler<'company.create'> = async (ctx, input) => {
  const id = parseIdentity(input.identity, ctx.clock.today());
  if (!id.ok) return refuseAll(id.problems.map((p) => ({ ...p, path: 'identity' })));
  if (input.form === 'AB' && id.value.kind !== 'orgnr') {
    return refuse('invalid-identity', 'Ett aktiebolag identifieras med sitt organisationsnummer (t.ex. 556000-0167).', { path: 'identity' });
  }
  if (input.form === 'EF' && id.value.kind === 'orgnr') {
    return refuse('invalid-identity', 'En enskild firma identifieras med ägarens personnummer eller samordningsnummer.', { path: 'identity' });
  }
  const fy = checkFiscalYear(input.fiscalYear, input.form, true);
  if (!fy.ok) return refuseAll(fy.problems);
  return createCompanyFile({
    target: input.path, name: input.name.trim(), identity: id.value, form: input.form, fiscalYear: fy.value,
    vatPeriod: input.vatPeriod, vatMethod: input.vatMethod ?? (input.form === 'EF' ? 'kontant' : 'faktura'),
  }, ctx.clock.now(), ctx.user);
};

export function companyDto(db: Db, warnings: string[] = []): CompanyDto {
  const c = getCompany(db);
  if (!c) throw new Error('company row missing');
  return {
    file: db.path, name: c.name, form: c.form, identity: c.identity, identityKind: c.identity_kind,
    vatPeriod: c.vat_period, vatMethod: c.vat_method, fiscalYears: fiscalYearDtos(db), warnings,
  };
}

export const openCompany: Handler<'company.open'> = async (ctx, input): Promise<HandlerResult<CompanyDto>> => {
  const r = await openCompanyFile(input.path, ctx.clock.now());
  if (!r.ok) return r;
  if (ctx.session.db && ctx.session.db.path === r.value.path) {
    closeDb(r.value); // reopening the open file is a no-op (case C22)
  } else {
    closeCompanyOf(ctx);
    ctx.session.db = r.value;
  }
  const warning = syncedFolderWarning(input.path);
  return done(companyDto(ctx.db(), warning ? [warning] : []));
};

function closeCompanyOf(ctx: Ctx): boolean {
  if (!ctx.session.db) return false;
  closeDb(ctx.session.db);
  ctx.session.db = null;
  return true;
}

export const closeCompany: Handler<'company.close'> = (ctx) => done({ closed: closeCompanyOf(ctx) });
export const companyInfo: Handler<'company.info'> = (ctx) => done(companyDto(ctx.db()));
