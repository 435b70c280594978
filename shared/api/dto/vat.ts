/**
 * Shapes of the VAT methods. Amounts are integer öre, except where a field says "whole kronor":
 * the declared boxes of a momsdeklaration are whole kronor (integers) as on Skatteverket's form.
 */
import type { BoxId } from '../../domain/vat/boxIds.js';
import type { PeriodKind } from '../../domain/periods/period.js';
import type { VatDeadline } from '../../domain/vat/calendar.js';
import type { VoucherDto } from '../dto.js';

export type BoxMap = Record<BoxId, number>;

export interface VatCheckDto { code: string; severity: 'error' | 'warning'; message: string; boxes: string[]; account?: string }

export interface VatReportedDto {
  at: string;
  by: string;
  /** The momsomföring voucher, e.g. `M3`; null when there was nothing to move. */
  voucher: string | null;
  voucherId: number | null;
  /** What was filed, whole kronor. */
  boxes: BoxMap;
}

export interface VatReportDto {
  period: string;
  kind: PeriodKind;
  from: string;
  to: string;
  /** The eSKD Period, `YYYY-MM`. */
  lastMonth: string;
  vatPeriod: 'month' | 'quarter' | 'year';
  method: 'kontant' | 'faktura';
  /** Declared figures, whole kronor truncated toward zero; 49 from the truncated boxes. */
  boxes: BoxMap;
  /** Exact öre per box; 49 here is the exact net. */
  exact: BoxMap;
  checks: VatCheckDto[];
  /** False while any check is an error: no file, no booking. */
  canFile: boolean;
  /** The momsomföring `vat.book` would post (öre, debit positive); empty when nothing to move. */
  settlement: { account: string; amount: number }[];
  due: { date: string; rule: string; uncertain: boolean };
  reported: VatReportedDto | null;
  /** "Ändrat efter rapportering": live − filed per differing box, whole kronor. */
  changedAfterReport: { message: string; delta: Partial<BoxMap> } | null;
  /** Momsomföring vouchers left out of the boxes (they would zero them). */
  excludedVouchers: string[];
}

export interface VatBoxRowDto {
  voucherId: number; voucher: string; date: string; text: string; account: string; accountName: string;
  /** The line as booked, debit positive. */
  amount: number;
  /** What the line adds to the box (the box's normal side positive). */
  contribution: number;
  lineText: string | null;
}

export interface VatBoxDetailDto { period: string; box: BoxId; label: string; exact: number; declared: number; rows: VatBoxRowDto[] }

export interface VatEskdDto {
  period: string; fileName: string; text: string; boxes: BoxMap;
  /** Where the backend wrote the file (ISO-8859-1), when a path was given. */
  written: string | null;
}

export interface VatBookDto {
  period: string; from: string; to: string;
  /** The posted momsomföring; null when every VAT account was already zero. */
  voucher: VoucherDto | null;
  boxes: BoxMap;
  /** Months now VAT-reported (a closed month stays closed). */
  months: string[];
  reportedAt: string;
}

export interface VatReportListItemDto { period: string; from: string; to: string; reportedAt: string; reportedBy: string; box49: number; voucher: string | null }

export interface HelperLineDto { account: string; amount: number; text?: string; vatCode?: string | null }

export interface VatSplitDto { rate: string; net: number; vat: number; lines: HelperLineDto[] }

export interface VatLinesDto {
  lines: HelperLineDto[];
  vat: number;
  /** Suggested voucher text (purpose and participants, original currency). */
  text: string;
  /** Accounts on the lines that the chart lacks, with the name to add them under. */
  missingAccounts: { number: string; name: string }[];
}

export interface VatRepresentationDto extends VatLinesDto { vatPaid: number; deductibleVat: number }

export interface EcSalesDto {
  period: string;
  /** Skatteverket's period code, `2603` or `26-1`. */
  code: string;
  rows: { vatNumber: string; goods: number | null; triangular: number | null; services: number | null }[];
  lines: { voucherId: number; voucher: string; date: string; box: string; amount: number; counterparty: string | null; text: string; vatNumber: string | null }[];
  problems: { code: string; voucher: string; voucherId: number; message: string }[];
  /** Sums of the rows per box (öre), to compare with the momsdeklaration. */
  totals: { '35': number; '38': number; '39': number };
  /** SKV574008 text when asked for and complete; written as ISO-8859-1. */
  file: string | null;
  fileName: string;
  /** Where the backend wrote the file (ISO-8859-1), when a path was given. */
  written: string | null;
}

export interface VatCalendarDto {
  year: number;
  vatPeriod: 'month' | 'quarter' | 'year';
  /** The turnover the rules were chosen from (öre) and the year it was measured in. */
  turnover: number;
  turnoverYear: string | null;
  over40M: boolean;
  euTrade: boolean;
  deadlines: VatDeadline[];
}

export interface VatSettingsDto {
  exempt: boolean;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  /** SE + number + 01. */
  vatNumber: string;
}

export interface VatCodeDto { code: string; box: string; role: 'base' | 'vat'; rate: string | null; normal: 'debit' | 'credit'; label: string }
