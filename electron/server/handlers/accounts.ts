import type { Handler } from './types.js';
import type { Db } from '../../db/connection.js';
import { done, refuse } from '../result.js';
import { listAccounts, getAccount, insertAccounts, updateAccount, hasHistory } from '../../db/repos/accounts.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { userAccount } from '../../../shared/domain/accounts/chart.js';
import { isVatCode } from '../../../shared/domain/vat/codes.js';
import type { AccountDto } from '../../../shared/api/dto.js';

function dto(db: Db, number: string): AccountDto {
  const a = getAccount(db, number);
  if (!a) throw new Error(`account ${number} vanished`);
  return { number: a.number, name: a.name, type: a.type, normalBalance: a.normal_balance, statement: a.statement, vatCode: a.vat_code, sru: a.sru, active: a.active === 1, hasHistory: hasHistory(db, number) };
}

const badVat = (code: string) => refuse('invalid-vat-code', `"${code}" är ingen momskod. Välj en kod ur listan, eller ingen.`, { path: 'vatCode' });

export const listAccountsHandler: Handler<'accounts.list'> = (ctx, input) => {
  const q = input.search?.toLowerCase();
  return done(listAccounts(ctx.db())
    .filter((a) => (input.includeInactive || a.active === 1) && (!q || a.number.startsWith(q) || a.name.toLowerCase().includes(q)))
    .map((a) => ({ number: a.number, name: a.name, type: a.type, normalBalance: a.normal_balance, statement: a.statement, vatCode: a.vat_code, sru: a.sru, active: a.active === 1, hasHistory: a.has_history === 1 })));
};

export const addAccount: Handler<'accounts.add'> = (ctx, input) => ctx.write((db) => {
  if (getAccount(db, input.number)) return refuse('account-exists', `Konto ${input.number} finns redan.`, { path: 'number' });
  if (input.vatCode && !isVatCode(input.vatCode)) return badVat(input.vatCode);
  const a = userAccount(input.number, input.name.trim(), input.vatCode);
  insertAccounts(db, [{ number: a.number, name: a.name, type: a.type, normal_balance: a.normalBalance, statement: a.statement, vat_code: a.vatCode, sru: null, active: 1, source: 'user' }]);
  appendAudit(db, ctx.clock.now(), ctx.user, 'account.added', { number: a.number, name: a.name, vatCode: a.vatCode });
  return done(dto(db, a.number));
});

export const setVatCode: Handler<'accounts.setVatCode'> = (ctx, input) => ctx.write((db) => {
  const a = getAccount(db, input.number);
  if (!a) return refuse('unknown-account', `Konto ${input.number} finns inte.`, { path: 'number' });
  if (input.vatCode && !isVatCode(input.vatCode)) return badVat(input.vatCode);
  updateAccount(db, input.number, { vat_code: input.vatCode });
  appendAudit(db, ctx.clock.now(), ctx.user, 'account.vat-code', { number: input.number, from: a.vat_code, to: input.vatCode });
  return done(dto(db, input.number));
});

export const setActive: Handler<'accounts.setActive'> = (ctx, input) => ctx.write((db) => {
  const a = getAccount(db, input.number);
  if (!a) return refuse('unknown-account', `Konto ${input.number} finns inte.`, { path: 'number' });
  updateAccount(db, input.number, { active: input.active ? 1 : 0 });
  appendAudit(db, ctx.clock.now(), ctx.user, input.active ? 'account.activated' : 'account.deactivated', { number: input.number });
  return done(dto(db, input.number));
});
