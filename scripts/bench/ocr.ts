/**
 * npm run bench:ocr — receipt reading measured on every receipt in
 * ../shared/realdata/receipts/ground-truth.json: per field (total, date, VAT, merchant) how many
 * Kontera reads right and the time per receipt, beside the native `tesseract` CLI (Debian,
 * OMP_THREAD_LIMIT=1) on the same images with the same parser. PDFs with a text layer are read
 * from the layer by Kontera; the native column OCRs their rendered page.
 * Targets: total and date ≥ 90 %, VAT ≥ 80 % of those showing VAT, no wrong total marked certain.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OcrEngine } from '../../electron/ocr/engine.js';
import { readUnderlag } from '../../electron/server/receipts/read.js';
import { renderPdfPages } from '../../electron/server/receipts/pdf.js';
import { sniffMediaType } from '../../electron/server/receipts/sniff.js';
import { parseReceipt, judgeReading } from '../../shared/domain/receipts/parse.js';
import { normaliseName } from '../../shared/domain/receipts/merchant.js';
import { toJsonAmount } from '../../shared/domain/money/format.js';
import type { Ore } from '../../shared/domain/money/ore.js';
import type { ReceiptReading } from '../../shared/domain/receipts/types.js';

interface Truth { file: string; merchant?: string; date: string; total: string; currency: string; vat?: { rate: number; amount: string }[] }
type Field = 'total' | 'date' | 'vat' | 'merchant';
const FIELDS: Field[] = ['total', 'date', 'vat', 'merchant'];

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../../../shared/realdata/receipts'));
if (!existsSync(path.join(root, 'ground-truth.json'))) {
  console.log(`bench:ocr: ${root}/ground-truth.json saknas – inget att mäta.`);
  process.exit(0);
}
const truths = (JSON.parse(readFileSync(path.join(root, 'ground-truth.json'), 'utf8')) as { receipts: Truth[] }).receipts;
const native = spawnSync('tesseract', ['--version']).status === 0;
const tmp = mkdtempSync(path.join(tmpdir(), 'kontera-bench-ocr-'));

/** Which fields a reading got right (null: the truth does not state the field). */
export function judge(t: Truth, r: ReceiptReading): Record<Field, boolean | null> {
  const f = r.fields;
  const vatOk = t.vat ? t.vat.every((v) => f.vat.some((p) => p.rate === String(v.rate) && toJsonAmount(p.vat) === v.amount)) && f.vat.length === t.vat.length : null;
  const m = t.merchant ? normaliseName(t.merchant) : null;
  const got = f.merchant ? normaliseName(f.merchant) : '';
  return {
    total: f.total !== null && toJsonAmount(f.total as Ore) === t.total, date: f.date === t.date, vat: vatOk,
    merchant: m === null ? null : got.length > 0 && (got.includes(m) || m.includes(got)),
  };
}

function nativeRead(file: string, bytes: Buffer): Promise<{ lines: string[]; ms: number }> {
  return (async () => {
    let input = file;
    if (sniffMediaType(bytes) === 'application/pdf') {
      input = path.join(tmp, `${path.basename(file)}.png`);
      writeFileSync(input, (await renderPdfPages(bytes, 1, 200))[0]!);
    }
    const t = performance.now();
    const out = execFileSync('tesseract', [input, '-', '-l', 'swe+eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    return { lines: out.split('\n'), ms: performance.now() - t };
  })();
}

const score = { kontera: { right: new Map<Field, number>(), of: new Map<Field, number>(), ms: 0, wrongCertain: 0 }, native: { right: new Map<Field, number>(), of: new Map<Field, number>(), ms: 0, wrongCertain: 0 } };
const add = (s: typeof score.kontera, j: Record<Field, boolean | null>, certainTotal: boolean) => {
  for (const k of FIELDS) if (j[k] !== null) { s.of.set(k, (s.of.get(k) ?? 0) + 1); if (j[k]) s.right.set(k, (s.right.get(k) ?? 0) + 1); }
  if (certainTotal && !j.total) s.wrongCertain += 1;
};
const mark = (b: boolean | null) => (b === null ? '·' : b ? '✓' : '✗');

const engine = new OcrEngine();
try {
  const t0 = performance.now();
  await engine.recognize((await renderPdfPages(readFileSync(path.join(root, truths.find((t) => t.file.endsWith('.pdf'))?.file ?? truths[0]!.file)), 1, 50))[0]!).catch(() => null);
  console.log(`Textigenkänningen startad (worker + swe+eng) på ${Math.round(performance.now() - t0)} ms; tiderna nedan är per kvitto med varm worker.\n`);
  console.log(`${'kvitto'.padEnd(52)} ${'Kontera'.padEnd(30)} ${native ? 'tesseract CLI' : ''}`);
  console.log(`${''.padEnd(52)} ${'summa datum moms säljare   ms'.padEnd(30)} ${native ? 'summa datum moms säljare   ms' : ''}`);
  for (const t of truths) {
    const file = path.join(root, t.file);
    const bytes = readFileSync(file);
    const start = performance.now();
    const out = await readUnderlag(bytes, sniffMediaType(bytes)!, () => engine, (l) => judgeReading(parseReceipt(l)));
    const r = parseReceipt(out.lines);
    const ms = performance.now() - start;
    score.kontera.ms += ms;
    const j = judge(t, r);
    add(score.kontera, j, r.certain.total);
    let nat = '';
    if (native) {
      const n = await nativeRead(file, bytes);
      const nr = parseReceipt(n.lines);
      const nj = judge(t, nr);
      add(score.native, nj, nr.certain.total);
      score.native.ms += n.ms;
      nat = `${mark(nj.total).padEnd(6)}${mark(nj.date).padEnd(6)}${mark(nj.vat).padEnd(5)}${mark(nj.merchant).padEnd(7)}${String(Math.round(n.ms)).padStart(6)}`;
    }
    const warn = r.certain.total && !j.total ? '  OSÄKER SUMMA MARKERAD SÄKER' : '';
    console.log(`${t.file.padEnd(52)} ${`${mark(j.total).padEnd(6)}${mark(j.date).padEnd(6)}${mark(j.vat).padEnd(5)}${mark(j.merchant).padEnd(7)}${String(Math.round(ms)).padStart(6)}`.padEnd(30)} ${nat}${warn}`);
  }
} finally {
  await engine.terminate();
  rmSync(tmp, { recursive: true, force: true });
}

const pct = (s: typeof score.kontera, k: Field) => `${s.right.get(k) ?? 0}/${s.of.get(k) ?? 0} (${Math.round((100 * (s.right.get(k) ?? 0)) / Math.max(1, s.of.get(k) ?? 0))} %)`;
console.log('\nRätt per fält:');
for (const k of FIELDS) console.log(`  ${k.padEnd(9)} Kontera ${pct(score.kontera, k).padEnd(14)}${native ? ` tesseract CLI ${pct(score.native, k)}` : ''}`);
console.log(`  fel summa markerad säker: Kontera ${score.kontera.wrongCertain}${native ? `, tesseract CLI ${score.native.wrongCertain}` : ''}`);
console.log(`Tid per kvitto: Kontera ${Math.round(score.kontera.ms / truths.length)} ms${native ? `, tesseract CLI ${Math.round(score.native.ms / truths.length)} ms (bara OCR-processen)` : ''}`);
const rate = (k: Field) => (score.kontera.right.get(k) ?? 0) / Math.max(1, score.kontera.of.get(k) ?? 0);
const met = rate('total') >= 0.9 && rate('date') >= 0.9 && rate('vat') >= 0.8 && score.kontera.wrongCertain === 0;
console.log(`Mål (summa och datum ≥ 90 %, moms ≥ 80 %, ingen fel summa säker): ${met ? 'uppnådda' : 'EJ uppnådda'}`);
