/**
 * Posts a year-end inside one BEGIN IMMEDIATE transaction: the closing vouchers (series B, last day
 * of the year), the next fiscal year if it does not exist, its carried opening balances, the
 * reversals on its first day, the run record, every month of the year closed and finally the
 * fiscal year closed. Vouchers go through checkDraft + writeChecked like every other posting.
 */
import type { Db } from '../../db/connection.js';
import { fiscalYearByStart, insertFiscalYear } from '../../db/repos/fiscalYears.repo.js';
import { getAccount, insertAccounts } from '../../db/repos/accounts.repo.js';
import { openingSource, replaceOpening } from '../../db/repos/balances.repo.js';
import { listPeriodStates, setPeriodState } from '../../db/repos/periods.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { lastHash } from '../../db/repos/vouchers.repo.js';
import { closeFiscalYear, insertAsset, insertYearEndRun } from '../../db/repos/closing.repo.js';
import { checkDraft, writeChecked } from './postVoucher.js';
import { carriedOpening } from './closingBalances.js';
import { refuseAll, type HandlerResult } from '../result.js';
import { CLOSING_SERIES, type PlannedVoucher } from '../../../shared/domain/closing/planned.js';
import type { YearEndAnswers } from '../../../shared/domain/closing/answers.js';
import { nextFiscalYear } from '../../../shared/domain/periods/fiscalYear.js';
import { userAccount } from '../../../shared/domain/accounts/chart.js';
import { type IsoDate, monthsBetween } from '../../../shared/domain/dates/isoDate.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import type { Built } from './yearEndBuild.js';
import type { YearEndContext } from './yearEndFacts.js';

export interface Posted { posted: { ref: string; date: string; text: string }[]; reversals: { ref: string; date: string; text: string }[]; nextFiscalYear: string }

function post(db: Db, v: PlannedVoucher, now: string, user: string): HandlerResult<{ ref: string; date: string; text: string }> {
  const checked = checkDraft(db, { kind: 'draft', date: v.date, text: v.text, series: CLOSING_SERIES, lines: v.lines.map((l) => ({ account: l.account, amount: l.amount, ...(l.text ? { text: l.text } : {}) })) });
  if (!checked.ok) return refuseAll(checked.problems.map((p) => ({ ...p, message: `${v.text} (${v.date}): ${p.message}` })));
  const row = writeChecked(db, checked.value, { now, user });
  return { ok: true, value: { ref: formatVoucherRef(row.series, row.number), date: row.date, text: row.text } };
}

function ensureAccounts(db: Db, numbers: Iterable<string>): void {
  for (const n of numbers) {
    if (getAccount(db, n)) continue;
    const a = userAccount(n, n === '2098' ? 'Vinst eller förlust från föregående år' : n === '2010' ? 'Eget kapital' : `Konto ${n}`, null);
    insertAccounts(db, [{ number: a.number, name: a.name, type: a.type, normal_balance: a.normalBalance, statement: a.statement, vat_code: null, sru: null, active: 1, source: 'user' }]);
  }
}

/** Runs inside ctx.write; an error value rolls everything back. */
export function postYearEnd(db: Db, c: YearEndContext, built: Built, answers: YearEndAnswers, now: string, user: string): HandlerResult<Posted> {
  const plan = built.plan;
  if (!plan) return refuseAll(built.dto.problems);
  for (const a of built.newAssets) insertAsset(db, { id: a.id, name: a.name, acquired: a.acquired, cost: a.cost, life_years: a.lifeYears, method: a.method, asset_account: a.assetAccount,
    accumulated_account: a.accumulatedAccount ?? null, depreciation_account: a.depreciationAccount ?? null, added_at: now, added_by: user });
  const posted: Posted['posted'] = [];
  for (const v of plan.vouchers) {
    const r = post(db, v, now, user);
    if (!r.ok) return r;
    posted.push(r.value);
  }
  let next = fiscalYearByStart(db, c.nextStart);
  if (!next) {
    const span = nextFiscalYear({ start: c.fy.start_date as IsoDate, end: c.fy.end_date as IsoDate });
    insertFiscalYear(db, span.start, span.end);
    next = fiscalYearByStart(db, span.start)!;
    appendAudit(db, now, user, 'year.new', { start: span.start, end: span.end, by: 'year-end' });
  }
  if (openingSource(db, next.id) === null || openingSource(db, next.id) === 'carried') {
    const opening = carriedOpening(db, c.fy, c.company.form);
    ensureAccounts(db, opening.keys());
    replaceOpening(db, next.id, [...opening].map(([account, amount]) => ({ account, amount })), 'carried', now, user);
  }
  const reversals: Posted['reversals'] = [];
  for (const v of plan.reversals) {
    const r = post(db, v, now, user);
    if (!r.ok) return r;
    reversals.push(r.value);
  }
  const head = lastHash(db) ?? '';
  insertYearEndRun(db, {
    fiscal_year_id: c.fy.id, answers: JSON.stringify(answers), chain_head: head, at: now, by: user,
    summary: JSON.stringify({ posted, reversals, result: plan.result, tax: plan.tax, forms: built.dto.forms }),
  });
  const months = monthsBetween(c.fy.start_date as IsoDate, c.fy.end_date as IsoDate);
  const states = new Map(listPeriodStates(db, months[0]!, months.at(-1)!).map((s) => [s.month, s.state]));
  for (const m of months) if (states.get(m) !== 'closed') setPeriodState(db, { month: m, state: 'closed', changed_at: now, changed_by: user, reason: null });
  closeFiscalYear(db, c.fy.id);
  appendAudit(db, now, user, 'year-end', { fiscalYear: c.fy.start_date, vouchers: posted.map((p) => p.ref), reversals: reversals.map((p) => p.ref), chainHead: head });
  return { ok: true, value: { posted, reversals, nextFiscalYear: next.start_date } };
}
