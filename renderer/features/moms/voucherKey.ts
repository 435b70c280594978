import { parseVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import type { FiscalYearDto } from '../../../shared/api/dto.js';

/** Same shape as the voucher view's key (kept here so pure tests need no JSX). */
export interface VoucherKey { series: string; number: number; fiscalYear?: string }

/**
 * The voucher view's key for a ref shown in a list (`A12`), its fiscal year found from the date.
 * @example voucherKeyOf('M3', '2026-03-31', [{ start: '2026-01-01', end: '2026-12-31' }]) // { series: 'M', number: 3, fiscalYear: '2026-01-01' }
 */
export function voucherKeyOf(ref: string, date: string, years: readonly Pick<FiscalYearDto, 'start' | 'end'>[]): VoucherKey | null {
  const k = parseVoucherRef(ref);
  if (!k) return null;
  const fy = k.fiscalYear ?? years.find((y) => y.start <= date && date <= y.end)?.start;
  return { series: k.series, number: k.number, ...(fy ? { fiscalYear: fy } : {}) };
}
