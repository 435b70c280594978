import type { Handler } from './types.js';
import type { Db } from '../../db/connection.js';
import { done, type HandlerResult } from '../result.js';
import { resolveRange, type ResolvedRange } from './range.js';
import { balancesInYear, type BalanceRow } from '../../db/repos/balances.repo.js';
import { accountLines } from '../../db/repos/ledger.repo.js';
import { voucherIdsInRange, voucherById } from '../../db/repos/vouchers.repo.js';
import { voucherDto } from '../workflows/voucherDto.js';
import { openingStale } from './years.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { incomeStatement, balanceSheet } from '../../../shared/domain/reports/statements.js';
import { ore, sumOre } from '../../../shared/domain/money/ore.js';
import { isResultClosingAccount, groupOf } from '../../../shared/domain/reports/layout.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';

function withRange<T>(db: Db, input: Parameters<typeof resolveRange>[1], f: (r: ResolvedRange) => T): HandlerResult<T> {
  const r = resolveRange(db, input);
  return r.ok ? done(f(r.value)) : r;
}

const closingOf = (b: BalanceRow) => b.opening + b.debit - b.credit;
const stale = (db: Db, fy: number) => openingStale(db, fy);

export const trialBalance: Handler<'reports.trialBalance'> = (ctx, input) => {
  const db = ctx.db();
  return withRange(db, input, (r) => {
    const rows = balancesInYear(db, r.fiscalYearId, r.from, r.to)
      .filter((b) => b.opening !== 0 || b.debit !== 0 || b.credit !== 0)
      .map((b) => ({ number: b.account, name: b.name, opening: b.opening, debit: b.debit, credit: b.credit, closing: closingOf(b) }));
    const total = (k: 'opening' | 'debit' | 'credit' | 'closing') => sumOre(rows.map((x) => ore(x[k])));
    return { from: r.from, to: r.to, fiscalYear: r.fiscalYear, accounts: rows, openingStale: stale(db, r.fiscalYearId),
      totals: { opening: total('opening'), debit: total('debit'), credit: total('credit'), closing: total('closing') } };
  });
};

export const generalLedger: Handler<'reports.generalLedger'> = (ctx, input) => {
  const db = ctx.db();
  return withRange(db, input, (r) => ({
    from: r.from, to: r.to, fiscalYear: r.fiscalYear,
    accounts: balancesInYear(db, r.fiscalYearId, r.from, r.to)
      .filter((b) => (!input.account || b.account === input.account) && (b.opening !== 0 || b.debit !== 0 || b.credit !== 0))
      .map((b) => {
        let running = b.opening;
        const rows = accountLines(db, r.fiscalYearId, b.account, r.from, r.to).map((l) => {
          running += l.amount;
          return { voucher: formatVoucherRef(l.series, l.number), date: l.date, text: l.line_text ?? l.text, amount: l.amount, balance: running };
        });
        return { number: b.account, name: b.name, opening: b.opening, closing: closingOf(b), rows };
      }),
  }));
};

export const journal: Handler<'reports.journal'> = (ctx, input) => {
  const db = ctx.db();
  return withRange(db, input, (r) => ({
    from: r.from, to: r.to, fiscalYear: r.fiscalYear,
    vouchers: voucherIdsInRange(db, r.from, r.to).map((id) => voucherDto(db, voucherById(db, id) as NonNullable<ReturnType<typeof voucherById>>)),
  }));
};

export const incomeStatementReport: Handler<'reports.incomeStatement'> = (ctx, input) => {
  const db = ctx.db();
  return withRange(db, input, (r) => ({
    from: r.from, to: r.to, fiscalYear: r.fiscalYear,
    ...incomeStatement(balancesInYear(db, r.fiscalYearId, r.from, r.to).map((b) => ({ account: b.account, name: b.name, balance: ore(b.debit - b.credit) })),
      { form: getCompany(db)?.form === 'EF' ? 'EF' : 'AB' }),
  }));
};

export const balanceSheetReport: Handler<'reports.balanceSheet'> = (ctx, input) => {
  const db = ctx.db();
  return withRange(db, input, (r) => {
    const rows = balancesInYear(db, r.fiscalYearId, r.yearStart, r.to);
    const unclosed = -sumOre(rows.filter((b) => groupOf(b.account) >= 30 || isResultClosingAccount(b.account)).map((b) => ore(closingOf(b))));
    return {
      from: r.from, to: r.to, fiscalYear: r.fiscalYear,
      ...balanceSheet(rows.map((b) => ({ account: b.account, name: b.name, balance: ore(closingOf(b)) })), ore(unclosed)),
    };
  });
};
