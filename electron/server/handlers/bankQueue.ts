/** The daily work queue, booking from it, and the templates a bank row can be booked with. */
import type { Handler } from './types.js';
import { done } from '../result.js';
import { countRows, pageRows } from '../../db/repos/bank.repo.js';
import { listTemplates } from '../../db/repos/templates.repo.js';
import { templatesForMethod } from '../../../shared/domain/templates/template.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { bankRowDto, bankRowDtos } from '../workflows/bankRowDto.js';
import { suggestContext, suggestionFor, isTaxAccount } from '../workflows/bankSuggest.js';
import { bookRow } from '../workflows/bankBook.js';
import { receiptSuggestions } from '../workflows/bankReceipts.js';
import { loadMatchData, candidateDto } from '../workflows/bankMatching.js';
import { voucherDto } from '../workflows/voucherDto.js';
import { candidatesFor } from '../../../shared/domain/bank/match.js';
import { TAX_ACCOUNT_TEMPLATES } from '../../../shared/domain/bank/taxAccount.js';
import type { BankQueueItemDto, BankTemplateDto } from '../../../shared/api/dto/bank.js';
import type { BankRowRow } from '../../db/repos/bank.repo.js';

/** Unbooked, unlinked rows (amount ≠ 0), oldest first per account, each with a suggestion, its link candidates and a receipt to attach. */
export const bankQueue: Handler<'bank.queue'> = (ctx, input) => {
  const db = ctx.db();
  const f = { account: input.account, state: 'unmatched' as const, nonZero: true };
  const page = pageRows(db, f, input.offset, input.limit);
  const byAccount = new Map<string, BankRowRow[]>();
  for (const r of page) byAccount.set(r.account, [...(byAccount.get(r.account) ?? []), r]);
  const items = new Map<number, BankQueueItemDto>();
  const receipts = receiptSuggestions(db, page);
  for (const [account, rows] of byAccount) {
    const sctx = suggestContext(db, account, rows);
    const lines = loadMatchData(db, account).lines;
    const byKey = new Map(lines.map((l) => [`${l.voucher_id}:${l.line_no}`, l]));
    const matchable = lines.map((l) => ({ voucherId: l.voucher_id, lineNo: l.line_no, date: l.date, amount: l.amount, reference: l.reference }));
    const dtos = bankRowDtos(db, rows);
    rows.forEach((r, i) => items.set(r.id, {
      row: dtos[i]!, suggestion: suggestionFor(r, sctx), receipt: receipts.get(r.id) ?? null,
      candidates: candidatesFor({ id: r.id, date: r.booking_date, amount: r.amount, reference: r.reference }, matchable)
        .map((c) => candidateDto(db, c, byKey.get(`${c.voucherId}:${c.lineNo}`)!)),
    }));
  }
  return done({ total: countRows(db, f), offset: input.offset, rows: page.map((r) => items.get(r.id)!) });
};

export const bankBook: Handler<'bank.book'> = (ctx, input) => ctx.write((db) => {
  const r = bookRow(db, input, ctx.clock.now(), ctx.user);
  return r.ok ? done({ row: bankRowDto(db, r.value.row), voucher: voucherDto(db, r.value.voucher) }) : r;
});

/** The company's templates, plus the skattekonto templates when the account is a tax account (or none is given). */
export const bankTemplates: Handler<'bank.templates'> = (ctx, input) => {
  const db = ctx.db();
  const own: BankTemplateDto[] = templatesForMethod(listTemplates(db), getCompany(db)?.vat_method ?? 'faktura').map((t) => ({ name: t.name, description: t.description, source: 'company' }));
  const form = getCompany(db)?.form ?? 'AB';
  const tax: BankTemplateDto[] = input.account && !isTaxAccount(db, input.account) ? [] : TAX_ACCOUNT_TEMPLATES
    .filter((t) => t.form === 'both' || t.form === form).map((t) => ({ name: t.name, description: t.description, source: 'tax-account' }));
  return done([...tax, ...own]);
};
