import type { Db } from '../../db/connection.js';
import { linesOf, voucherById, correctionsOf, voucherByNumber, type VoucherRow } from '../../db/repos/vouchers.repo.js';
import { fiscalYearById, fiscalYearByStart, fiscalYearContaining, latestFiscalYear } from '../../db/repos/fiscalYears.repo.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import type { VoucherDto } from '../../../shared/api/dto.js';

const fyStartCache = new WeakMap<Db, Map<number, string>>();

export function fyStartOf(db: Db, id: number): string {
  let m = fyStartCache.get(db);
  if (!m) fyStartCache.set(db, (m = new Map()));
  let s = m.get(id);
  if (!s) m.set(id, (s = fiscalYearById(db, id)?.start_date ?? '?'));
  return s;
}

/** `A12` in its own year; `A12@2025-01-01` when shown outside it. */
export function refOf(db: Db, v: Pick<VoucherRow, 'series' | 'number' | 'fiscal_year_id'>, withYear = false): string {
  const base = formatVoucherRef(v.series, v.number);
  return withYear ? `${base}@${fyStartOf(db, v.fiscal_year_id)}` : base;
}

export function voucherDto(db: Db, v: VoucherRow): VoucherDto {
  const original = v.corrects_id ? voucherById(db, v.corrects_id) : undefined;
  return {
    id: v.id, ref: refOf(db, v), series: v.series, number: v.number, fiscalYear: fyStartOf(db, v.fiscal_year_id),
    date: v.date, registeredAt: v.registered_at, text: v.text, counterparty: v.counterparty, reference: v.reference,
    origin: v.origin, createdBy: v.created_by, hash: v.hash,
    corrects: original ? refOf(db, original, original.fiscal_year_id !== v.fiscal_year_id) : null,
    correctedBy: correctionsOf(db, v.id).map((c) => refOf(db, c, c.fiscal_year_id !== v.fiscal_year_id)),
    lines: linesOf(db, v.id).map((l) => ({ lineNo: l.line_no, account: l.account, accountName: l.account_name, amount: l.amount, text: l.text, quantity: l.quantity })),
  };
}

/** Finds a voucher by series/number in the named year, else the year of `date`, else the latest. */
export function findVoucher(db: Db, ref: { series: string; number: number; fiscalYear?: string | undefined }, date?: string): VoucherRow | undefined {
  const fy = ref.fiscalYear ? fiscalYearByStart(db, ref.fiscalYear) : (date ? fiscalYearContaining(db, date) : undefined) ?? latestFiscalYear(db);
  return fy ? voucherByNumber(db, fy.id, ref.series, ref.number) : undefined;
}
