import type { Handler } from './types.js';
import { done, refuse, refuseAll } from '../result.js';
import { listTemplates, templateByName, insertTemplates } from '../../db/repos/templates.repo.js';
import { linesOf } from '../../db/repos/vouchers.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { applyTemplate, templateFromLines, templatesForMethod } from '../../../shared/domain/templates/template.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { findVoucher } from '../workflows/voucherDto.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';

/** Under kontantmetoden the invoice templates (1510/2440 with VAT) are not offered; see templatesForMethod. */
export const listTemplatesHandler: Handler<'templates.list'> = (ctx) => {
  const db = ctx.db();
  return done(templatesForMethod(listTemplates(db), getCompany(db)?.vat_method ?? 'faktura'));
};

export const applyTemplateHandler: Handler<'templates.apply'> = (ctx, input) => {
  const t = templateByName(ctx.db(), input.name);
  if (!t) return refuse('template-not-found', `Det finns ingen mall som heter "${input.name}".`, { path: 'name' });
  const r = applyTemplate(t, ore(input.total));
  return r.ok ? done({ lines: r.value, ...(t.counterparty ? { counterparty: t.counterparty } : {}) }) : refuseAll(r.problems);
};

export const saveTemplateFromVoucher: Handler<'templates.saveFromVoucher'> = (ctx, input) => ctx.write((db) => {
  if (templateByName(db, input.name)) return refuse('template-exists', `Det finns redan en mall som heter "${input.name}".`, { path: 'name' });
  const v = findVoucher(db, input.voucher);
  if (!v) return refuse('not-found', `Verifikation ${formatVoucherRef(input.voucher.series, input.voucher.number)} finns inte.`, { path: 'voucher' });
  const form = getCompany(db)?.form ?? 'both';
  const lines = linesOf(db, v.id).map((l) => ({ account: l.account, amount: ore(l.amount), ...(l.text ? { text: l.text } : {}) }));
  const t = templateFromLines(input.name.trim(), form, lines, v.counterparty ?? undefined);
  insertTemplates(db, [t], false, ctx.clock.now());
  appendAudit(db, ctx.clock.now(), ctx.user, 'template.saved', { name: t.name, from: v.id });
  const saved = templateByName(db, t.name);
  return saved ? done(saved) : refuse('not-found', 'Mallen kunde inte läsas tillbaka.');
});
