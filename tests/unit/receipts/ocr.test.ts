/**
 * The whole reading path on receipts the test renders itself (case C20's lines): tesseract.js in
 * its worker thread with the local swe+eng traineddata, sharp preprocessing, orientation trials.
 * One shared worker, six images: clean, faded, skewed 10°, turned 90° and 180°, photo noise.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { OcrEngine } from '../../../electron/ocr/engine.js';
import { readUnderlag } from '../../../electron/server/receipts/read.js';
import { sniffMediaType } from '../../../electron/server/receipts/sniff.js';
import { parseReceipt, judgeReading } from '../../../shared/domain/receipts/parse.js';
import { receiptPng, C20_LINES, type Look } from '../../fixtures/receipts/make.js';

let engine: OcrEngine;
beforeAll(() => { engine = new OcrEngine(); });
afterAll(async () => { await engine.terminate(); });

async function read(look: Look) {
  const bytes = await receiptPng(C20_LINES, look);
  const out = await readUnderlag(bytes, sniffMediaType(bytes)!, () => engine, (l) => judgeReading(parseReceipt(l)));
  return { out, r: parseReceipt(out.lines) };
}

describe('OCR of rendered receipts (C20)', () => {
  for (const look of ['clean', 'faded', 'skew10', 'rot90', 'rot180', 'noise'] as const) {
    it(`reads total 1 234,50, VAT 246,90 at 25 % and the date: ${look}`, async () => {
      const { out, r } = await read(look);
      expect(r.fields.total).toBe(123450);
      expect(r.fields.date).toBe('2025-03-14');
      expect(r.fields.vat.map((v) => [v.rate, v.vat])).toEqual([['25', 24690]]);
      expect(r.certain.total).toBe(true);
      if (look === 'rot90') expect(out.rotation).toBe(270);
      if (look === 'rot180') expect(out.rotation).toBe(180);
    }, 120_000);
  }
});
