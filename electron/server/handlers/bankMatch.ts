/** Matching: proposals (and bulk confirmation), candidates for one row, linking and unlinking by hand. */
import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import { bankRowById } from '../../db/repos/bank.repo.js';
import { activeMatchOfLine, activeMatchOfRow, insertMatch, insertUnmatch, lineOf, linesOnAccount, unmatchedLines } from '../../db/repos/bankMatches.repo.js';
import { voucherById } from '../../db/repos/vouchers.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { bankRowDto } from '../workflows/bankRowDto.js';
import { candidatesOfRow, confirmMatches, matchAccounts } from '../workflows/bankMatching.js';
import { openRow } from '../workflows/bankBook.js';
import { refOf } from '../workflows/voucherDto.js';

/** Unique matches and ambiguous rows; with `auto` the unique ones are stored in one transaction. */
export const bankMatch: Handler<'bank.match'> = (ctx, input) => {
  if (!input.auto) return done({ ...matchAccounts(ctx.db(), input.account).result, confirmed: 0 });
  return ctx.write((db) => {
    const { result } = matchAccounts(db, input.account);
    const confirmed = confirmMatches(db, result.matches, ctx.clock.now(), ctx.user);
    ctx.emit({ type: 'progress', job: 'bank.match', done: confirmed, total: confirmed, label: 'Matchning' });
    return done({ ...result, confirmed });
  });
};

export const bankCandidates: Handler<'bank.candidates'> = (ctx, input) => {
  const db = ctx.db();
  const row = bankRowById(db, input.rowId);
  if (!row) return refuse('bank-row-not-found', `Bankrad ${input.rowId} finns inte.`, { path: 'rowId' });
  return done(candidatesOfRow(db, row, unmatchedLines(db, row.account)));
};

/** Links a row to a voucher line by hand (any date); the line must be on the row's account with the same amount. */
export const bankLink: Handler<'bank.link'> = (ctx, input) => ctx.write((db) => {
  const open = openRow(db, input.rowId);
  if (!open.ok) return open;
  const row = open.value;
  const v = voucherById(db, input.voucherId);
  const onAccount = v ? linesOnAccount(db, v.id, row.account) : [];
  const lineNo = input.lineNo ?? (onAccount.find((l) => l.amount === row.amount && !activeMatchOfLine(db, input.voucherId, l.line_no)) ?? onAccount[0])?.line_no;
  const line = lineNo === undefined ? undefined : lineOf(db, input.voucherId, lineNo);
  if (!v || !line || line.account !== row.account)
    return refuse('bank-line-not-found', `Verifikationen har ingen rad på konto ${row.account}${input.lineNo ? ` med radnummer ${input.lineNo}` : ''}. Välj en verifikation som bokför bankradens konto.`, { path: 'voucherId' });
  if (activeMatchOfLine(db, v.id, lineNo!))
    return refuse('bank-line-matched', `Rad ${lineNo} på ${refOf(db, v)} är redan kopplad till en annan bankrad.`, { path: 'lineNo' });
  if (line.amount !== row.amount)
    return refuse('bank-amount-differs', `Raden på ${refOf(db, v)} är ${formatSv(ore(line.amount))} men bankraden är ${formatSv(ore(row.amount))}. Koppla bara rader med samma belopp; rätta annars verifikationen.`, { path: 'voucherId' });
  insertMatch(db, { bank_row_id: row.id, voucher_id: v.id, line_no: lineNo!, kind: 'manual', at: ctx.clock.now(), by: ctx.user });
  appendAudit(db, ctx.clock.now(), ctx.user, 'bank.linked', { row: row.id, voucher: v.id, line: lineNo });
  return done(bankRowDto(db, row));
});

/** Undoes a row's link (the link's history stays); the row returns to the queue. */
export const bankUnlink: Handler<'bank.unlink'> = (ctx, input) => ctx.write((db) => {
  const row = bankRowById(db, input.rowId);
  if (!row) return refuse('bank-row-not-found', `Bankrad ${input.rowId} finns inte.`, { path: 'rowId' });
  if (input.reason.trim() === '') return refuse('bank-reason-missing', 'Ange varför kopplingen tas bort; det sparas i historiken.', { path: 'reason' });
  const m = activeMatchOfRow(db, row.id);
  if (!m) return refuse('bank-row-unmatched', `Bankraden ${row.booking_date} "${row.text}" är inte kopplad till någon verifikation.`, { path: 'rowId' });
  insertUnmatch(db, { match_id: m.id, at: ctx.clock.now(), by: ctx.user, reason: input.reason.trim() });
  appendAudit(db, ctx.clock.now(), ctx.user, 'bank.unlinked', { row: row.id, voucher: m.voucher_id, line: m.line_no, kind: m.kind, reason: input.reason.trim() });
  return done(bankRowDto(db, row));
});
