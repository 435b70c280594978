/** Receipt rows as the API shows them, with the suggestion built from the current posting history. */
import type { Db } from '../../db/connection.js';
import { type ReceiptListRow, type ReceiptRow } from '../../db/repos/receipts.repo.js';
import { lastVoucherForKey, linksOfReceipt } from '../../db/repos/receiptLinks.repo.js';
import { linesOf, voucherById } from '../../db/repos/vouchers.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { refOf, fyStartOf } from './voucherDto.js';
import { archivePathOf } from '../receipts/archive.js';
import { keywordFor } from '../../../shared/domain/receipts/keywords.js';
import { suggestReceipt, type HistoryVoucher, type PayChoice } from '../../../shared/domain/receipts/suggest.js';
import type { ReceiptReading } from '../../../shared/domain/receipts/types.js';
import type { Ore } from '../../../shared/domain/money/ore.js';
import type { ReceiptDto, ReceiptLinkDto, ReceiptSuggestionDto, ReceiptSummaryDto } from '../../../shared/api/dto/receipts.js';

/** The stored reading: fields, certain flags and checks (the text rows are kept separately). */
export type StoredReading = Omit<ReceiptReading, 'lines'>;

export function readingOf(row: Pick<ReceiptRow, 'reading'>): StoredReading {
  return JSON.parse(row.reading) as StoredReading;
}

/** The last voucher booked for this seller: by org.nr/name key, else by chain. */
export function historyFor(db: Db, row: Pick<ReceiptRow, 'merchant_key' | 'chain_key'>): HistoryVoucher | null {
  const id = (row.merchant_key ? lastVoucherForKey(db, 'merchant_key', row.merchant_key) : null)
    ?? (row.chain_key ? lastVoucherForKey(db, 'chain_key', row.chain_key) : null);
  const v = id ? voucherById(db, id) : undefined;
  if (!v) return null;
  return { ref: refOf(db, v), lines: linesOf(db, v.id).map((l) => ({ account: l.account, amount: l.amount })) };
}

export interface SuggestOptions { pay?: PayChoice | undefined; sekTotal?: number | undefined; participants?: number | undefined }

export function suggestionFor(db: Db, row: ReceiptRow, o: SuggestOptions = {}): ReceiptSuggestionDto {
  const reading = readingOf(row);
  const s = suggestReceipt({
    fields: reading.fields, form: getCompany(db)?.form ?? 'AB', history: historyFor(db, row),
    keyword: keywordFor(reading.fields.merchant, row.text.split('\n')),
    ...(o.pay ? { pay: o.pay } : {}), ...(o.sekTotal !== undefined ? { sekTotal: o.sekTotal as Ore } : {}),
    ...(o.participants ? { participants: o.participants } : {}),
  });
  return { ...s, lines: s.lines.map((l) => ({ account: l.account, amount: l.amount, ...(l.text ? { text: l.text } : {}) })) };
}

export function linkDtos(db: Db, receiptId: number): ReceiptLinkDto[] {
  return linksOfReceipt(db, receiptId).flatMap((l) => {
    const v = voucherById(db, l.voucher_id);
    return v ? [{ voucherId: v.id, ref: refOf(db, v), fiscalYear: fyStartOf(db, v.fiscal_year_id), date: v.date, at: l.at, by: l.by }] : [];
  });
}

/**
 * A receipt dated outside every fiscal year is archived all the same (underlag must be kept), but
 * it cannot be booked until its year exists: the DTO says so.
 */
export function receiptDateWarnings(db: Db, date: string | null): { code: string; message: string }[] {
  if (!date) return [];
  const years = listFiscalYears(db);
  if (years.some((y) => date >= y.start_date && date <= y.end_date)) return [];
  const span = years.length
    ? ` (${years.reduce((m, y) => (y.start_date < m ? y.start_date : m), years[0]!.start_date)}–${years.reduce((m, y) => (y.end_date > m ? y.end_date : m), years[0]!.end_date)})`
    : '';
  return [{
    code: 'receipt-outside-fiscal-years',
    message: `Underlaget är daterat ${date}, utanför företagets räkenskapsår${span}. Det är arkiverat, men kan inte bokföras förrän räkenskapsåret finns. Kontrollera datumet, eller lägg upp året innan det bokförs.`,
  }];
}

/**
 * An underlag the reader got nothing from (a blank or black photo, a scan of the wrong side) is
 * still archived byte-exact; the user is told so instead of meeting a form of empty fields.
 */
function unreadWarnings(text: string, f: { total: number | null; date: string | null }): { code: string; message: string }[] {
  if (text.trim() === '') {
    return [{ code: 'receipt-no-text', message: 'Ingen text kunde läsas ur underlaget (bilden kan vara tom, suddig, för mörk eller fel sida). Det är arkiverat oförändrat. Fyll i uppgifterna för hand, eller fotografera kvittot igen och lägg till den nya bilden.' }];
  }
  if (f.total === null && f.date === null) {
    return [{ code: 'receipt-nothing-found', message: 'Varken belopp eller datum kunde läsas ur underlaget. Det är arkiverat; fyll i uppgifterna för hand.' }];
  }
  return [];
}

export function receiptDto(db: Db, row: ReceiptRow, duplicate = false, o: SuggestOptions = {}): ReceiptDto {
  const r = readingOf(row);
  const vouchers = linkDtos(db, row.id);
  const f = r.fields;
  const dto: ReceiptDto = {
    id: row.id, sha256: row.sha256, fileName: row.file_name, mediaType: row.media_type, size: row.size, pages: row.pages, reader: row.reader,
    duplicate, archive: archivePathOf(db.path), addedAt: row.added_at, addedBy: row.added_by,
    fields: { merchant: f.merchant, orgnr: f.orgnr, date: f.date, total: f.total, rounding: f.rounding, currency: f.currency, payment: f.payment,
      vat: f.vat.map((v) => ({ rate: v.rate, amount: v.vat, net: v.net, gross: v.gross })) },
    certain: r.certain, checks: r.checks.map((c) => ({ code: c.code, outcome: c.outcome, message: c.message })),
    vouchers, suggestion: vouchers.length ? null : suggestionFor(db, row, o), lines: row.text ? row.text.split('\n') : [],
  };
  const warnings = vouchers.length ? [] : [...unreadWarnings(row.text, f), ...receiptDateWarnings(db, f.date)];
  return warnings.length ? { ...dto, warnings } : dto;
}

export function summaryDto(db: Db, row: ReceiptListRow, thumbnail: Buffer | null): ReceiptSummaryDto {
  return {
    id: row.id, fileName: row.file_name, merchant: row.merchant, date: row.receipt_date, total: row.total, currency: row.currency, addedAt: row.added_at,
    thumbnail: thumbnail ? `data:image/jpeg;base64,${thumbnail.toString('base64')}` : null,
    vouchers: linkDtos(db, row.id).map((l) => l.ref),
  };
}
