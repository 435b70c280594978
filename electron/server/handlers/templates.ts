import type { Handler } from './types.js';
import { done, refuse, refuseAll } from '../result.js';
import { listTemplates, templateByName, insertTemplates } from '../../db/repos/templates.repo.js';
import { linesOf } from '../../db/repos/vouchers.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { applyTemplate, templateFromLines } from '../../../shared/domain/templates/template.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { findVoucher } from '../workflows/voucherDto.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';

export const listTemplatesHandler: Handler<'templates.list'> = (ctx) => done(listTemplates(ctx.db()));

export const applyTemplateHandler: Handler<'templates.apply'> = (ctx, input) => {
  const t = templateByName(ctx.db(), input.name);
  if (!t) return refuse('template-not-found', `Det finns ingen mall som heter "${input.name}".`, { path: 'name' });
  const r = applyTemplate(t, ore(input.total));
  return r.ok ? done({ lines: r.value }) : refuseAll(r.problems);
};

export const saveTemplateFromVoucher: Handler<'templates.saveFromVoucher'> = (ctx, input) => ctx.write((db) => {
  if (templateByName(db, input.name)) return refuse('template-exists', `Det finns redan en mall som heter "${input.name}".`, { path: 'name' });
  const v = findVoucher(db, input.voucher);
  if (!v) return refuse('not-found', `Verifikation ${formatVoucherRef(input.voucher.series, input.voucher.number)} finns inte.`, { path: 'voucher' });
  const form = getCompany(db)?.form ?? 'both';
  const t = templateFromLines(input.name.trim(), form, linesOf(db, v.id).map((l) => ({ account: l.account, amount: ore(l.amount), ...(l.text ? { text: l.text } : {}) })));
  insertTemplates(db, [t], false, ctx.clock.now());
  appendAudit(db, ctx.clock.now(), ctx.user, 'template.saved', { name: t.name, from: v.id });
  const saved = templateByName(db, t.name);
  return saved ? done(saved) : refuse('not-found', 'Mallen kunde inte läsas tillbaka.');
});
