/**
 * Booking a bank row: the voucher (through the one posting path, so every rule and the hash chain
 * apply) and the row's link to its bank line, in the caller's one write transaction.
 */
import type { Db } from '../../db/connection.js';
import { bankRowById, type BankRowRow } from '../../db/repos/bank.repo.js';
import { activeMatchOfRow, insertMatch } from '../../db/repos/bankMatches.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import type { VoucherRow } from '../../db/repos/vouchers.repo.js';
import { applyTemplate } from '../../../shared/domain/templates/template.js';
import { completeLines, keepOriginalAmount, orientToRow } from '../../../shared/domain/bank/booking.js';
import type { DraftLine, DraftVoucher } from '../../../shared/domain/ledger/voucher.js';
import { type Ore, ore } from '../../../shared/domain/money/ore.js';
import type { Result } from '../../../shared/domain/result.js';
import { type HandlerResult, done, refuse, refuseAll } from '../result.js';
import { checkDraft, writeChecked } from './postVoucher.js';
import { findTemplate, suggestContext, suggestionFor } from './bankSuggest.js';
import { receiptExists } from '../../db/repos/receipts.repo.js';
import { linkReceipt } from './receiptPost.js';

export interface BookInput {
  rowId: number;
  template?: string | undefined;
  lines?: { account: string; amount: number; text?: string | undefined }[] | undefined;
  text?: string | undefined;
  counterparty?: string | undefined;
  series?: string | undefined;
  date?: string | undefined;
  receiptId?: number | undefined;
}

const fromResult = <T>(r: Result<T>): HandlerResult<T> => (r.ok ? done(r.value) : refuseAll(r.problems));

/** Finds the row and checks it may still be booked (or linked). */
export function openRow(db: Db, rowId: number): HandlerResult<BankRowRow> {
  const row = bankRowById(db, rowId);
  if (!row) return refuse('bank-row-not-found', `Bankrad ${rowId} finns inte.`, { path: 'rowId' });
  if (activeMatchOfRow(db, rowId)) return refuse('bank-row-matched', `Bankraden ${row.booking_date} "${row.text}" är redan bokförd eller kopplad till en verifikation.`, { path: 'rowId' });
  return done(row);
}

function linesFor(db: Db, row: BankRowRow, input: BookInput): HandlerResult<{ lines: DraftLine[]; text?: string; counterparty?: string | null }> {
  const amount = ore(row.amount);
  if (input.template) {
    const t = findTemplate(db, input.template);
    if (!t) return refuse('template-not-found', `Det finns ingen mall som heter "${input.template}".`, { path: 'template' });
    const applied = applyTemplate(t, Math.abs(amount) as Ore);
    if (!applied.ok) return refuseAll(applied.problems);
    const oriented = fromResult(orientToRow(applied.value, row.account, amount));
    return oriented.ok ? done({ lines: oriented.value }) : oriented;
  }
  if (input.lines && input.lines.length > 0) {
    const given = input.lines.map((l) => ({ account: l.account, amount: ore(l.amount), ...(l.text ? { text: l.text } : {}) }));
    const r = fromResult(completeLines(given, row.account, amount));
    return r.ok ? done({ lines: r.value }) : r;
  }
  const s = suggestionFor(row, suggestContext(db, row.account, [row]));
  if (!s) return refuse('bank-nothing-to-book', 'Det finns inget förslag för raden. Välj en mall eller ange konteringen.', { path: 'template' });
  return done({ lines: s.lines, text: s.text, counterparty: s.counterparty });
}

/** Posts the voucher for a bank row and links the row to its bank line. Inside a write transaction. */
export function bookRow(db: Db, input: BookInput, now: string, user: string): HandlerResult<{ row: BankRowRow; voucher: VoucherRow }> {
  const open = openRow(db, input.rowId);
  if (!open.ok) return open;
  const row = open.value;
  if (input.receiptId !== undefined && !receiptExists(db, input.receiptId))
    return refuse('bank-receipt-unsupported', `Underlag ${input.receiptId} finns inte i arkivet. Välj ett underlag ur kön med obokförda kvitton.`, { path: 'receiptId' });
  const got = linesFor(db, row, input);
  if (!got.ok) return got;
  const counterparty = input.counterparty ?? got.value.counterparty ?? row.counterparty;
  const lines = keepOriginalAmount(got.value.lines, row.account, { amount: row.original_amount, currency: row.original_currency });
  const draft: DraftVoucher = {
    kind: 'draft', date: (input.date ?? row.booking_date) as never, series: input.series || 'A', lines,
    text: input.text ?? got.value.text ?? (row.text.trim() || counterparty || 'Bankrad'),
    ...(counterparty ? { counterparty } : {}), ...(row.reference ? { reference: row.reference } : {}),
  };
  const checked = checkDraft(db, draft);
  if (!checked.ok) return refuseAll(checked.problems);
  const bankLine = checked.value.lines.findIndex((l) => l.account === row.account && l.amount === row.amount);
  const voucher = writeChecked(db, checked.value, { now, user });
  insertMatch(db, { bank_row_id: row.id, voucher_id: voucher.id, line_no: bankLine + 1, kind: 'booked', at: now, by: user });
  if (input.receiptId !== undefined) {
    const linked = linkReceipt(db, input.receiptId, voucher.id, now, user);
    if (!linked.ok) return linked;
  }
  appendAudit(db, now, user, 'bank.booked', { row: row.id, voucher: voucher.id, template: input.template ?? null });
  return done({ row, voucher });
}
