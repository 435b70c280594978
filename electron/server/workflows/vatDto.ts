/** Builds the VAT report DTO from a loaded return: figures, checks, filing state, due date. */
import type { Db } from '../../db/connection.js';
import { vatReportsOverlapping, type VatReportRow } from '../../db/repos/vat.repo.js';
import { voucherById } from '../../db/repos/vouchers.repo.js';
import { refOf } from './voucherDto.js';
import type { LoadedReturn } from './vatReturn.js';
import { FORTY_MILLION, turnoverBasis } from './vatTurnover.js';
import { BOX_IDS } from '../../../shared/domain/vat/boxIds.js';
import { type BoxAmounts, emptyBoxes } from '../../../shared/domain/vat/boxes.js';
import { canFile } from '../../../shared/domain/vat/checks.js';
import { boxDelta, deltaMessage } from '../../../shared/domain/vat/changed.js';
import { settlementLines } from '../../../shared/domain/vat/settlement.js';
import { vatDueDate } from '../../../shared/domain/vat/calendar.js';
import { truncKronor } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { BoxMap, VatCheckDto, VatReportDto, VatReportedDto } from '../../../shared/api/dto/vat.js';

/** Declared öre (multiples of 100) → whole kronor per box. */
export function boxesInKronor(b: BoxAmounts): BoxMap {
  return Object.fromEntries(BOX_IDS.map((id) => [id, truncKronor(b[id])])) as BoxMap;
}

/** Filed boxes from a vat_reports row (stored as öre JSON). */
export function filedBoxes(row: VatReportRow): BoxAmounts {
  const parsed = JSON.parse(row.boxes) as Record<string, number>;
  const out = emptyBoxes();
  for (const b of BOX_IDS) out[b] = ore(parsed[b] ?? 0);
  return out;
}

export function voucherRefById(db: Db, id: number | null): string | null {
  if (id === null) return null;
  const v = voucherById(db, id);
  return v ? refOf(db, v, true) : null;
}

function reportedOf(db: Db, row: VatReportRow): VatReportedDto {
  return { at: row.reported_at, by: row.reported_by, voucher: voucherRefById(db, row.voucher_id), voucherId: row.voucher_id, boxes: boxesInKronor(filedBoxes(row)) };
}

export function checkDtos(r: LoadedReturn): VatCheckDto[] {
  return r.checks.map((c) => ({ code: c.code, severity: c.severity, message: c.message, boxes: [...c.boxes], ...(c.account ? { account: c.account } : {}) }));
}

/** EU trade for the yearly due-date rule: EU purchases or sales in the period. */
function hasEuTrade(b: BoxAmounts): boolean {
  return (['20', '21', '35', '38', '39'] as const).some((x) => b[x] !== 0);
}

export function reportDto(db: Db, r: LoadedReturn): VatReportDto {
  const { period, company, figures } = r;
  const filed = vatReportsOverlapping(db, period.from, period.to).find((x) => x.from_date === period.from && x.to_date === period.to);
  const delta = filed ? boxDelta(filedBoxes(filed), figures.rounded) : {};
  const deltaKr = Object.fromEntries(Object.entries(delta).map(([b, d]) => [b, truncKronor(d)]));
  const over40M = company.vat_period === 'month' && turnoverBasis(db, Number(period.to.slice(0, 4))).turnover > FORTY_MILLION;
  const due = vatDueDate(company.vat_period, period.to, { form: company.form, over40M, euTrade: hasEuTrade(figures.exact) });
  return {
    period: period.label, kind: period.kind, from: period.from, to: period.to, lastMonth: period.lastMonth,
    vatPeriod: company.vat_period, method: company.vat_method,
    boxes: boxesInKronor(figures.rounded), exact: Object.fromEntries(BOX_IDS.map((b) => [b, figures.exact[b] as number])) as BoxMap,
    checks: checkDtos(r), canFile: canFile(r.checks),
    settlement: settlementLines(r.lines, figures.rounded).map((l) => ({ account: l.account, amount: l.amount })),
    due: { date: due.due, rule: due.rule, uncertain: due.uncertain },
    reported: filed ? reportedOf(db, filed) : null,
    changedAfterReport: filed && Object.keys(delta).length > 0 ? { message: deltaMessage(delta), delta: deltaKr } : null,
    excludedVouchers: r.excluded.map((id) => voucherRefById(db, id) ?? String(id)),
  };
}
