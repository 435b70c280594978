/**
 * Adding underlag: every file is checked first (exists, not empty, under the size cap, a type
 * Kontera reads), then read (OCR/PDF, slow, outside any transaction, with progress), then all are
 * written in one transaction: the original bytes into the archive, the metadata and reading into
 * the company file. Bytes already archived are reported as duplicates with where they are.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/connection.js';
import type { EventSink } from '../../../shared/api/events.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { insertReceipt, receiptBySha } from '../../db/repos/receipts.repo.js';
import { archiveHas, archiveInsert } from '../../db/repos/receiptArchive.repo.js';
import { MAX_RECEIPT_BYTES, sniffMediaType, type MediaType } from '../receipts/sniff.js';
import { readUnderlag, type ReadOutcome } from '../receipts/read.js';
import { jpegOf } from '../receipts/image.js';
import { OcrEngine } from '../../ocr/engine.js';
import { TraineddataMissing, traineddataDir } from '../../ocr/traineddata.js';
import { parseReceipt, judgeReading } from '../../../shared/domain/receipts/parse.js';
import { merchantKey, readMerchant } from '../../../shared/domain/receipts/merchant.js';
import { addDays, type IsoDate } from '../../../shared/domain/dates/isoDate.js';
import type { ReceiptReading } from '../../../shared/domain/receipts/types.js';
import { type HandlerResult, done, refuse } from '../result.js';

export interface IncomingFile { path: string; name: string; bytes: Buffer; sha256: string; type: MediaType }
export interface ReadFile extends IncomingFile { outcome: ReadOutcome; reading: ReceiptReading; thumbnail: Buffer }

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

/** Loads and checks every file; the first bad one refuses the whole call (nothing is written). */
export function loadFiles(paths: readonly string[], names: readonly string[] = []): HandlerResult<IncomingFile[]> {
  const out: IncomingFile[] = [];
  for (const [i, p] of paths.entries()) {
    const name = names[i] ?? path.basename(p);
    const at = { path: `paths.${i}` };
    if (!existsSync(p) || !statSync(p).isFile()) return refuse('file-not-found', `Filen ${name} finns inte. Välj filen igen.`, at);
    const size = statSync(p).size;
    if (size === 0) return refuse('receipt-empty', `Filen ${name} är tom.`, at);
    if (size > MAX_RECEIPT_BYTES) return refuse('receipt-too-large', `Filen ${name} är ${mb(size)}; ett underlag får vara högst ${mb(MAX_RECEIPT_BYTES)}. Fotografera eller skanna om med lägre upplösning, eller dela upp PDF-filen.`, at);
    const bytes = readFileSync(p);
    const type = sniffMediaType(bytes);
    if (!type) return refuse('receipt-unsupported', `Filen ${name} är varken en bild (JPEG, PNG, HEIC, GIF, WebP, TIFF) eller en PDF. Spara underlaget i något av de formaten.`, at);
    out.push({ path: p, name, bytes, type, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return done(out);
}

function unreadable(f: IncomingFile, e: unknown): ReturnType<typeof refuse> {
  // sharp refuses a decompression bomb (a small file claiming a huge picture) before decoding it.
  if (/pixel limit/i.test(String((e as Error)?.message ?? ''))) {
    return refuse('receipt-too-large', `Bilden ${f.name} är för stor: mer än 120 miljoner bildpunkter. Fotografera eller skanna om med lägre upplösning och lägg till den igen.`);
  }
  const heic = f.type === 'image/heic' || f.type === 'image/avif';
  return refuse('receipt-unreadable', heic
    ? `Bilden ${f.name} (HEIC) gick inte att avkoda. Välj "Mest kompatibel" under Kamera › Format på telefonen, eller exportera bilden som JPEG, och lägg till den igen.`
    : `Filen ${f.name} gick inte att läsa; den verkar skadad. Spara eller skanna underlaget på nytt.`);
}

/** Reads the new files (the slow part), one OCR worker shared by all, always terminated. */
export async function readFiles(files: readonly IncomingFile[], today: IsoDate, emit: EventSink): Promise<HandlerResult<ReadFile[]>> {
  let engine: OcrEngine | null = null;
  const getEngine = () => (engine ??= new OcrEngine());
  const out: ReadFile[] = [];
  const notAfter = addDays(today, 7);
  if (files.some((f) => f.type !== 'application/pdf')) {
    try {
      traineddataDir();
    } catch (e) {
      if (e instanceof TraineddataMissing) return refuse('ocr-unavailable', e.message);
      throw e;
    }
  }
  try {
    for (const [i, f] of files.entries()) {
      const progress = (fraction: number, label: string) => emit({ type: 'progress', job: 'receipts.add', done: Math.round((i + fraction) * 100), total: files.length * 100, label: `${label}: ${f.name}` });
      progress(0, 'Läser');
      let outcome: ReadOutcome;
      try {
        outcome = await readUnderlag(f.bytes, f.type, getEngine, (lines) => judgeReading(parseReceipt(lines, { notAfter })), progress);
      } catch (e) {
        if (e instanceof TraineddataMissing) return refuse('ocr-unavailable', `${e.message}`);
        return unreadable(f, e);
      }
      const reading = parseReceipt(outcome.lines, { notAfter });
      out.push({ ...f, outcome, reading, thumbnail: await jpegOf(outcome.picture, 240, 60) });
      progress(1, 'Klart');
    }
    return done(out);
  } finally {
    await (engine as OcrEngine | null)?.terminate();
  }
}

/**
 * Commits the original bytes to the archive file in a transaction of their own, before anything
 * about them is written to the company file. In WAL mode a transaction over two ATTACHed files
 * commits each file separately (the company file first), so one shared transaction could leave,
 * after a crash, a receipt row whose bytes never reached the archive. Committed first, the worst a
 * crash leaves is bytes without a receipt row, adopted when the same file is added again.
 */
export function archiveOriginals(db: Db, files: readonly ReadFile[], now: string, user: string): void {
  db.raw.transaction(() => {
    for (const f of files) {
      if (!archiveHas(db, f.sha256)) archiveInsert(db, { sha256: f.sha256, size: f.bytes.length, media_type: f.type, file_name: f.name, bytes: f.bytes, added_at: now, added_by: user });
    }
  }).immediate();
}

/** Writes one read file's metadata and reading into the company file (its bytes are already archived). Inside the write transaction. */
export function writeReceipt(db: Db, f: ReadFile, now: string, user: string): number {
  if (!archiveHas(db, f.sha256)) throw new Error(`receipt ${f.sha256} is not archived yet: archiveOriginals must commit first`);
  const fields = f.reading.fields;
  const { lines: _lines, ...stored } = f.reading;
  const id = insertReceipt(db, {
    sha256: f.sha256, file_name: f.name, media_type: f.type, size: f.bytes.length, pages: f.outcome.pages, reader: f.outcome.reader,
    text: f.outcome.lines.join('\n'), reading: JSON.stringify(stored), merchant: fields.merchant, merchant_key: merchantKey(fields),
    chain_key: readMerchant(f.reading.lines)?.chain ?? null, orgnr: fields.orgnr, receipt_date: fields.date, total: fields.total,
    currency: fields.currency, thumbnail: f.thumbnail, added_at: now, added_by: user,
  });
  appendAudit(db, now, user, 'receipt.added', { id, sha256: f.sha256, file: f.name, size: f.bytes.length, reader: f.outcome.reader });
  return id;
}

/** Files whose bytes are already in the books (the earlier receipt is returned instead). */
export function alreadyArchived(db: Db, sha256: string) {
  return receiptBySha(db, sha256);
}
