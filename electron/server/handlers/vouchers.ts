import type { Handler } from './types.js';
import { done, refuse, refuseAll } from '../result.js';
import { checkDraft, writeChecked } from '../workflows/postVoucher.js';
import { linkReceipt, receiptMissing } from '../workflows/receiptPost.js';
import { receiptExists } from '../../db/repos/receipts.repo.js';
import { voucherDto, findVoucher, refOf } from '../workflows/voucherDto.js';
import { linesOf, correctionsOf, countVouchers, pageVouchers } from '../../db/repos/vouchers.repo.js';
import { templateByName } from '../../db/repos/templates.repo.js';
import { applyTemplate } from '../../../shared/domain/templates/template.js';
import { correctionDraft } from '../../../shared/domain/ledger/correction.js';
import type { DraftLine, DraftVoucher } from '../../../shared/domain/ledger/voucher.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import { resolveRange } from './range.js';

const toLines = (ls: readonly { account: string; amount: number; text?: string | undefined; quantity?: string | undefined }[]): DraftLine[] =>
  ls.map((l) => ({ account: l.account, amount: ore(l.amount), ...(l.text ? { text: l.text } : {}), ...(l.quantity ? { quantity: l.quantity } : {}) }));

export const postVoucher: Handler<'vouchers.post'> = (ctx, input) => ctx.write((db) => {
  let lines = toLines(input.lines);
  let counterparty = input.counterparty;
  if (input.template) {
    const t = templateByName(db, input.template.name);
    if (!t) return refuse('template-not-found', `Det finns ingen mall som heter "${input.template.name}".`, { path: 'template.name' });
    const applied = applyTemplate(t, ore(input.template.total));
    if (!applied.ok) return refuseAll(applied.problems);
    lines = [...applied.value, ...lines];
    counterparty ||= t.counterparty;
  }
  const draft: DraftVoucher = {
    kind: 'draft', date: input.date as never, text: input.text, series: input.series || 'A', lines,
    ...(counterparty ? { counterparty } : {}), ...(input.reference ? { reference: input.reference } : {}),
  };
  const receiptIds = [...new Set(input.receiptIds ?? [])];
  const missing = receiptIds.find((id) => !receiptExists(db, id));
  if (missing !== undefined) return receiptMissing(missing);
  const checked = checkDraft(db, draft);
  if (!checked.ok) return refuseAll(checked.problems);
  const voucher = writeChecked(db, checked.value, { now: ctx.clock.now(), user: ctx.user });
  for (const id of receiptIds) {
    const linked = linkReceipt(db, id, voucher.id, ctx.clock.now(), ctx.user);
    if (!linked.ok) return linked;
  }
  return done(voucherDto(db, voucher));
});

export const correctVoucher: Handler<'vouchers.correct'> = (ctx, input) => ctx.write((db) => {
  const original = findVoucher(db, input.voucher, input.date);
  const name = formatVoucherRef(input.voucher.series, input.voucher.number);
  if (!original) return refuse('not-found', `Verifikation ${name} finns inte.`, { path: 'voucher' });
  const earlier = correctionsOf(db, original.id);
  if (earlier.length > 0) {
    return refuse('already-corrected', `Verifikation ${name} är redan rättad med ${earlier.map((c) => refOf(db, c, true)).join(', ')}. Rätta rättelsen i stället.`, { path: 'voucher' });
  }
  const draft = correctionDraft(
    { series: original.series, number: original.number, date: original.date, fiscalYearStart: '', text: original.text,
      lines: linesOf(db, original.id).map((l) => ({ account: l.account, amount: ore(l.amount), ...(l.text ? { text: l.text } : {}) })) },
    input.date as never, toLines(input.lines ?? []));
  draft.reference = refOf(db, original, true);
  if (input.text) draft.text = input.text;
  const checked = checkDraft(db, draft);
  if (!checked.ok) return refuseAll(checked.problems);
  return done(voucherDto(db, writeChecked(db, checked.value, { now: ctx.clock.now(), user: ctx.user, correctsId: original.id })));
});

export const getVoucher: Handler<'vouchers.get'> = (ctx, input) => {
  const db = ctx.db();
  const v = findVoucher(db, input.voucher);
  if (!v) return refuse('not-found', `Verifikation ${formatVoucherRef(input.voucher.series, input.voucher.number)} finns inte.`, { path: 'voucher' });
  return done(voucherDto(db, v));
};

export const listVouchers: Handler<'vouchers.list'> = (ctx, input) => {
  const db = ctx.db();
  const from = input.from ?? '0000-01-01';
  const to = input.to ?? '9999-12-31';
  const range = input.fiscalYear ? resolveRange(db, input) : null;
  const f = { from: range?.ok ? range.value.from : from, to: range?.ok ? range.value.to : to, text: input.text, account: input.account, amount: input.amount };
  return done({
    total: countVouchers(db, f), offset: input.offset,
    rows: pageVouchers(db, f, input.offset, input.limit).map((r) => ({
      id: r.id, ref: formatVoucherRef(r.series, r.number), fiscalYear: r.start_date, date: r.date, text: r.text,
      amount: r.debit ?? 0, corrects: r.orig_series && r.orig_number ? formatVoucherRef(r.orig_series, r.orig_number) : null,
    })),
  });
};
