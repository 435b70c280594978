/**
 * npm run bench:scale — the books at ten years' scale (tests/support/scale.ts: 10 × 25 000
 * vouchers, a 1 200-line payroll voucher a year, 60 000 lines on 1930). Each screen's data is
 * measured through dispatch beside a bare SQL baseline on the same file, and again on a one-year
 * file, so the last column shows whether a figure grows with the file (bad) or only with the
 * period shown (good). Targets: opening < 1 s, each screen < 200 ms, memory < 300 MB.
 *
 *   node --import tsx scripts/bench/scale.ts [--years 10] [--per-year 25000] [--keep]
 *
 * The generated files are kept in the temp folder with --keep and reused by the next run.
 */
import { existsSync, rmSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Session } from '../../electron/server/context.js';
import { dispatch } from '../../electron/server/dispatch.js';
import type { MethodOf } from '../../shared/api/contract.js';
import { buildScaleCompany, type ScaleSpec } from '../../tests/support/scale.js';
import { archivePathOf } from '../../electron/server/receipts/archive.js';
import { median } from './timing.js';

const { values } = parseArgs({ options: { years: { type: 'string', default: '10' }, 'per-year': { type: 'string', default: '25000' }, keep: { type: 'boolean', default: false }, measure: { type: 'string' } } });
const spec: ScaleSpec = { years: Number(values.years), perYear: Number(values['per-year']), employees: 400, receipts: 500 * Number(values.years) };
const dir = path.join(tmpdir(), 'kontera-bench-scale');
mkdirSync(dir, { recursive: true });

/** The company file, its WAL and its receipt archive. */
function removeCompany(f: string): void {
  for (const x of [f, `${f}-wal`, `${f}-shm`, archivePathOf(f)]) rmSync(x, { force: true });
}

async function fileFor(s: ScaleSpec): Promise<string> {
  const f = path.join(dir, `v1-${s.years}x${s.perYear}.kontera`);
  if (existsSync(f) && values.keep) return f;
  removeCompany(f);
  const t = performance.now();
  const r = await buildScaleCompany(f, s);
  console.log(`Genererade ${s.years} år: ${r.vouchers} verifikationer, ${r.lines} rader, ${r.lines1930} på 1930, ${r.receipts} arkiverade underlag (${((performance.now() - t) / 1000).toFixed(0)} s)`);
  return f;
}

interface Row { label: string; target: number; kontera: number; bare: number; small?: number }

interface Measured { rows: Row[]; rssMb: number; screensMb: number; baseMb: number; peakMb: number }

let peakMb = 0;
/** Resident memory once garbage is collected (the measuring process runs with --expose-gc): what the backend holds, not what V8 has yet to free. */
function rssAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) { gc(); gc(); }
  return process.memoryUsage().rss / 1024 / 1024;
}

async function measure(file: string): Promise<Measured> {
  const baseMb = rssAfterGc();
  const s = new Session();
  const call = async (m: MethodOf, input: unknown) => {
    const r = await dispatch(s, m, input);
    if (!r.ok) throw new Error(`${m}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const bareDb = new Database(file, { readonly: true });
  const q = (sql: string, ...p: unknown[]) => () => bareDb.prepare(sql).all(...p);
  const rows: Row[] = [];
  const add = async (label: string, target: number, k: () => unknown, b: () => unknown, runs = 7) => {
    rows.push({ label, target, kontera: await median(runs, k), bare: await median(runs, b) });
  };
  await add('Öppna filen (company.open + close)', 1000, async () => {
    await call('company.open', { path: file });
    await call('company.close', {});
  }, () => {
    const d = new Database(file, { readonly: true });
    d.prepare('SELECT * FROM fiscal_years').all();
    d.close();
  }, 5);
  await call('company.open', { path: file });
  const total = (await call('vouchers.list', { offset: 0, limit: 1 }) as { total: number }).total;
  const page = 'SELECT v.id, v.series, v.number, v.date, v.text FROM vouchers v ORDER BY v.date, v.id LIMIT 100 OFFSET ?';
  await add('Verifikationslistan, första sidan (100)', 200, () => call('vouchers.list', { offset: 0, limit: 100 }), q(page, 0));
  await add('Verifikationslistan, sista sidan', 200, () => call('vouchers.list', { offset: total - 100, limit: 100 }), q(page, total - 100));
  const last = '2025';
  const yearTotal = (await call('vouchers.list', { fiscalYear: `${last}-01-01`, offset: 0, limit: 1 }) as { total: number }).total;
  const yearPage = 'SELECT v.id, v.series, v.number, v.date, v.text FROM vouchers v WHERE v.date BETWEEN ? AND ? ORDER BY v.date, v.id LIMIT 100 OFFSET ?';
  await add('Verifikationslistan, ett år, sista sidan', 200, () => call('vouchers.list', { fiscalYear: `${last}-01-01`, offset: yearTotal - 100, limit: 100 }), q(yearPage, `${last}-01-01`, `${last}-12-31`, yearTotal - 100));
  const gl = 'SELECT l.voucher_id, l.date, l.amount FROM voucher_lines l WHERE l.account = ? AND l.date BETWEEN ? AND ? ORDER BY l.date, l.voucher_id';
  await add('Huvudbok 1930, en månad', 200, () => call('reports.generalLedger', { from: `${last}-03-01`, to: `${last}-03-31`, account: '1930' }), q(gl, '1930', `${last}-03-01`, `${last}-03-31`));
  await add('Huvudbok 1930, ett år', 200, () => call('reports.generalLedger', { fiscalYear: `${last}-01-01`, account: '1930' }), q(gl, '1930', `${last}-01-01`, `${last}-12-31`));
  await add('Momsrapport, ett kvartal', 200, () => call('vat.report', { period: `${last}-Q1` }),
    q('SELECT l.account, sum(l.amount) FROM accounts a CROSS JOIN voucher_lines l WHERE a.vat_code IS NOT NULL AND l.account = a.number AND l.date BETWEEN ? AND ? GROUP BY l.account', `${last}-01-01`, `${last}-03-31`));
  await add('Saldobalans, ett år', 200, () => call('reports.trialBalance', { fiscalYear: `${last}-01-01` }),
    q('SELECT account, sum(amount) FROM voucher_lines WHERE fiscal_year_id = (SELECT id FROM fiscal_years WHERE start_date = ?) GROUP BY account', `${last}-01-01`));
  const linked = bareDb.prepare('SELECT voucher_id AS id FROM receipt_links ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
  if (linked) {
    await add('Underlagen till en verifikation', 200, () => call('receipts.ofVoucher', { voucherId: linked.id }),
      q('SELECT r.id, r.file_name, r.total FROM receipt_links k JOIN receipts r ON r.id = k.receipt_id WHERE k.voucher_id = ?', linked.id));
  }
  const screensMb = rssAfterGc();
  peakMb = Math.max(peakMb, process.memoryUsage().rss / 1024 / 1024);
  let n = 0;
  await add('SIE-export av ett år (till fil)', 2000, () => call('sie.export', { path: path.join(dir, `export-${process.pid}-${n++}.se`), fiscalYear: `${last}-01-01` }),
    q('SELECT v.id, v.series, v.number, v.date, v.text, l.account, l.amount FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id WHERE v.fiscal_year_id = (SELECT id FROM fiscal_years WHERE start_date = ?) ORDER BY v.id, l.line_no', `${last}-01-01`), 3);
  for (let i = 0; i < n; i++) rmSync(path.join(dir, `export-${process.pid}-${i}.se`), { force: true });
  await call('company.close', {});
  bareDb.close();
  peakMb = Math.max(peakMb, process.memoryUsage().rss / 1024 / 1024);
  return { rows, rssMb: rssAfterGc(), screensMb, baseMb, peakMb };
}

/** Measures in a fresh process, so its memory is the backend's alone (not the generator's). */
function measureApart(file: string): Measured {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--measure', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Measured;
}

if (values.measure) {
  console.log(JSON.stringify(await measure(values.measure)));
  process.exit(0);
}
const big = await fileFor(spec);
const small = await fileFor({ ...spec, years: 1, receipts: 500 });
const bigR = measureApart(big);
const smallR = measureApart(small);
bigR.rows.forEach((r, i) => (r.small = smallR.rows[i]?.kontera));
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`.padStart(9);
console.log(`\nKontera i skala: ${spec.years} år × ${spec.perYear} verifikationer (${big})\n`);
console.log(`${'Mätning'.padEnd(42)} ${'Kontera'.padStart(9)} ${'bar SQL'.padStart(9)}  kvot  ${'mål'.padStart(8)}  ${'1 år'.padStart(9)}  tillväxt`);
for (const r of bigR.rows) {
  const ok = r.kontera < r.target ? 'ok' : 'ÖVER';
  console.log(`${r.label.padEnd(42)} ${fmt(r.kontera)} ${fmt(r.bare)} ${(r.kontera / Math.max(r.bare, 0.01)).toFixed(1).padStart(5)}×  < ${String(r.target).padStart(4)} ${ok.padEnd(4)} ${fmt(r.small ?? 0)}  ${((r.kontera) / Math.max(r.small ?? 1, 0.01)).toFixed(1)}×`);
}
const mb = (x: number) => `${x.toFixed(0)} MB`;
console.log(`\nMinne (RSS efter skräpsamling) i mätprocessen (mål < 300 MB): före öppning ${mb(bigR.baseMb)} (node + tsx), efter skärmarna ${mb(bigR.screensMb)}, efter SIE-exporten ${mb(bigR.rssMb)}, högsta RSS under mätningen ${mb(bigR.peakMb)}; ett år: ${mb(smallR.screensMb)} / ${mb(smallR.rssMb)} / högst ${mb(smallR.peakMb)}.`);
if (!values.keep) for (const f of [big, small]) removeCompany(f);
