import { existsSync } from 'node:fs';
import { writeNewFile } from '../../db/atomicWrite.js';
import path from 'node:path';
import type { Db } from '../../db/connection.js';
import { listFiscalYears, fiscalYearByStart, latestFiscalYear } from '../../db/repos/fiscalYears.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { balancesInYear } from '../../db/repos/balances.repo.js';
import { latestImportedBalances } from '../../db/repos/importedBalances.repo.js';
import { sie4EChunks } from '../../../shared/domain/sie/writer.js';
import type { SieExportData, SieExportRow, SieExportVoucher } from '../../../shared/domain/sie/exportData.js';
import type { AccountType } from '../../../shared/domain/sie/types.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';
import type { SieExportReport } from '../../../shared/api/dto/sie.js';
import { encodeSieText } from '../sie/encode.js';
import { sieFileName } from '../../../shared/domain/sie/fileName.js';
import { KONTERA_VERSION } from '../version.js';
import type { Clock } from '../context.js';
import { type HandlerResult, done, refuse } from '../result.js';
import type { VoucherExtras } from './sieImport/extras.js';

const KTYP: Record<string, AccountType> = { asset: 'T', liability: 'S', equity: 'S', expense: 'K', income: 'I' };

type Year = { id: number; start_date: string; end_date: string };

type Balances = Pick<SieExportData, 'balances' | 'objectBalances' | 'periodBalances'>;

/**
 * A year with vouchers: IB from the books, UB and RES recomputed from them. A year without
 * vouchers that was started from a SIE 1–3 file: UB, RES, OIB/OUB and PSALDO exactly as that file
 * stated them (the latest such import), since nothing in the books can recompute them.
 */
function balances(db: Db, y: Year, index: number): Balances {
  const out: Balances = { balances: [], objectBalances: [], periodBalances: [] };
  const rows = balancesInYear(db, y.id, y.start_date, y.end_date);
  const imported = db.raw.prepare('SELECT 1 FROM vouchers WHERE fiscal_year_id = ? LIMIT 1').get(y.id) ? null : latestImportedBalances(db, y.id);
  const stated = imported?.rows.some((r) => r.kind !== 'IB') ? imported : null;
  for (const b of rows) {
    const closing = b.opening + b.debit - b.credit;
    if (b.statement === 'BR') {
      if (b.opening !== 0) out.balances.push({ kind: 'IB', yearIndex: index, account: b.account, amount: ore(b.opening), quantity: null });
      if (closing !== 0 && !stated) out.balances.push({ kind: 'UB', yearIndex: index, account: b.account, amount: ore(closing), quantity: null });
    } else if (closing !== 0 && !stated) out.balances.push({ kind: 'RES', yearIndex: index, account: b.account, amount: ore(closing), quantity: null });
  }
  for (const r of stated?.rows ?? []) {
    const base = { yearIndex: index, account: r.account, amount: ore(r.amount), quantity: r.quantity };
    if (r.kind === 'UB' || r.kind === 'RES') out.balances.push({ kind: r.kind, ...base });
    else if (r.kind === 'OIB' || r.kind === 'OUB') out.objectBalances.push({ kind: r.kind, ...base, objects: r.objects });
    else if (r.kind === 'PSALDO' && r.period) out.periodBalances.push({ kind: 'PSALDO', period: r.period, ...base, objects: r.objects });
  }
  return out;
}

function joinBalances(a: Balances, b: Balances | null): Balances {
  return b ? { balances: [...a.balances, ...b.balances], objectBalances: [...a.objectBalances, ...b.objectBalances], periodBalances: [...a.periodBalances, ...b.periodBalances] } : a;
}

/** Places each #RTRANS just before the first unpaired #TRANS it duplicates; #BTRANS rows follow. */
function withHistory(rows: SieExportRow[], history: NonNullable<VoucherExtras['history']>): SieExportRow[] {
  const out = [...rows];
  const paired = new Set<number>();
  for (const h of history) {
    const row: SieExportRow = { kind: h.kind, account: h.account, objects: h.objects ?? [], amount: ore(h.amount), transDate: (h.transDate ?? null) as IsoDate | null, text: h.text ?? null, quantity: h.quantity ?? null, sign: h.sign ?? null };
    const twin = h.kind === 'RTRANS' ? out.findIndex((r, i) => r.kind === 'TRANS' && !paired.has(i) && r.account === h.account && r.amount === h.amount) : -1;
    if (twin >= 0) {
      paired.add(twin + 1);
      out.splice(twin, 0, row);
    } else out.push(row);
  }
  return out;
}

type VoucherRow = { id: number; series: string; number: number; date: string; text: string; registered_at: string; created_by: string; extras: string | null };
type LineRow = { voucher_id: number; line_no: number; account: string; amount: number; text: string | null; quantity: string | null };

const PAGE = 2000;

function toExport(v: VoucherRow, lines: LineRow[]): SieExportVoucher {
  const x: VoucherExtras = v.extras ? JSON.parse(v.extras) : {};
  const rows: SieExportRow[] = lines.map((l, i) => ({
    kind: 'TRANS', account: l.account, objects: x.lines?.[i]?.objects ?? [], amount: ore(l.amount),
    transDate: (x.lines?.[i]?.transDate ?? null) as IsoDate | null, text: l.text, quantity: l.quantity, sign: x.lines?.[i]?.sign ?? null,
  }));
  return {
    series: v.series, number: v.number, date: v.date as IsoDate, text: v.text,
    regDate: (x.regDate ?? (v.extras ? null : swedishDateOf(v.registered_at))) as IsoDate | null,
    sign: x.sign ?? (v.extras ? null : v.created_by), rows: x.history ? withHistory(rows, x.history) : rows,
  };
}

/**
 * The year's vouchers in series and number order, read PAGE at a time (keyset on the unique
 * series/number index), so a year of any size is never held in memory at once.
 */
function* vouchers(db: Db, y: Year): Generator<SieExportVoucher> {
  const page = db.raw.prepare(`SELECT id, series, number, date, text, registered_at, created_by, extras FROM vouchers
    WHERE fiscal_year_id = ? AND (series > ? OR (series = ? AND number > ?)) ORDER BY series, number LIMIT ${PAGE}`);
  const linesOf = db.raw.prepare(`SELECT voucher_id, line_no, account, amount, text, quantity FROM voucher_lines
    WHERE voucher_id IN (SELECT value FROM json_each(?)) ORDER BY voucher_id, line_no`);
  let after = { series: '', number: 0 };
  for (;;) {
    const vs = page.all(y.id, after.series, after.series, after.number) as VoucherRow[];
    if (vs.length === 0) return;
    const byVoucher = new Map<number, LineRow[]>();
    for (const l of linesOf.all(JSON.stringify(vs.map((v) => v.id))) as LineRow[]) {
      (byVoucher.get(l.voucher_id) ?? byVoucher.set(l.voucher_id, []).get(l.voucher_id))?.push(l);
    }
    for (const v of vs) yield toExport(v, byVoucher.get(v.id) ?? []);
    const last = vs[vs.length - 1]!;
    after = { series: last.series, number: last.number };
  }
}

/** Encodes the text pieces as CP437 and hands them on in buffers of about 1 MB. */
function* encoded(chunks: Iterable<string>): Generator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for (const c of chunks) {
    const b = encodeSieText(c);
    parts.push(b);
    size += b.length;
    if (size >= 1 << 20) {
      yield Buffer.concat(parts, size);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(parts, size);
}

/**
 * The books of one fiscal year as SIE 4E (PC8, #KSUMMA): written to `path` (never over an existing
 * file), or without a path returned as base64 for the page to offer as a download.
 */
export function exportSie(db: Db, input: { path?: string | undefined; fiscalYear?: string | undefined }, clock: Clock, user: string): HandlerResult<SieExportReport> {
  const y = input.fiscalYear ? fiscalYearByStart(db, input.fiscalYear) : latestFiscalYear(db);
  if (!y) return refuse('no-fiscal-year', input.fiscalYear ? `Det finns inget räkenskapsår som börjar ${input.fiscalYear}.` : 'Företaget har inget räkenskapsår.', { path: 'fiscalYear' });
  const prev = listFiscalYears(db).filter((f) => f.end_date < y.start_date).at(-1);
  const c = getCompany(db);
  const accounts = db.raw.prepare('SELECT number, name, type, sru FROM accounts ORDER BY number').all() as { number: string; name: string; type: string; sru: string | null }[];
  const data: SieExportData = {
    program: { name: 'Kontera', version: KONTERA_VERSION }, generated: clock.today(), generatedBy: user, prosa: [],
    company: { name: c?.name ?? '', orgnr: c?.identity ?? null, ftyp: c?.form === 'EF' ? 'E' : 'AB', fnr: null, bkod: null, address: null },
    fiscalYears: [{ index: 0, start: y.start_date as IsoDate, end: y.end_date as IsoDate }, ...(prev ? [{ index: -1, start: prev.start_date as IsoDate, end: prev.end_date as IsoDate }] : [])],
    taxYear: null, omfattn: null, chartType: 'BAS2025', currency: null,
    accounts: accounts.map((a) => ({ number: a.number, name: a.name, type: KTYP[a.type] ?? null, unit: null, sru: a.sru ? [a.sru] : [] })),
    dimensions: db.raw.prepare('SELECT dim, name, parent FROM dimensions ORDER BY dim').all() as SieExportData['dimensions'],
    objects: db.raw.prepare('SELECT dim, id, name FROM objects ORDER BY dim, id').all() as SieExportData['objects'],
    ...joinBalances(balances(db, y, 0), prev ? balances(db, prev, -1) : null), vouchers: vouchers(db, y),
  };
  const count = (db.raw.prepare('SELECT count(*) AS n FROM vouchers WHERE fiscal_year_id = ?').get(y.id) as { n: number }).n;
  const report = {
    fileName: sieFileName(c?.name ?? '', y.start_date, y.end_date), vouchers: count, accounts: data.accounts.length,
    fiscalYear: y.start_date, fiscalYearEnd: y.end_date,
  };
  if (!input.path) {
    const bytes = Buffer.concat([...encoded(sie4EChunks(data))]);
    return done({ path: null, data: bytes.toString('base64'), bytes: bytes.length, ...report });
  }
  const out = path.resolve(input.path);
  if (existsSync(out)) return refuse('cannot-write', `Filen ${out} finns redan. Välj ett annat namn.`, { path: 'path' });
  try {
    return done({ path: out, data: null, bytes: writeNewFile(out, encoded(sie4EChunks(data))), ...report });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return refuse('cannot-write', `Filen ${out} finns redan. Välj ett annat namn.`, { path: 'path' });
    return refuse('cannot-write', `Kan inte skriva ${out}. Kontrollera att mappen finns och är skrivbar.`, { path: 'path' });
  }
}
