/**
 * Reading one underlag into text rows: a PDF's text layer directly; images and scanned PDF pages
 * prepared (image.ts) and read by OCR. A read that looks like noise is tried again turned a
 * quarter, half and three quarters on a small copy; the best orientation is then read in full.
 */
import type { OcrEngine, OcrResult } from '../../ocr/engine.js';
import { groupRows } from '../../../shared/domain/receipts/rows.js';
import type { MediaType } from './sniff.js';
import { prepareForOcr, rotated, shrunk, uprightPng } from './image.js';
import { readPdfText, renderPdfPages } from './pdf.js';
import { heicToPng } from './heic.js';

export type Reader = 'pdf-text' | 'pdf-ocr' | 'ocr';

export interface ReadOutcome {
  reader: Reader;
  lines: string[];
  pages: number;
  /** An upright picture of the (first page of the) underlag, for the thumbnail and the preview. */
  picture: Buffer;
  /** Quarter turns applied to read it (0, 90, 180, 270). */
  rotation: number;
  /** Mean OCR word confidence, or null for a text layer. */
  confidence: number | null;
}

export type Progress = (fraction: number, label: string) => void;

/** Words the engine is sure of and that look like words or numbers: how much of the page it read. */
export function readScore(r: OcrResult): number {
  return r.words.filter((w) => w.conf >= 70 && /[\p{L}\d]{3,}/u.test(w.text)).length;
}

/** A read that found enough sure words is upright; only a read of mostly noise is tried turned. */
const good = (r: OcrResult) => readScore(r) >= 15 || r.confidence >= 60;

/**
 * How good a reading is for bookkeeping, from the parser's own cross-checks; `done` when nothing
 * better can be expected (total and date read, and every check that applies passed).
 */
export type Judge = (lines: string[]) => { score: number; done: boolean };

/** First cropped to the paper and equalised; then the picture as it is (a crop can cut off a shaded edge). */
const VARIANTS = [{ contrast: 'clahe', crop: true }, { contrast: 'none', crop: false }] as const;

/** Reads with each contrast variant until the judge is satisfied; keeps the best reading. */
async function ocrImage(upright: Buffer, engine: OcrEngine, judge: Judge, progress: Progress): Promise<{ result: OcrResult; rotation: number }> {
  let best: { result: OcrResult; rotation: number; score: number } | null = null;
  for (const [i, variant] of VARIANTS.entries()) {
    const r = await ocrVariant(upright, variant, engine, (f, l) => progress((i + f) / VARIANTS.length, l), best?.rotation);
    const j = judge(rowsOf(r.result));
    if (!best || j.score > best.score) best = { ...r, score: j.score };
    if (j.done) break;
  }
  return best!;
}

async function ocrVariant(upright: Buffer, variant: (typeof VARIANTS)[number], engine: OcrEngine, progress: Progress, known?: number): Promise<{ result: OcrResult; rotation: number }> {
  const prepared = await prepareForOcr(upright, variant);
  progress(0.1, 'Läser bilden');
  if (known) return { result: await engine.recognize(await rotated(prepared.png, known as 90 | 180 | 270), { onProgress: (f) => progress(0.1 + 0.9 * f, 'Läser bilden') }), rotation: known };
  const first = await engine.recognize(prepared.png, { onProgress: (f) => progress(0.1 + 0.5 * f, 'Läser bilden') });
  if (good(first)) return { result: first, rotation: 0 };
  const small = await shrunk(prepared.png, 1000);
  const trials: { rotation: 0 | 90 | 180 | 270; score: number }[] = [{ rotation: 0, score: readScore(await engine.recognize(small)) }];
  for (const rotation of [180, 90, 270] as const) {
    progress(0.6 + trials.length * 0.05, 'Prövar bildens riktning');
    trials.push({ rotation, score: readScore(await engine.recognize(await rotated(small, rotation))) });
  }
  const best = trials.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.rotation === 0) return { result: first, rotation: 0 };
  const full = await engine.recognize(await rotated(prepared.png, best.rotation), { onProgress: (f) => progress(0.8 + 0.2 * f, 'Läser bilden') });
  return readScore(full) > readScore(first) ? { result: full, rotation: best.rotation } : { result: first, rotation: 0 };
}

const rowsOf = (r: OcrResult) => groupRows(r.words);

/**
 * @throws when the bytes cannot be decoded as the media type says (the caller refuses the file)
 */
export async function readUnderlag(bytes: Buffer, type: MediaType, engine: () => OcrEngine, judge: Judge, progress: Progress = () => {}): Promise<ReadOutcome> {
  if (type === 'application/pdf') {
    const text = await readPdfText(bytes);
    const pages = await renderPdfPages(bytes, text.hasText ? 1 : undefined, text.hasText ? 110 : undefined);
    if (text.hasText) return { reader: 'pdf-text', lines: text.rows, pages: text.pages, picture: pages[0] as Buffer, rotation: 0, confidence: null };
    const lines: string[] = [];
    let conf = 0;
    for (const [i, page] of pages.entries()) {
      const r = await ocrImage(page, engine(), judge, (f, l) => progress((i + f) / pages.length, l));
      lines.push(...rowsOf(r.result));
      conf += r.result.confidence / pages.length;
    }
    return { reader: 'pdf-ocr', lines, pages: text.pages, picture: pages[0] as Buffer, rotation: 0, confidence: Math.round(conf) };
  }
  const upright = type === 'image/heic' ? await heicToPng(bytes) : await uprightPng(bytes);
  const r = await ocrImage(upright, engine(), judge, progress);
  return { reader: 'ocr', lines: rowsOf(r.result), pages: 1, picture: r.rotation ? await rotated(upright, r.rotation as 90 | 180 | 270) : upright, rotation: r.rotation, confidence: Math.round(r.result.confidence) };
}
