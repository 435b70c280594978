import type { Db } from '../../../db/connection.js';
import type { PlanVoucher, SieImportPlan } from '../../../../shared/domain/sie/plan.js';
import { splitAgainstExisting } from '../../../../shared/domain/sie/fingerprint.js';
import { numberUnnumbered } from '../../../../shared/domain/sie/numbering.js';
import { formatSv } from '../../../../shared/domain/money/format.js';
import { type HandlerResult, done, refuse } from '../../result.js';
import { existingFingerprints, nextNumbers } from './existing.js';
import { extrasOf } from './extras.js';
import type { ImportVoucher } from './writeVouchers.js';
import type { YearRef } from './fiscalYears.js';

export interface VoucherSelection { toWrite: ImportVoucher[]; skipped: number; warnings: { code: string; message: string; line?: number }[] }

const at = (v: PlanVoucher) => `${v.series} ${v.number ?? ''}`.trim();

/**
 * Decides, for every voucher in the file, whether it is new, already booked (identical: skipped)
 * or in conflict with a booked voucher (the import stops), checks each new one against the
 * period locks, and gives unnumbered vouchers the next free numbers of their series.
 */
export function selectVouchers(db: Db, plan: SieImportPlan, years: readonly YearRef[], series: string): HandlerResult<VoucherSelection> {
  const warnings: VoucherSelection['warnings'] = [];
  const byYear = new Map<YearRef, PlanVoucher[]>();
  for (const raw of plan.vouchers) {
    const v = { ...raw, series: raw.series === '' ? series : raw.series, number: raw.number !== null && raw.number > 0 ? raw.number : null };
    if (v.lines.length < 2) {
      warnings.push({ code: 'sie-voucher-too-few-rows', message: `Verifikation ${at(v)} på rad ${v.line} har bara ${v.lines.length} rad och importeras inte (den påverkar inga saldon).`, line: v.line });
      continue;
    }
    const y = years.find((fy) => v.date >= fy.start && v.date <= fy.end);
    if (!y) return refuse('no-fiscal-year', `Verifikation ${at(v)} på rad ${v.line} är daterad ${v.date}, utanför företagets räkenskapsår. Lägg upp året först.`, { line: v.line });
    if (y.state === 'closed') return refuse('fiscal-year-closed', `Verifikation ${at(v)} på rad ${v.line} ligger i det avslutade räkenskapsåret ${y.start}–${y.end}.`, { line: v.line });
    let list = byYear.get(y);
    if (!list) byYear.set(y, (list = []));
    list.push(v);
  }
  const states = new Map((db.raw.prepare('SELECT month, state FROM period_states').all() as { month: string; state: string }[]).map((r) => [r.month, r.state]));
  const vatAccounts = new Set((db.raw.prepare('SELECT number FROM accounts WHERE vat_code IS NOT NULL').all() as { number: string }[]).map((r) => r.number));
  const toWrite: ImportVoucher[] = [];
  let skipped = 0;
  for (const [y, list] of byYear) {
    const existing = existingFingerprints(db, y.id);
    // A year without vouchers needs no comparison: everything in the file is new.
    const split = existing.size === 0 ? { fresh: list, identical: [], conflicts: [] } : splitAgainstExisting(list, existing);
    const conflict = split.conflicts[0];
    if (conflict) {
      return refuse('sie-voucher-conflict', `Verifikation ${at(conflict.voucher)} på rad ${conflict.voucher.line} finns redan i bokföringen med annat innehåll. Inget har importerats; kontrollera att filen hör till det här företaget.`, { line: conflict.voucher.line });
    }
    skipped += split.identical.length;
    for (const v of split.fresh) {
      const state = states.get(v.date.slice(0, 7));
      if (state === 'closed') return refuse('period-closed', `Verifikation ${at(v)} på rad ${v.line} ligger i den stängda månaden ${v.date.slice(0, 7)}. Inget har importerats.`, { line: v.line });
      if (state === 'vat-reported' && v.lines.some((l) => vatAccounts.has(l.account))) {
        return refuse('period-vat-reported', `Verifikation ${at(v)} på rad ${v.line} har momsrader i den momsredovisade månaden ${v.date.slice(0, 7)}. Inget har importerats.`, { line: v.line });
      }
    }
    const numbered = renumberDuplicates(split.fresh, db, y, warnings);
    const next = nextNumbers(db, y.id);
    for (const v of numbered) if (v.number !== null) next[v.series] = Math.max(next[v.series] ?? 1, v.number + 1);
    for (const v of numberUnnumbered(numbered, series, next)) {
      toWrite.push({
        fiscalYearId: y.id, fiscalYearStart: y.start, series: v.series, number: v.number as number, date: v.date, text: v.text, extras: extrasOf(v),
        lines: v.lines.map((l) => ({ account: l.account, amount: l.amount, text: l.text, quantity: l.quantity })),
      });
    }
  }
  return done({ toWrite, skipped, warnings });
}

/** A number the books or an earlier voucher of the file already use is replaced by the next free one. */
function renumberDuplicates(vs: PlanVoucher[], db: Db, y: YearRef, warnings: VoucherSelection['warnings']): PlanVoucher[] {
  const used = new Set((db.raw.prepare('SELECT series || char(0) || number AS k FROM vouchers WHERE fiscal_year_id = ?').all(y.id) as { k: string }[]).map((r) => r.k));
  return vs.map((v) => {
    if (v.number === null) return v;
    const k = `${v.series}\u0000${v.number}`;
    if (!used.has(k)) {
      used.add(k);
      return v;
    }
    const sum = v.lines.reduce((s, l) => s + Math.max(0, l.amount), 0);
    warnings.push({ code: 'sie-voucher-renumbered', message: `Verifikation ${at(v)} på rad ${v.line} (${formatSv(sum as never)} kr) har ett nummer som redan används och får nästa lediga nummer i serien.`, line: v.line });
    return { ...v, number: null };
  });
}
