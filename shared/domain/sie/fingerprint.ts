/**
 * Identity of an imported voucher, so importing the same file twice adds nothing and an
 * overlapping file adds only what is new (case C3). Two vouchers are the same when series,
 * number, date and the multiset of (account, objects, amount) rows agree; row order and texts
 * do not matter.
 */
import type { PlanVoucher } from './plan.js';

const SEP = '\u0001';

/** The fingerprint without the number, for vouchers that get their number on import. */
function content(fp: string): string {
  const parts = fp.split(SEP);
  parts.splice(1, 1);
  return parts.join(SEP);
}

/**
 * `series number` within one fiscal year; null for unnumbered (4I) vouchers.
 * @example voucherKey({ series: 'A', number: 7 }) // 'A\u00007'
 */
export function voucherKey(v: Pick<PlanVoucher, 'series' | 'number'>): string | null {
  return v.number === null ? null : `${v.series}\u0000${v.number}`;
}

/**
 * Canonical content string of a voucher.
 * Fields are separated by U+0001, which no SIE field can contain.
 * @example voucherFingerprint(v) // 'A␁1␁2025-03-14␁1510{}1075000;2611{}-225000;…'
 */
export function voucherFingerprint(v: Pick<PlanVoucher, 'series' | 'number' | 'date' | 'lines'>): string {
  const rows = v.lines
    .map((l) => `${l.account}{${l.objects.map((o) => `${o.dim}:${o.id}`).sort().join(',')}}${l.amount}`)
    .sort();
  return [v.series, v.number ?? '', v.date, rows.join(';')].join(SEP);
}

export interface ExistingSplit<V> {
  /** Not in the books: to import. */
  fresh: V[];
  /** Already in the books with the same content: skipped. */
  identical: V[];
  /** Same series and number in the books but other content: the import must stop. */
  conflicts: { voucher: V; existingFingerprint: string }[];
}

/**
 * Splits a file's vouchers against those already booked in the same fiscal year, given as
 * voucherKey → voucherFingerprint. Unnumbered vouchers are compared by content alone.
 * @example splitAgainstExisting(plan.vouchers, new Map()).fresh.length // all of them
 */
export function splitAgainstExisting<V extends PlanVoucher>(vouchers: V[], existing: ReadonlyMap<string, string>): ExistingSplit<V> {
  const out: ExistingSplit<V> = { fresh: [], identical: [], conflicts: [] };
  // Unnumbered vouchers match booked ones by content, as a multiset: two identical cash sales in
  // one file stay two vouchers, unless the books already hold two.
  const contents = new Map<string, number>();
  for (const fp of existing.values()) contents.set(content(fp), (contents.get(content(fp)) ?? 0) + 1);
  for (const v of vouchers) {
    const key = voucherKey(v);
    const fp = voucherFingerprint(v);
    if (key === null) {
      const c = content(fp);
      const n = contents.get(c) ?? 0;
      if (n > 0) contents.set(c, n - 1);
      (n > 0 ? out.identical : out.fresh).push(v);
      continue;
    }
    const have = existing.get(key);
    if (have === undefined) out.fresh.push(v);
    else if (have === fp) out.identical.push(v);
    else out.conflicts.push({ voucher: v, existingFingerprint: have });
  }
  return out;
}
