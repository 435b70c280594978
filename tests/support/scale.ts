/**
 * A company at ten years' scale for the scale benchmark: `years` fiscal years (calendar years
 * ending 2025) × `perYear` vouchers of 3–4 lines, the first of each year a payroll voucher of
 * 1 200 lines (400 employees × salary, tax, net pay), and ~6 000 lines a year on 1930 (60 000 in
 * ten years). Deterministic. Vouchers are written as one import per year through the program's
 * own bulk writer (same triggers, same hash chain); every year but the last is closed by a real
 * year-end run, which carries its balances into the next, so `verify` passes on the result.
 */
import { Session, fixedClock } from '../../electron/server/context.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { createHash } from 'node:crypto';
import { writeImportedVouchers, type ImportVoucher } from '../../electron/server/workflows/sieImport/writeVouchers.js';
import { ensureArchive } from '../../electron/server/receipts/archive.js';
import { archiveInsert } from '../../electron/db/repos/receiptArchive.repo.js';
import { insertReceipt } from '../../electron/db/repos/receipts.repo.js';
import { insertLink } from '../../electron/db/repos/receiptLinks.repo.js';
import type { Db } from '../../electron/db/connection.js';

export interface ScaleSpec {
  years: number;
  perYear: number;
  /** Employees on the yearly payroll voucher (3 lines each). */
  employees: number;
  /** Receipts archived in all, spread over the years and attached to cost vouchers. */
  receipts?: number;
}

export const TEN_YEARS: ScaleSpec = { years: 10, perYear: 25_000, employees: 400, receipts: 5_000 };

type Line = ImportVoucher['lines'][number];
const line = (account: string, amount: number): Line => ({ account, amount, text: null, quantity: null });

function dateOf(year: number, i: number, n: number): string {
  const day = Math.floor((i * 365) / n);
  return new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
}

/** The vouchers of one year (the payroll voucher first). */
export function yearVouchers(year: number, spec: ScaleSpec, fy: { id: number; start: string }): ImportVoucher[] {
  let seed = year;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: ImportVoucher[] = [];
  const payroll: Line[] = [];
  for (let e = 0; e < spec.employees; e++) {
    const gross = 2_500_000 + Math.floor(rnd() * 400) * 1000;
    const tax = Math.floor(gross * 0.3);
    payroll.push(line('7210', gross), line('2710', -tax), line('1930', -(gross - tax)));
  }
  const base = { fiscalYearId: fy.id, fiscalYearStart: fy.start, series: 'A', extras: null };
  out.push({ ...base, number: 1, date: `${year}-01-25`, text: `Lön januari ${year}`, lines: payroll });
  for (let i = 1; i < spec.perYear; i++) {
    const net = (25 + Math.floor(rnd() * 40_000)) * 4 * 100;
    const vat = net / 4;
    const kind = i % 1000 < 224 ? 'bank' : i % 3 === 0 ? 'credit' : i % 7 === 0 ? 'split' : 'sale';
    const lines = kind === 'bank' ? [line('6110', net), line('2641', vat), line('1930', -(net + vat))]
      : kind === 'credit' ? [line('4000', net), line('2641', vat), line('2440', -(net + vat))]
        : kind === 'split' ? [line('4000', net), line('5460', net / 2), line('2641', vat + net / 8), line('2440', -(net + vat + net / 2 + net / 8))]
          : [line('1510', net + vat), line('3001', -net), line('2611', -vat)];
    out.push({ ...base, number: i + 1, date: dateOf(year, i, spec.perYear), text: `Verifikation ${year}-${i + 1}`, lines });
  }
  return out;
}

/** A small PDF with a text layer, unique per receipt (what a scanned-to-PDF receipt looks like to the archive). */
function receiptPdf(year: number, n: number, total: number): Buffer {
  const text = `Kvitto ${year}-${n} Summa ${(total / 100).toFixed(2).replace('.', ',')} kr`;
  const stream = `BT /F1 12 Tf 40 760 Td (${text}) Tj ET`;
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 800]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length ${stream.length}>>stream\n${stream}\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'latin1');
}

/** Archives `count` receipts for one year's cost vouchers (6110/4000 lines) and attaches each to its voucher. */
function archiveYearReceipts(db: Db, year: number, count: number, now: string): number {
  const costs = db.raw.prepare(`SELECT v.id, v.date, l.amount FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
    WHERE v.date BETWEEN ? AND ? AND l.account IN ('6110', '4000') ORDER BY v.id LIMIT ?`).all(`${year}-01-01`, `${year}-12-31`, count) as { id: number; date: string; amount: number }[];
  for (const [i, c] of costs.entries()) {
    const total = Math.round(c.amount * 1.25);
    const bytes = receiptPdf(year, i, total);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    archiveInsert(db, { sha256, size: bytes.length, media_type: 'application/pdf', file_name: `kvitto-${year}-${i}.pdf`, bytes, added_at: now, added_by: 'skalgenerator' });
    const id = insertReceipt(db, {
      sha256, file_name: `kvitto-${year}-${i}.pdf`, media_type: 'application/pdf', size: bytes.length, pages: 1, reader: 'pdf-text',
      text: `Kvitto ${year}-${i}`, reading: '{}', merchant: 'Kontorsvaruhuset', merchant_key: 'kontorsvaruhuset', chain_key: null, orgnr: null,
      receipt_date: c.date, total, currency: 'SEK', thumbnail: null, added_at: now, added_by: 'skalgenerator',
    });
    insertLink(db, id, c.id, now, 'skalgenerator');
  }
  return costs.length;
}

async function must<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Builds the company at `file`; returns lines written on 1930 and in total. */
export async function buildScaleCompany(file: string, spec: ScaleSpec = TEN_YEARS, progress: (s: string) => void = () => {}): Promise<{ vouchers: number; lines: number; lines1930: number; receipts: number }> {
  const first = 2025 - spec.years + 1;
  const s = new Session(fixedClock('2026-01-15T09:00:00.000Z'), 'skalgenerator');
  await must(dispatch(s, 'company.create', { path: file, name: 'Tioårsbolaget AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: `${first}-01-01`, end: `${first}-12-31` }, vatPeriod: 'quarter' }));
  await must(dispatch(s, 'company.open', { path: file }));
  await must(dispatch(s, 'opening.set', { fiscalYear: `${first}-01-01`, lines: [{ account: '1930', amount: 500_000_000 }, { account: '2081', amount: -500_000_000 }] }));
  const totals = { vouchers: 0, lines: 0, lines1930: 0, receipts: 0 };
  const perYearReceipts = Math.floor((spec.receipts ?? 0) / spec.years);
  if (perYearReceipts > 0) ensureArchive(s.db!, '2026-01-15T09:00:00.000Z', true);
  for (let y = first; y <= 2025; y++) {
    // Earlier years are closed as a user would close them: the year-end run posts the tax and
    // result vouchers, closes the year and carries its balances into the next, which it opens.
    if (y > first) await must(dispatch(s, 'closing.yearEnd', { fiscalYear: `${y - 1}-01-01`, answers: {} } as never));
    const db = s.db!;
    const fy = db.raw.prepare('SELECT id, start_date AS start FROM fiscal_years WHERE start_date = ?').get(`${y}-01-01`) as { id: number; start: string };
    const vouchers = yearVouchers(y, spec, fy);
    db.raw.transaction(() => {
      const importId = Number(db.raw.prepare(`INSERT INTO imports (at, actor, kind, file_name, sha256, encoding, program, vouchers, skipped, backup, details)
        VALUES (?, 'skalgenerator', 'sie', ?, ?, 'utf8', 'skalgenerator', ?, 0, NULL, '{}')`).run('2026-01-15T09:00:00.000Z', `ar-${y}.se`, `${y}`.padStart(64, '0'), vouchers.length).lastInsertRowid);
      writeImportedVouchers(db, vouchers, { now: '2026-01-15T09:00:00.000Z', user: 'skalgenerator', importId }, () => {});
      if (perYearReceipts > 0) totals.receipts += archiveYearReceipts(db, y, perYearReceipts, '2026-01-15T09:00:00.000Z');
    }).immediate();
    for (const v of vouchers) {
      totals.lines += v.lines.length;
      totals.lines1930 += v.lines.filter((l) => l.account === '1930').length;
    }
    totals.vouchers += vouchers.length;
    progress(`år ${y}: ${vouchers.length} verifikationer`);
  }
  await must(dispatch(s, 'company.close', {}));
  return totals;
}
