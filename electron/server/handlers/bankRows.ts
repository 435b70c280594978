/** Read-only listings: bank accounts, imported statements, bank rows. */
import type { Handler } from './types.js';
import { done } from '../result.js';
import { accountStats, countRows, listBankAccounts, pageRows, rowAmounts, statementsOf } from '../../db/repos/bank.repo.js';
import { bankRowDtos } from '../workflows/bankRowDto.js';
import { anchorsOf, bankBalanceAt } from '../../../shared/domain/bank/reconcile.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import type { Ore } from '../../../shared/domain/money/ore.js';

export const bankAccounts: Handler<'bank.accounts'> = (ctx) => {
  const db = ctx.db();
  const stats = new Map(accountStats(db).map((s) => [s.account, s]));
  return done(listBankAccounts(db).map((a) => {
    const s = stats.get(a.account);
    const sts = statementsOf(db, a.account);
    const anchors = anchorsOf(sts.map((x) => ({ firstDate: x.first_date as IsoDate | null, lastDate: x.last_date as IsoDate | null, opening: x.opening_balance as Ore | null, closing: x.closing_balance as Ore | null })));
    const last = s?.last_date ?? null;
    return {
      account: a.account, name: a.name, currency: a.currency, rows: s?.rows ?? 0, unmatched: s?.unmatched ?? 0, firstDate: s?.first_date ?? null,
      lastDate: last, balance: last ? bankBalanceAt(last as IsoDate, anchors, rowAmounts(db, a.account)) : null, statements: sts.length,
    };
  }));
};

export const bankStatements: Handler<'bank.statements'> = (ctx, input) => done(statementsOf(ctx.db(), input.account).map((s) => ({
  id: s.id, account: s.account, fileName: s.file_name, sha256: s.sha256, part: s.part, format: s.format, sourceAccount: s.source_account,
  currency: s.currency, firstDate: s.first_date, lastDate: s.last_date, opening: s.opening_balance, closing: s.closing_balance,
  rowsInFile: s.rows_in_file, imported: s.rows_imported, duplicates: s.duplicates, skipped: s.skipped, importedAt: s.imported_at, importedBy: s.imported_by,
})));

export const bankRows: Handler<'bank.rows'> = (ctx, input) => {
  const db = ctx.db();
  const f = { account: input.account, from: input.from, to: input.to, state: input.state };
  return done({ total: countRows(db, f), offset: input.offset, rows: bankRowDtos(db, pageRows(db, f, input.offset, input.limit)) });
};
