/**
 * The month close: reads every fact the checklist needs (inside the caller's transaction when
 * closing) and, for close-month, moves the month to closed through the core's period model.
 */
import type { Db } from '../../db/connection.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { fiscalYearContaining } from '../../db/repos/fiscalYears.repo.js';
import { listPeriodStates, periodState } from '../../db/repos/periods.repo.js';
import { latestReconciliation } from '../../db/repos/bankReconciliations.repo.js';
import { getVatSettings, vatReportsOverlapping } from '../../db/repos/vat.repo.js';
import { sizeClass } from '../../db/repos/closing.repo.js';
import { accountsToReconcile, cashVoucherIds, draftRows, vouchersBetween, vouchersWithReceipts } from '../../db/repos/closingFacts.repo.js';
import { verifyBooks } from './verifyBooks.js';
import { type IsoDate, type IsoMonth, firstOfMonth, lastOfMonth, monthsBetween, isIsoDate } from '../../../shared/domain/dates/isoDate.js';
import { type MonthFacts, monthChecklist, openItems } from '../../../shared/domain/closing/checklist.js';
import { SIZE_CLASS_SV, bookingDeadline, monthDeadline } from '../../../shared/domain/closing/timeLimits.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { MonthCloseDto } from '../../../shared/api/dto/closing.js';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';

/** Series that hold bookkeeping orders (bokslut, momsomföring) rather than business events. */
const INTERNAL_SERIES = new Set(['B', 'M']);


/** The VAT period that ends in `month`, as vat.* names it, or null. */
function vatPeriodEnding(db: Db, month: IsoMonth, fy: { start: string; end: string }): { period: string; from: string } | null {
  const c = getCompany(db);
  const mm = Number(month.slice(5, 7));
  if (!c) return null;
  if (c.vat_period === 'month') return { period: month, from: firstOfMonth(month) };
  if (c.vat_period === 'quarter') return mm % 3 === 0 ? { period: `${month.slice(0, 4)}-Q${mm / 3}`, from: firstOfMonth(`${month.slice(0, 4)}-${String(mm - 2).padStart(2, '0')}` as IsoMonth) } : null;
  if (lastOfMonth(month) !== fy.end) return null;
  return { period: fy.start.endsWith('-01-01') && fy.end.endsWith('-12-31') ? fy.start.slice(0, 4) : fy.start, from: fy.start };
}

/** Every fact of the month checklist, or null when the month is outside every fiscal year. */
export function monthFacts(db: Db, month: IsoMonth): { facts: MonthFacts; fiscalYear: { start: string; end: string } } | null {
  const from = firstOfMonth(month);
  const to = lastOfMonth(month);
  const fy = fiscalYearContaining(db, from);
  if (!fy) return null;
  const span = { start: fy.start_date as IsoDate, end: fy.end_date as IsoDate };
  const size = sizeClass(db);
  const vouchers = vouchersBetween(db, from, to);
  const cash = cashVoucherIds(db, from, to);
  // Underlag is needed for business events: not for imported vouchers, the internal series, corrections
  // (their underlag is the voucher they correct) or an opening-balance voucher on the year's first day.
  const openingVoucher = (v: { date: string; text: string }) => v.date === fy.start_date && /ingående balans/i.test(v.text);
  const needing = vouchers.filter((v) => v.origin === 'kontera' && !INTERNAL_SERIES.has(v.series) && v.corrects_id === null && !openingVoucher(v));
  const withReceipt = vouchersWithReceipts(db, from, to);
  const vat = vatPeriodEnding(db, month, span);
  const reported = vat ? vatReportsOverlapping(db, vat.from, to).some((r) => r.to_date === to && r.from_date === vat.from) : false;
  const drafts = draftRows(db).flatMap((d) => {
    let content: Record<string, unknown> = {};
    try { content = JSON.parse(d.content) as Record<string, unknown>; } catch { /* an unreadable draft still counts */ }
    const date = typeof content.date === 'string' ? content.date : '';
    if (isIsoDate(date) && (date < from || date > to)) return [];
    const text = typeof content.text === 'string' && content.text.trim() ? content.text.trim() : 'utan text';
    return [{ id: d.id, label: `utkast ${d.id} (${date || 'utan datum'}, ${text})` }];
  });
  const late = vouchers.filter((v) => v.origin === 'kontera').flatMap((v) => {
    const registered = swedishDateOf(v.registered_at);
    const deadline = bookingDeadline(v.date as IsoDate, cash.has(v.id), size, span);
    return registered > deadline ? [{ id: v.id, ref: formatVoucherRef(v.series, v.number), fiscalYear: v.fiscal_year, date: v.date as IsoDate, registered, deadline, cash: cash.has(v.id) }] : [];
  });
  const verify = verifyBooks(db);
  const earlier = monthsBetween(span.start, span.end).filter((m) => m < month);
  const states = new Map(listPeriodStates(db, earlier[0] ?? month, month).map((s) => [s.month, s.state]));
  return {
    fiscalYear: span,
    facts: {
      month,
      accounts: accountsToReconcile(db, fy.id, from, to).map((a) => {
        const r = latestReconciliation(db, a.account, month);
        return { ...a, record: r ? { reconciled: r.reconciled === 1, difference: r.difference === null ? null : ore(r.difference) } : null };
      }),
      receipts: { checked: needing.length, total: vouchers.length, missing: needing.filter((v) => !withReceipt.has(v.id)).map((v) => ({ id: v.id, ref: formatVoucherRef(v.series, v.number), fiscalYear: v.fiscal_year, text: v.text })) },
      vatPeriod: vat ? { period: vat.period, reported, exempt: getVatSettings(db)?.exempt === 1 } : null,
      drafts, late, deadline: monthDeadline(month, size, span), sizeClassText: SIZE_CLASS_SV[size],
      chain: { ok: verify.ok, head: verify.chainHead, problems: verify.problems.length },
      earlierOpen: earlier.filter((m) => (states.get(m) ?? 'open') !== 'closed'),
    },
  };
}

/** The checklist DTO of a month. */
export function monthCloseDto(db: Db, facts: MonthFacts): MonthCloseDto {
  const items = monthChecklist(facts);
  return { month: facts.month, state: periodState(db, facts.month), items, open: openItems(items).length, chainHead: facts.chain.head };
}
