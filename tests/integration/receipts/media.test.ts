/**
 * receipts.add on the media a phone or a scanner delivers, through dispatch, with real decoding and
 * real OCR: a HEIC photo (heic-decode), a scanned PDF without a text layer (rendered, then OCR),
 * a damaged HEIC refused with nothing archived, and the progress events of a batch — the OCR
 * worker ended also when a file in the batch fails.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach, vi } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newCompany, type TestCompany } from '../../support/company.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { OcrEngine } from '../../../electron/ocr/engine.js';
import type { ApiEvent } from '../../../shared/api/events.js';
import { receiptPdf, receiptPng, scannedPdf, C20_LINES, ICA_LINES } from '../../fixtures/receipts/make.js';

const HEIC = readFileSync(path.join(import.meta.dirname, '../../fixtures/receipts/c20.heic'));

let c: TestCompany;
const file = (name: string, bytes: Buffer) => {
  const f = path.join(c.dir, name);
  writeFileSync(f, bytes);
  return f;
};
const archived = () => {
  const f = path.join(c.dir, 'bolag.kontera-arkiv');
  if (!existsSync(f)) return 0; // no receipt archived yet in this company
  const db = new Database(f, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
  } finally {
    db.close();
  }
};
/** Live worker_threads handles of this process (a tesseract.js worker holds one MessagePort). */
const workerHandles = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
/** The thread exits a moment after terminate() resolves: true once no worker handle is left (within 3 s). */
async function workersGone(): Promise<boolean> {
  for (let i = 0; i < 60 && workerHandles() > 0; i++) await new Promise((res) => setTimeout(res, 50));
  return workerHandles() === 0;
}

beforeAll(async () => { c = await newCompany({ form: 'AB' }); });
afterAll(() => c.cleanup());
afterEach(() => { vi.restoreAllMocks(); });

describe('receipts.add: HEIC phone photos', () => {
  it('decodes an HEVC HEIC and reads total, date and VAT', async () => {
    expect(HEIC.subarray(4, 12).toString('latin1')).toBe('ftypheic');
    const [r] = await c.call('receipts.add', { paths: [file('IMG_0001.HEIC', HEIC)] });
    expect(r!.mediaType).toBe('image/heic');
    expect(r!.reader).toBe('ocr');
    expect(r!.fields).toMatchObject({ total: 123450, date: '2025-03-14', orgnr: '556000-0167' });
    expect(r!.fields.vat.map((v) => [v.rate, v.amount])).toEqual([['25', 24690]]);
    expect(r!.certain.total).toBe(true);
    expect(archived()).toBe(1);
  }, 180_000);

  it('refuses a truncated or garbled HEIC with the Swedish advice, archives nothing and prints nothing', async () => {
    const printed: string[] = [];
    for (const m of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => { printed.push(a.map(String).join(' ')); });
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: never[]) => { printed.push(String(chunk)); return write(chunk, ...rest); }) as typeof process.stderr.write);
    const before = archived();
    const broken = {
      'halv.heic': HEIC.subarray(0, HEIC.length >> 1), // cut off mid-picture
      'trasig.heic': Buffer.concat([HEIC.subarray(0, 24), Buffer.alloc(HEIC.length - 24, 0x41)]), // the boxes after ftyp garbled
    };
    for (const [name, bytes] of Object.entries(broken)) {
      const r = await c.raw('receipts.add', { paths: [file(name, bytes)] });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('receipt-unreadable');
      expect(r.error.message).toBe(`Bilden ${name} (HEIC) gick inte att avkoda. Välj "Mest kompatibel" under Kamera › Format på telefonen, eller exportera bilden som JPEG, och lägg till den igen.`);
    }
    expect(archived()).toBe(before);
    expect((await c.call('receipts.queue', {})).receipts.map((q) => q.fileName)).toEqual(['IMG_0001.HEIC']);
    // libheif-js reports the failure itself with console.log ("Could not parse HEIF file …",
    // "Decoding image failed heif_image_handle {} …"); heic.ts keeps those lines out of the output.
    expect(printed.filter((l) => /heif|decod|parse/i.test(l))).toEqual([]);
  }, 60_000);
});

describe('receipts.add: a picture with nothing on it', () => {
  it('archives a blank photo byte-exact and says that nothing could be read', async () => {
    const sharp = (await import('sharp')).default;
    const blank = await sharp({ create: { width: 600, height: 900, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const [r] = await c.call('receipts.add', { paths: [file('tom.png', blank)] });
    expect(r!.duplicate).toBe(false);
    expect(r!.fields.total).toBeNull();
    expect(r!.warnings?.map((w) => w.code)).toEqual(['receipt-no-text']);
    expect(r!.warnings?.[0]?.message).toContain('arkiverat oförändrat');
  });
});

describe('receipts.add: an enormous picture', () => {
  it('refuses a 109-byte PNG that claims 30 000 × 30 000 pixels before decoding it, and archives nothing', async () => {
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body) >>> 0);
      return Buffer.concat([len, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(30_000, 0);
    ihdr.writeUInt32BE(30_000, 4);
    ihdr[8] = 8; // 8-bit greyscale
    const bomb = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(30_001))), chunk('IEND', Buffer.alloc(0))]);
    const before = archived();
    const r = await c.raw('receipts.add', { paths: [file('jatte.png', bomb)] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'receipt-too-large', message: 'Bilden jatte.png är för stor: mer än 120 miljoner bildpunkter. Fotografera eller skanna om med lägre upplösning och lägg till den igen.' });
    expect(archived()).toBe(before);
  }, 60_000);
});

describe('receipts.add: scanned PDF (no text layer)', () => {
  it('renders the page and reads it by OCR: reader pdf-ocr, total, date and both VAT rates', async () => {
    const lines = ICA_LINES.map((l) => (l.startsWith('Datum') ? 'Datum 2026-02-17' : l));
    const pdf = await scannedPdf(await receiptPng(lines));
    expect(pdf.length).toBeLessThan(100_000);
    expect(pdf.includes(Buffer.from('/Font'))).toBe(false);
    const [r] = await c.call('receipts.add', { paths: [file('skannad.pdf', pdf)] });
    expect(r!.mediaType).toBe('application/pdf');
    expect(r!.reader).toBe('pdf-ocr');
    expect(r!.pages).toBe(1);
    expect(r!.fields).toMatchObject({ total: 9500, date: '2026-02-17', orgnr: '556000-0167' });
    expect(r!.fields.vat.map((v) => [v.rate, v.amount])).toEqual([['12', 482], ['25', 1000]]);
    expect(r!.certain.total).toBe(true);
  }, 180_000);
});

describe('receipts.add: progress and the OCR worker', () => {
  it('reports progress for a batch of two, file by file, in order, ending at done = total', async () => {
    const events: ApiEvent[] = [];
    const png = await receiptPng(C20_LINES.map((l) => l.replace('2025-03-14', '2025-04-02')), 'faded');
    const pdf = receiptPdf(ICA_LINES.map((l) => (l.startsWith('Datum') ? 'Datum 2026-02-18' : l)));
    const r = await dispatch(c.session, 'receipts.add', { paths: [file('foto.png', png), file('digital.pdf', pdf)] }, (e) => events.push(e));
    expect(r.ok && r.value.map((x) => [x.fileName, x.fields.total, x.fields.date])).toEqual([['foto.png', 123450, '2025-04-02'], ['digital.pdf', 9500, '2026-02-18']]);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress).toHaveLength(events.length);
    expect(new Set(progress.map((e) => `${e.job} ${e.total}`))).toEqual(new Set(['receipts.add 200']));
    const done = progress.map((e) => e.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(200);
    // the OCR of the photo reports its own steps between 0 and 100; the photo's events all come first
    expect(done.some((d) => d > 0 && d < 100)).toBe(true);
    const firstPdf = progress.findIndex((e) => e.label?.endsWith(': digital.pdf'));
    expect(progress.slice(0, firstPdf).every((e) => e.label?.endsWith(': foto.png'))).toBe(true);
    expect(progress.slice(firstPdf).every((e) => e.label?.endsWith(': digital.pdf'))).toBe(true);
    expect(progress[firstPdf]!.done).toBe(100);
  }, 180_000);

  it('ends the OCR worker when a later file of the batch cannot be read; nothing of the batch is archived', async () => {
    const real = OcrEngine.prototype.recognize;
    let whileReading = 0;
    const recognize = vi.spyOn(OcrEngine.prototype, 'recognize').mockImplementation(async function (this: OcrEngine, ...a: Parameters<OcrEngine['recognize']>) {
      const out = await real.apply(this, a); // the real engine reads; the spy only counts the worker's handle
      whileReading = Math.max(whileReading, workerHandles());
      return out;
    });
    const terminate = vi.spyOn(OcrEngine.prototype, 'terminate');
    expect(await workersGone()).toBe(true); // the batches before ended theirs too
    const before = archived();
    const png = await receiptPng(C20_LINES.map((l) => l.replace('2025-03-14', '2025-05-06')));
    const r = await c.raw('receipts.add', { paths: [file('bra.png', png), file('trasig2.heic', HEIC.subarray(0, 9000))] });
    expect(r.ok ? '' : r.error.code).toBe('receipt-unreadable');
    expect(recognize).toHaveBeenCalled(); // the first file was read: a worker thread was started
    expect(whileReading).toBeGreaterThan(0);
    expect(terminate).toHaveBeenCalledTimes(1);
    expect(archived()).toBe(before);
    // the worker thread is really gone, not just asked to stop
    expect(await workersGone()).toBe(true);
  }, 180_000);
});
