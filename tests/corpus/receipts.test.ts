/**
 * Every receipt listed in ../shared/realdata/receipts/ground-truth.json through the whole reading
 * path (PDF text layer, or sharp + tesseract.js OCR with one shared worker), plus the ICA PDFs the
 * list leaves out. Each listed value is asserted; no total that is wrong may be marked certain.
 * Slow (real OCR on phone photos); `npm run bench:ocr` prints the same set beside native tesseract.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { hasRealdata, noteIfNoRealdata, realdata } from '../support/realdata.js';
import { OcrEngine } from '../../electron/ocr/engine.js';
import { readUnderlag } from '../../electron/server/receipts/read.js';
import { sniffMediaType } from '../../electron/server/receipts/sniff.js';
import { parseReceipt, judgeReading } from '../../shared/domain/receipts/parse.js';
import { normaliseName } from '../../shared/domain/receipts/merchant.js';
import { toJsonAmount } from '../../shared/domain/money/format.js';
import type { Ore } from '../../shared/domain/money/ore.js';

interface Truth { file: string; merchant?: string; date: string; total: string; currency: string; vat?: { rate: number; amount: string }[] }

noteIfNoRealdata('receipts');
const truths: Truth[] = hasRealdata ? (JSON.parse(readFileSync(realdata('receipts', 'ground-truth.json'), 'utf8')) as { receipts: Truth[] }).receipts : [];

let engine: OcrEngine;
beforeAll(() => { engine = new OcrEngine(); });
afterAll(async () => { await engine?.terminate(); });

async function read(rel: string) {
  const bytes = readFileSync(realdata('receipts', rel));
  const out = await readUnderlag(bytes, sniffMediaType(bytes)!, () => engine, (l) => judgeReading(parseReceipt(l)));
  return parseReceipt(out.lines);
}

describe.skipIf(!hasRealdata)('receipts corpus (ground-truth.json)', () => {
  for (const t of truths) {
    it(t.file, async () => {
      const r = await read(t.file);
      const f = r.fields;
      expect(f.total === null ? null : toJsonAmount(f.total as Ore)).toBe(t.total);
      expect(f.date).toBe(t.date);
      expect(f.currency).toBe(t.currency);
      if (t.vat) expect(f.vat.map((v) => ({ rate: Number(v.rate), amount: toJsonAmount(v.vat) }))).toEqual(t.vat);
      if (t.merchant) expect(normaliseName(f.merchant ?? '')).toContain(normaliseName(t.merchant));
      if (r.certain.total) expect(toJsonAmount(f.total as Ore)).toBe(t.total);
    }, 300_000);
  }

  it('reads the ICA PDFs the list leaves out: 0 % only, and a negative 25 % line against 12 %', async () => {
    const caroli = await read('ica-digital-pdf/ICA_Kvantum_Malmborgs_Caroli_2025-02-05.pdf');
    expect(caroli.fields).toMatchObject({ total: 2200, date: '2025-02-05', orgnr: '556588-8715' });
    expect(caroli.fields.vat).toEqual([{ rate: '0', vat: 0, net: 2200, gross: 2200 }]);
    const hoor = await read('ica-digital-pdf/ICA_Supermarket_Hoor_2025-07-23.pdf');
    expect(hoor.fields.total).toBe(760);
    expect(hoor.fields.vat.map((v) => [v.rate, v.vat])).toEqual([['12', 136], ['25', -100]]);
    expect(hoor.certain).toMatchObject({ total: true, vat: true });
    const emporia = await read('ica-digital-pdf/ICA_Kvantum_Emporia_2025-08-09.pdf');
    expect(emporia.fields.vat.map((v) => [v.rate, v.vat])).toEqual([['12', 22303], ['25', 3995]]);
  });
});
