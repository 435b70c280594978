/** The user's bank rules: list, add, remove (each change in the audit log). */
import type { Handler } from './types.js';
import { done, refuse, refuseAll } from '../result.js';
import { deleteRule, insertRule, listRules, ruleById, type BankRuleRow } from '../../db/repos/bankRules.repo.js';
import { bankAccount } from '../../db/repos/bank.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { checkRuleConditions } from '../../../shared/domain/bank/rules.js';
import { findTemplate } from '../workflows/bankSuggest.js';
import type { BankRuleDto } from '../../../shared/api/dto/bank.js';

const dto = (r: BankRuleRow): BankRuleDto => ({
  id: r.id, account: r.account, textContains: r.text_contains, amountMin: r.amount_min, amountMax: r.amount_max, template: r.template,
  counterparty: r.counterparty, text: r.voucher_text, createdAt: r.created_at, createdBy: r.created_by,
});

export const bankRulesList: Handler<'bank.rules.list'> = (ctx) => done(listRules(ctx.db()).map(dto));

export const bankRulesAdd: Handler<'bank.rules.add'> = (ctx, input) => ctx.write((db) => {
  const c = checkRuleConditions(input);
  if (!c.ok) return refuseAll(c.problems);
  if (!findTemplate(db, input.template)) return refuse('template-not-found', `Det finns ingen mall som heter "${input.template}".`, { path: 'template' });
  if (input.account && !bankAccount(db, input.account))
    return refuse('bank-account-unknown', `Konto ${input.account} har inga importerade kontoutdrag. Importera först, eller gör regeln för alla konton.`, { path: 'account' });
  const text = input.textContains?.trim();
  const id = insertRule(db, {
    account: input.account ?? null, text_contains: text ? text : null, amount_min: input.amountMin ?? null, amount_max: input.amountMax ?? null,
    template: input.template, counterparty: input.counterparty?.trim() || null, voucher_text: input.text?.trim() || null, created_at: ctx.clock.now(), created_by: ctx.user,
  });
  appendAudit(db, ctx.clock.now(), ctx.user, 'bank.rule.added', { id, ...input });
  return done(dto(ruleById(db, id)!));
});

export const bankRulesRemove: Handler<'bank.rules.remove'> = (ctx, input) => ctx.write((db) => {
  const r = ruleById(db, input.id);
  if (!r) return refuse('bank-rule-not-found', `Regel ${input.id} finns inte.`, { path: 'id' });
  deleteRule(db, r.id);
  appendAudit(db, ctx.clock.now(), ctx.user, 'bank.rule.removed', dto(r));
  return done({ removed: true });
});
