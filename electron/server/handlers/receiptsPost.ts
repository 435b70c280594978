/** Receipt writes besides adding: post the confirmed draft, link to an existing voucher, export the archive. */
import type { Handler } from './types.js';
import { done } from '../result.js';
import { linkReceipt, postReceipt } from '../workflows/receiptPost.js';
import { receiptDto } from '../workflows/receiptDto.js';
import { exportArchive } from '../workflows/receiptExport.js';
import { voucherDto } from '../workflows/voucherDto.js';
import { receiptById } from '../../db/repos/receipts.repo.js';
import { archiveReady } from './receipts.js';

export const postReceiptHandler: Handler<'receipts.post'> = (ctx, input) => ctx.write((db) => {
  const v = postReceipt(db, input, ctx.clock.now(), ctx.user);
  return v.ok ? done({ receipt: receiptDto(db, receiptById(db, input.receiptId)!), voucher: voucherDto(db, v.value) }) : v;
});

export const linkReceiptHandler: Handler<'receipts.link'> = (ctx, input) => ctx.write((db) => {
  const r = linkReceipt(db, input.receiptId, input.voucherId, ctx.clock.now(), ctx.user);
  return r.ok ? done(receiptDto(db, receiptById(db, input.receiptId)!)) : r;
});

export const exportArchiveHandler: Handler<'archive.export'> = (ctx, input) => {
  const ready = archiveReady(ctx, true);
  if (!ready.ok) return ready;
  return exportArchive(ctx.db(), input.dir, ctx.clock.now());
};
