/** What the receipt methods return. Amounts are integer öre. */
import type { VoucherDto } from '../dto.js';
import type { CheckCode, FieldName, PaymentMethod } from '../../domain/receipts/types.js';

export interface ReceiptFieldsDto {
  merchant: string | null;
  orgnr: string | null;
  date: string | null;
  total: number | null;
  /** Öre rounding printed on the receipt (paid − goods total). */
  rounding: number;
  currency: string | null;
  vat: { rate: string; amount: number; net: number | null; gross: number | null }[];
  payment: PaymentMethod | null;
}

export interface ReceiptSuggestionDto {
  source: 'history' | 'keyword' | 'default';
  /** The voucher whose accounts were copied (history), e.g. "A3". */
  basedOn: string | null;
  text: string;
  date: string | null;
  counterparty: string | null;
  lines: { account: string; amount: number; text?: string }[];
  notes: string[];
}

export interface ReceiptLinkDto { voucherId: number; ref: string; fiscalYear: string; date: string; at: string; by: string }

export interface ReceiptDto {
  id: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  pages: number;
  reader: 'pdf-text' | 'pdf-ocr' | 'ocr';
  /** True when these exact bytes were already archived (nothing new was stored). */
  duplicate: boolean;
  /** The archive file holding the original. */
  archive: string;
  addedAt: string;
  addedBy: string;
  fields: ReceiptFieldsDto;
  certain: Record<FieldName, boolean>;
  checks: { code: CheckCode; outcome: 'pass' | 'fail' | 'n/a'; message: string }[];
  /** The vouchers it is attached to (a receipt may support several; none = still in the queue). */
  vouchers: ReceiptLinkDto[];
  /** The draft voucher Kontera suggests; null once booked. */
  suggestion: ReceiptSuggestionDto | null;
  /** The text rows that were read. */
  lines: string[];
  /** Present when something about the receipt needs attention, e.g. its date lies outside every fiscal year (receipt-outside-fiscal-years). */
  warnings?: { code: string; message: string }[];
}

export interface ReceiptSummaryDto {
  id: number;
  fileName: string;
  merchant: string | null;
  date: string | null;
  total: number | null;
  currency: string | null;
  addedAt: string;
  /** A small JPEG as a data: URL. */
  thumbnail: string | null;
  vouchers: string[];
}

export interface ReceiptQueueDto { total: number; offset: number; receipts: ReceiptSummaryDto[] }

export interface ReceiptImageDto { mediaType: 'image/jpeg'; dataUrl: string; pages: number }

export interface ReceiptPostDto { receipt: ReceiptDto; voucher: VoucherDto }

export interface ArchiveExportDto {
  dir: string;
  files: number;
  /** index.csv: voucher ↔ file ↔ hash. */
  index: string;
  audit: string;
  documentation: string;
}
