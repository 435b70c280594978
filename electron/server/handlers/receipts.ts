/** Receipt (underlag) handlers: add, read back, the unbooked queue, suggestions, pictures. */
import type { Handler } from './types.js';
import type { Ctx } from '../context.js';
import { done, refuse, type HandlerResult } from '../result.js';
import { alreadyArchived, archiveOriginals, loadFiles, readFiles, writeReceipt } from '../workflows/receiptAdd.js';
import { receiptDto, suggestionFor, summaryDto } from '../workflows/receiptDto.js';
import { receiptMissing } from '../workflows/receiptPost.js';
import { ensureArchive, archivePathOf } from '../receipts/archive.js';
import { countUnbooked, receiptById, thumbnailOf, unbookedReceipts, type ReceiptListRow } from '../../db/repos/receipts.repo.js';
import { linksOfVoucher } from '../../db/repos/receiptLinks.repo.js';
import { archiveBytes } from '../../db/repos/receiptArchive.repo.js';
import { jpegOf, uprightPng } from '../receipts/image.js';
import { heicToPng } from '../receipts/heic.js';
import { renderPdfPages } from '../receipts/pdf.js';
import type { ReceiptDto } from '../../../shared/api/dto/receipts.js';

/** Attaches the archive (creating it when `create`); refuses a foreign or missing one. */
export function archiveReady(ctx: Ctx, create: boolean): HandlerResult<null> {
  const db = ctx.db();
  const state = ensureArchive(db, ctx.clock.now(), create);
  if (state === 'foreign') return refuse('archive-foreign', `Filen ${archivePathOf(db.path)} hör inte till det här företaget. Flytta den och försök igen.`);
  if (state === 'missing') return refuse('archive-missing', `Arkivfilen ${archivePathOf(db.path)} saknas. Lägg tillbaka den bredvid företagsfilen (den innehåller originalunderlagen).`);
  return done(null);
}

export const addReceipts: Handler<'receipts.add'> = async (ctx, input) => {
  const files = loadFiles(input.paths, input.names);
  if (!files.ok) return files;
  const ready = archiveReady(ctx, true);
  if (!ready.ok) return ready;
  const db = ctx.db();
  const seen = new Set<string>();
  const fresh = files.value.filter((f) => !alreadyArchived(db, f.sha256) && !seen.has(f.sha256) && seen.add(f.sha256));
  const read = await readFiles(fresh, ctx.clock.today(), ctx.emit);
  if (!read.ok) return read;
  const now = ctx.clock.now();
  archiveOriginals(db, read.value.filter((f) => !alreadyArchived(db, f.sha256)), now, ctx.user);
  return ctx.write((d) => {
    const ids = new Map<string, number>();
    for (const f of read.value) ids.set(f.sha256, alreadyArchived(d, f.sha256)?.id ?? writeReceipt(d, f, now, ctx.user));
    const out: ReceiptDto[] = files.value.map((f, i) => {
      const isNew = ids.has(f.sha256) && files.value.findIndex((g) => g.sha256 === f.sha256) === i;
      const row = alreadyArchived(d, f.sha256)!;
      return receiptDto(d, row, !isNew);
    });
    return done(out);
  });
};

export const getReceipt: Handler<'receipts.get'> = (ctx, input) => {
  const row = receiptById(ctx.db(), input.id);
  return row ? done(receiptDto(ctx.db(), row)) : receiptMissing(input.id);
};

function byCloseness(rows: ReceiptListRow[], amount: number, near: string | undefined): ReceiptListRow[] {
  const target = Math.abs(amount);
  const day = (d: string | null) => (d ? Date.parse(`${d}T00:00:00Z`) / 86_400_000 : Number.POSITIVE_INFINITY);
  const ref = near ? day(near) : 0;
  return rows.filter((r) => r.total !== null && Math.abs(r.total) === target)
    .sort((a, b) => Math.abs(day(a.receipt_date) - ref) - Math.abs(day(b.receipt_date) - ref));
}

/** Receipts not yet attached to any voucher: the work queue, and underlag a bank row can use. */
export const receiptQueue: Handler<'receipts.queue'> = (ctx, input) => {
  const db = ctx.db();
  if (input.amount !== undefined) {
    const rows = byCloseness(unbookedReceipts(db, 0, 100_000), input.amount, input.near);
    const page = rows.slice(input.offset, input.offset + input.limit);
    return done({ total: rows.length, offset: input.offset, receipts: page.map((r) => summaryDto(db, r, thumbnailOf(db, r.id))) });
  }
  const page = unbookedReceipts(db, input.offset, input.limit);
  return done({ total: countUnbooked(db), offset: input.offset, receipts: page.map((r) => summaryDto(db, r, thumbnailOf(db, r.id))) });
};

export const receiptsOfVoucher: Handler<'receipts.ofVoucher'> = (ctx, input) => {
  const db = ctx.db();
  return done(linksOfVoucher(db, input.voucherId).flatMap((l) => {
    const r = receiptById(db, l.receipt_id);
    return r ? [summaryDto(db, r, r.thumbnail)] : [];
  }));
};

export const suggestReceiptHandler: Handler<'receipts.suggest'> = (ctx, input) => {
  const row = receiptById(ctx.db(), input.id);
  return row ? done(suggestionFor(ctx.db(), row, input)) : receiptMissing(input.id);
};

/** The picture of an underlag: the stored thumbnail, or a preview made from the archived original. */
export const receiptImage: Handler<'receipts.image'> = async (ctx, input) => {
  const db = ctx.db();
  const row = receiptById(db, input.id);
  if (!row) return receiptMissing(input.id);
  const url = (b: Buffer) => `data:image/jpeg;base64,${b.toString('base64')}`;
  if (input.size === 'thumbnail' && row.thumbnail) return done({ mediaType: 'image/jpeg', dataUrl: url(row.thumbnail), pages: row.pages });
  const ready = archiveReady(ctx, false);
  if (!ready.ok) return ready;
  const bytes = archiveBytes(db, row.sha256);
  if (!bytes) return refuse('archive-missing', `Originalet till ${row.file_name} saknas i arkivfilen. Kör kontera verify.`);
  try {
    const picture = row.media_type === 'application/pdf' ? (await renderPdfPages(bytes, 1, 110))[0]!
      : row.media_type === 'image/heic' ? await heicToPng(bytes) : await uprightPng(bytes);
    return done({ mediaType: 'image/jpeg', dataUrl: url(await jpegOf(picture, 1400, 80)), pages: row.pages });
  } catch {
    return refuse('receipt-unreadable', `Bilden till ${row.file_name} kunde inte visas.`);
  }
};
