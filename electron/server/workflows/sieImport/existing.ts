import type { Db } from '../../../db/connection.js';
import { voucherFingerprint, voucherKey } from '../../../../shared/domain/sie/fingerprint.js';
import type { PlanLine } from '../../../../shared/domain/sie/plan.js';
import type { Ore } from '../../../../shared/domain/money/ore.js';
import type { VoucherExtras } from './extras.js';

interface Row { id: number; series: string; number: number; date: string; extras: string | null; line_no: number; account: string; amount: number }

/**
 * voucherKey → fingerprint of every voucher already booked in a fiscal year, in the same form
 * the SIE plan uses, so a re-imported file is recognised voucher by voucher (case C3).
 */
export function existingFingerprints(db: Db, fiscalYearId: number): Map<string, string> {
  const rows = db.raw.prepare(`SELECT v.id, v.series, v.number, v.date, v.extras, l.line_no, l.account, l.amount
    FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id WHERE v.fiscal_year_id = ? ORDER BY v.id, l.line_no`).all(fiscalYearId) as Row[];
  const out = new Map<string, string>();
  let cur: { series: string; number: number; date: string; lines: Pick<PlanLine, 'account' | 'objects' | 'amount'>[] } | null = null;
  let curId = -1;
  let extras: VoucherExtras | null = null;
  const flush = () => {
    if (cur) out.set(voucherKey(cur) as string, voucherFingerprint(cur as never));
  };
  for (const r of rows) {
    if (r.id !== curId) {
      flush();
      curId = r.id;
      extras = r.extras ? (JSON.parse(r.extras) as VoucherExtras) : null;
      cur = { series: r.series, number: r.number, date: r.date, lines: [] };
    }
    cur?.lines.push({ account: r.account, amount: r.amount as Ore, objects: extras?.lines?.[r.line_no - 1]?.objects ?? [] });
  }
  flush();
  return out;
}

/** First free number per series in a fiscal year. */
export function nextNumbers(db: Db, fiscalYearId: number): Record<string, number> {
  const rows = db.raw.prepare('SELECT series, max(number) AS m FROM vouchers WHERE fiscal_year_id = ? GROUP BY series').all(fiscalYearId) as { series: string; m: number }[];
  return Object.fromEntries(rows.map((r) => [r.series, r.m + 1]));
}
