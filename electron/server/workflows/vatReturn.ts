/**
 * Reads a period's momsdeklaration from the ledger: the period checked against the company, the
 * VAT-coded lines by voucher date (both VAT methods: the ledger already dates each VAT line in
 * the period it is reported), momsomföring vouchers left out, the figures and every check.
 */
import type { Db } from '../../db/connection.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { type VatLineRow, getVatSettings, settlementVoucherIds, vatLinesInRange } from '../../db/repos/vat.repo.js';
import type { CompanyTable } from '../../db/tables/core.table.js';
import { type HandlerResult, done, refuseAll } from '../result.js';
import { type VatLine, type VatReturnFigures, vatReturnFigures } from '../../../shared/domain/vat/boxes.js';
import { type VatCheck, checkVatReturn } from '../../../shared/domain/vat/checks.js';
import { isVatCode } from '../../../shared/domain/vat/codes.js';
import { exemptionChecks, periodNotEndedCheck } from '../../../shared/domain/vat/exemption.js';
import { isSettlementVoucher } from '../../../shared/domain/vat/settlement.js';
import { type VatPeriod, resolveVatPeriod } from '../../../shared/domain/vat/vatPeriod.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { taxableTurnover } from './vatTurnover.js';

export interface PeriodContext { company: CompanyTable; period: VatPeriod }

/** The company and the period, or `vat-invalid-period` / `vat-period-mismatch`. */
export function resolvePeriod(db: Db, spec: string): HandlerResult<PeriodContext> {
  const company = getCompany(db);
  if (!company) throw new Error('company row missing');
  const years = listFiscalYears(db).map((y) => ({ start: y.start_date, end: y.end_date }));
  const r = resolveVatPeriod(spec, company.vat_period, years);
  return r.ok ? done({ company, period: r.value }) : refuseAll(r.problems);
}

export interface PeriodLines {
  lines: (VatLine & { voucherId: number })[];
  /** Voucher ids left out as momsomföringar. */
  excluded: number[];
}

/** VAT-coded lines of a date range without the momsomföring vouchers. */
export function periodLines(db: Db, from: string, to: string): PeriodLines {
  const known = new Set(settlementVoucherIds(db, from, to));
  const byVoucher = new Map<number, VatLineRow[]>();
  for (const r of vatLinesInRange(db, from, to)) {
    const list = byVoucher.get(r.voucherId);
    if (list) list.push(r);
    else byVoucher.set(r.voucherId, [r]);
  }
  const lines: PeriodLines['lines'] = [];
  const excluded: number[] = [];
  for (const [voucherId, rows] of byVoucher) {
    const coded = rows.map((r) => ({ voucherId, account: r.account, vatCode: r.vatCode !== null && isVatCode(r.vatCode) ? r.vatCode : null, amount: ore(r.amount) }));
    if (known.has(voucherId) || isSettlementVoucher(coded)) {
      excluded.push(voucherId);
      continue;
    }
    for (const l of coded) if (l.vatCode !== null) lines.push(l);
  }
  return { lines, excluded: excluded.sort((a, b) => a - b) };
}

export interface LoadedReturn extends PeriodContext, PeriodLines {
  figures: VatReturnFigures;
  checks: VatCheck[];
  exempt: boolean;
}

/** Everything a report, a file or a booking needs; `today` decides the "period not ended" warning. */
export function loadReturn(db: Db, ctx: PeriodContext, today: string): LoadedReturn {
  const { period } = ctx;
  const pl = periodLines(db, period.from, period.to);
  const figures = vatReturnFigures(pl.lines);
  const checks = checkVatReturn(pl.lines, figures);
  const notEnded = periodNotEndedCheck(period.to, today);
  if (notEnded) checks.push(notEnded);
  const exempt = getVatSettings(db)?.exempt === 1;
  if (exempt) {
    const year = period.to.slice(0, 4);
    checks.push(...exemptionChecks(taxableTurnover(db, `${year}-01-01`, period.to), Number(year)));
  }
  return { ...ctx, ...pl, figures, checks, exempt };
}
