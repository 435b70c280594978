import type { Db } from '../../../db/connection.js';
import { replaceOpening, openingRows, openingSource } from '../../../db/repos/balances.repo.js';
import { appendAudit } from '../../../db/repos/audit.repo.js';
import type { EventSink } from '../../../../shared/api/events.js';
import type { SieImportReport } from '../../../../shared/api/dto/sie.js';
import { type HandlerResult, done } from '../../result.js';
import type { ReadSie } from './readSieFile.js';
import { importAccounts, importObjects } from './accounts.js';
import { importFiscalYears, type YearRef } from './fiscalYears.js';
import { selectVouchers } from './vouchers.js';
import { writeImportedVouchers } from './writeVouchers.js';
import { booksDifferences } from './booksDifferences.js';
import { keepStatedBalances } from './statedBalances.js';

export interface ApplyOptions { now: string; user: string; series: string; isNew: boolean; emit: EventSink; backup: string | null }

type Report = Omit<SieImportReport, 'dryRun' | 'file'>;

function importOpening(db: Db, read: ReadSie, years: readonly YearRef[], o: ApplyOptions, warnings: Report['warnings']): number {
  const y0 = read.plan.fiscalYears.find((f) => f.index === 0);
  const year = y0 && years.find((y) => y.start === y0.start);
  const rows = read.plan.openingBalances;
  if (!year || rows.length === 0) return 0;
  const merged = new Map<string, number>();
  for (const r of rows) merged.set(r.account, (merged.get(r.account) ?? 0) + r.amount);
  const source = openingSource(db, year.id);
  if (source === 'carried' || source === 'manual') {
    const have = new Map(openingRows(db, year.id).map((r) => [r.account, r.amount]));
    const same = [...merged].filter(([, x]) => x !== 0).every(([a, x]) => have.get(a) === x) && [...have].every(([a, x]) => merged.get(a) === x);
    if (!same) warnings.push({ code: 'sie-opening-differs', message: `Filens ingående balanser för ${year.start} skiljer sig från företagets (${source === 'carried' ? 'överförda från föregående år' : 'inmatade'}). Företagets behålls.` });
    return 0;
  }
  replaceOpening(db, year.id, [...merged].map(([account, amount]) => ({ account, amount })), 'import', o.now, o.user);
  return merged.size;
}

/**
 * Writes an import plan into the open books, inside the caller's transaction: fiscal years,
 * accounts, objects, opening balances, and every new voucher (identical ones skipped, conflicts
 * and locked periods refused with the file's line). Returns the report; the caller rolls back
 * for a dry run, so the preview is exactly what an import does.
 */
export function applyPlan(db: Db, read: ReadSie, o: ApplyOptions): HandlerResult<Report> {
  const { plan } = read;
  const warnings: Report['warnings'] = [...read.warnings];
  if (plan.vouchers.length === 0 && plan.statedBalances.some((b) => b.kind === 'UB' || b.kind === 'RES')) {
    warnings.push({ code: 'sie-no-vouchers', message: `Filen (SIE ${plan.kind}) innehåller inga verifikationer: kontoplan, objekt och ingående balanser importeras, och filens utgående balanser, resultat och periodsaldon sparas som filen anger dem. De kan inte räknas om utan verifikationer.` });
  }
  const years = importFiscalYears(db, plan);
  if (!years.ok) return years;
  const acc = importAccounts(db, plan, o.isNew);
  if (acc.renamedWarning) warnings.push({ code: 'sie-account-name', message: acc.renamedWarning });
  if (acc.vatCodeWarning) warnings.push({ code: 'sie-account-vat-code', message: acc.vatCodeWarning });
  importObjects(db, plan);
  const opening = importOpening(db, read, years.value, o, warnings);
  const sel = selectVouchers(db, plan, years.value, o.series);
  if (!sel.ok) return sel;
  warnings.push(...sel.value.warnings);
  const details = JSON.stringify({ kind: plan.kind, company: plan.company, fiscalYears: plan.fiscalYears, warnings: warnings.length });
  const importId = Number(db.raw.prepare(`INSERT INTO imports (at, actor, kind, file_name, sha256, encoding, program, vouchers, skipped, backup, details)
    VALUES (?, ?, 'sie', ?, ?, ?, ?, ?, ?, ?, ?)`).run(o.now, o.user, read.fileName, read.sha256, read.encoding,
    plan.program ? `${plan.program.name} ${plan.program.version}`.trim() : null, sel.value.toWrite.length, sel.value.skipped, o.backup, details).lastInsertRowid);
  const stated = keepStatedBalances(db, plan, years.value, importId);
  warnings.push(...stated.warnings);
  const total = sel.value.toWrite.length;
  writeImportedVouchers(db, sel.value.toWrite, { now: o.now, user: o.user, importId }, (n) => o.emit({ type: 'progress', job: 'sie.import', done: n, total, label: 'Bokför verifikationer' }));
  appendAudit(db, o.now, o.user, 'sie.imported', { importId, file: read.fileName, sha256: read.sha256, vouchers: total, skipped: sel.value.skipped, accounts: acc.added,
    statedBalances: stated.years.filter((y) => y.kept && !y.alreadyKept).map((y) => y.start) });
  return done({
    encoding: read.encoding, kind: plan.kind, program: plan.program ? `${plan.program.name} ${plan.program.version}`.trim() : null,
    company: { name: plan.company.name, orgnr: plan.company.orgnr },
    fiscalYears: years.value.filter((y) => y.created || plan.fiscalYears.some((f) => f.start === y.start)).map((y) => ({ start: y.start, end: y.end, created: y.created })),
    vouchers: total, skipped: sel.value.skipped, accounts: acc.added, openingBalances: opening,
    differences: plan.recomputation.differences.map((d) => ({ ...d })),
    booksDifferences: plan.vouchers.length > 0 ? booksDifferences(db, plan, years.value) : [],
    balancesRecomputed: plan.recomputation.checked, statedBalances: stated.years,
    ibSum: plan.recomputation.ibSum, suggestedCorrection: plan.suggestedCorrection, warnings, backup: o.backup,
  });
}
