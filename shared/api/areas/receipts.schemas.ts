/** Inputs of the receipt (underlag) methods: add, queue, read back, suggest, post, link, export. */
import { z } from 'zod';
import { date, ore, text, lineInput } from './fields.js';

const id = z.number().int().positive();
const pay = z.enum(['bank', 'cash', 'private']);

export const receiptsSchemas = {
  'receipts.add': z.object({
    /** Files on this machine (the bridge passes uploaded files' server-side paths). */
    paths: z.array(z.string().min(1)).min(1).max(50),
    /** Display names for the files (uploads), in the same order; default the file name. */
    names: z.array(text(200)).max(50).optional(),
  }),
  'receipts.get': z.object({ id }),
  'receipts.queue': z.object({
    offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100),
    /** For a bank row: receipts with this total (öre, sign ignored), nearest date first. */
    amount: ore.optional(),
    near: date.optional(),
  }),
  'receipts.ofVoucher': z.object({ voucherId: id }),
  'receipts.suggest': z.object({
    id, pay: pay.optional(), sekTotal: ore.optional(), participants: z.number().int().min(1).max(500).optional(),
  }),
  'receipts.post': z.object({
    receiptId: id,
    date,
    text: text(1000),
    lines: z.array(lineInput).min(1).max(100),
    series: z.string().max(20).optional(),
    counterparty: text(200).optional(),
  }),
  'receipts.link': z.object({ receiptId: id, voucherId: id }),
  'receipts.image': z.object({ id, size: z.enum(['thumbnail', 'preview']).default('preview') }),
  'archive.export': z.object({ dir: z.string().min(1) }),
} as const;
