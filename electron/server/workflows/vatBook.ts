/**
 * Files a period's VAT in the books, in the caller's one write transaction: posts the momsomföring
 * (series M, the period's last day) through the ordinary posting checks, stores the declared boxes
 * in vat_reports, and raises every open month of the period to 'vat-reported'.
 */
import type { Db } from '../../db/connection.js';
import { periodState, setPeriodState } from '../../db/repos/periods.repo.js';
import { fiscalYearContaining } from '../../db/repos/fiscalYears.repo.js';
import { insertVatReport, vatReportsOverlapping } from '../../db/repos/vat.repo.js';
import { type HandlerResult, done, refuse, refuseAll } from '../result.js';
import { checkDraft, writeChecked } from './postVoucher.js';
import { voucherDto } from './voucherDto.js';
import type { LoadedReturn } from './vatReturn.js';
import { boxesInKronor } from './vatDto.js';
import { canFile } from '../../../shared/domain/vat/checks.js';
import { settlementLines } from '../../../shared/domain/vat/settlement.js';
import type { DraftVoucher } from '../../../shared/domain/ledger/voucher.js';
import type { VatBookDto } from '../../../shared/api/dto/vat.js';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';

/** The series of momsomföring vouchers: M for moms, apart from the everyday A series. */
export const SETTLEMENT_SERIES = 'M';

/** Refuses a return that an error check blocks, naming the errors. */
export function blockedByChecks(r: LoadedReturn, what: string): HandlerResult<never> | null {
  if (canFile(r.checks)) return null;
  const errors = r.checks.filter((c) => c.severity === 'error').map((c) => c.message).join(' ');
  return refuse('vat-checks-failed', `Momsdeklarationen för ${r.period.label} har fel och kan inte ${what}: ${errors}`, { path: 'period' });
}

export function bookReturn(db: Db, r: LoadedReturn, meta: { now: string; user: string }): HandlerResult<VatBookDto> {
  const { period } = r;
  const earlier = vatReportsOverlapping(db, period.from, period.to);
  if (earlier.length > 0) {
    const e = earlier[0];
    return refuse('vat-already-reported', `Momsen för ${e?.period} är redan redovisad och bokförd (${e ? swedishDateOf(e.reported_at) : ''} av ${e?.reported_by}). En period bokförs bara en gång; lämna en ny deklaration för perioden om något ändrats.`, { path: 'period' });
  }
  const blocked = blockedByChecks(r, 'bokföras');
  if (blocked) return blocked;
  const fy = fiscalYearContaining(db, period.to);
  if (!fy) return refuse('no-fiscal-year', `Det finns inget räkenskapsår som omfattar ${period.to}, periodens sista dag. Skapa året först.`, { path: 'period' });
  if (fy.state === 'closed') return refuse('fiscal-year-closed', `Räkenskapsåret ${fy.start_date}–${fy.end_date} är avslutat; momsen för ${period.label} kan inte bokföras där.`, { path: 'period' });

  const lines = settlementLines(r.lines, r.figures.rounded);
  let voucher: VatBookDto['voucher'] = null;
  if (lines.length > 0) {
    const draft: DraftVoucher = {
      kind: 'draft', date: period.to, series: SETTLEMENT_SERIES, text: `Momsredovisning ${period.label} (momsomföring)`, lines,
      reference: `Momsdeklaration ${period.lastMonth.replace('-', '')}`,
    };
    const checked = checkDraft(db, draft);
    if (!checked.ok) return refuseAll(checked.problems);
    voucher = voucherDto(db, writeChecked(db, checked.value, meta));
  }
  insertVatReport(db, {
    period: period.label, from_date: period.from, to_date: period.to,
    boxes: JSON.stringify(r.figures.rounded), exact: JSON.stringify(r.figures.exact), box49: r.figures.rounded['49'],
    voucher_id: voucher?.id ?? null, reported_at: meta.now, reported_by: meta.user,
  });
  const months: string[] = [];
  for (const month of period.months) {
    if (periodState(db, month) !== 'open') continue;
    setPeriodState(db, { month, state: 'vat-reported', changed_at: meta.now, changed_by: meta.user, reason: null });
    months.push(month);
  }
  return done({ period: period.label, from: period.from, to: period.to, voucher, boxes: boxesInKronor(r.figures.rounded), months, reportedAt: meta.now });
}
