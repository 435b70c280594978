/**
 * Booking a receipt: the confirmed draft is posted through the one posting path (every rule and
 * the hash chain apply) and the receipt linked to the voucher, in the caller's one transaction.
 * Links are additions: a receipt may support several vouchers and a voucher have several receipts.
 */
import type { Db } from '../../db/connection.js';
import { receiptExists } from '../../db/repos/receipts.repo.js';
import { insertLink, linkExists } from '../../db/repos/receiptLinks.repo.js';
import { voucherById, type VoucherRow } from '../../db/repos/vouchers.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import type { DraftVoucher } from '../../../shared/domain/ledger/voucher.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { type HandlerResult, done, refuse, refuseAll } from '../result.js';
import { checkDraft, writeChecked } from './postVoucher.js';

export function receiptMissing(id: number) {
  return refuse('receipt-not-found', `Underlag ${id} finns inte i arkivet.`, { path: 'receiptId' });
}

/** Links a receipt to a voucher (an addition, logged). Inside a write transaction. */
export function linkReceipt(db: Db, receiptId: number, voucherId: number, now: string, user: string): HandlerResult<null> {
  if (!receiptExists(db, receiptId)) return receiptMissing(receiptId);
  if (!voucherById(db, voucherId)) return refuse('voucher-not-found', `Verifikation ${voucherId} finns inte.`, { path: 'voucherId' });
  if (linkExists(db, receiptId, voucherId)) return refuse('receipt-already-linked', 'Underlaget är redan bifogat till verifikationen.', { path: 'voucherId' });
  insertLink(db, receiptId, voucherId, now, user);
  appendAudit(db, now, user, 'receipt.linked', { receipt: receiptId, voucher: voucherId });
  return done(null);
}

export interface ReceiptPostInput {
  receiptId: number;
  date: string;
  text: string;
  lines: { account: string; amount: number; text?: string | undefined }[];
  series?: string | undefined;
  counterparty?: string | undefined;
}

/** Posts the confirmed draft and links the receipt. Inside a write transaction. */
export function postReceipt(db: Db, input: ReceiptPostInput, now: string, user: string): HandlerResult<VoucherRow> {
  if (!receiptExists(db, input.receiptId)) return receiptMissing(input.receiptId);
  const draft: DraftVoucher = {
    kind: 'draft', date: input.date as never, series: input.series || 'A', text: input.text,
    lines: input.lines.map((l) => ({ account: l.account, amount: ore(l.amount), ...(l.text ? { text: l.text } : {}) })),
    ...(input.counterparty ? { counterparty: input.counterparty } : {}),
  };
  const checked = checkDraft(db, draft);
  if (!checked.ok) return refuseAll(checked.problems);
  const voucher = writeChecked(db, checked.value, { now, user });
  const link = linkReceipt(db, input.receiptId, voucher.id, now, user);
  return link.ok ? done(voucher) : link;
}
