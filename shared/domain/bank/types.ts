/**
 * The shapes every bank-statement reader produces. Amounts are integer öre (or hundredths of the
 * row's currency), signed from the account holder's view: + money into the account (or a smaller
 * card debt), − money out (a purchase, a fee, a payment sent).
 */
import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { Problem } from '../result.js';

/** Formats recognised by content (header names and shapes), never by file extension. */
export type BankFormat =
  | 'handelsbanken'
  | 'nordea'
  | 'nordea-card'
  | 'seb'
  | 'swedbank'
  | 'swedbank-baltic'
  | 'marginalen'
  | 'kontohandelser'
  | 'amex'
  | 'wise'
  | 'skattekonto'
  | 'camt053'
  | 'camt054';

export type BankErrorCode =
  | 'bank-unknown-format'
  | 'bank-xls-unsupported'
  | 'bank-file-too-large'
  | 'bank-unreadable'
  | 'bank-empty'
  | 'bank-invalid-amount'
  | 'bank-invalid-date'
  | 'bank-two-digit-year'
  | 'bank-ambiguous-number-format'
  | 'bank-balance-mismatch'
  | 'bank-camt-invalid';

/** Non-blocking notes shown in the preview. */
export type BankWarningCode = 'bank-pending-skipped' | 'bank-two-digit-year-assumed' | 'bank-rows-ignored';

export interface BankRow {
  /** 1-based row of the source: CSV line where the record starts, sheet row, HTML <tr>, or camt entry ordinal. */
  line: number;
  bookingDate: IsoDate;
  valueDate?: IsoDate;
  /** Purchase/transaction date when the file gives it apart from the booking date. */
  transactionDate?: IsoDate;
  amount: Ore;
  /** Running balance after this row, as the bank printed it (verified). */
  balance?: Ore;
  text: string;
  /** OCR, invoice number, message or verification number the bank shows. */
  reference?: string;
  counterparty?: string;
  /** The bank's own id for the entry when it gives one (camt AcctSvcrRef, Wise id). Not unique in every format. */
  bankId?: string;
  /** ISO 4217 code of `amount`. */
  currency: string;
  /** Foreign-currency card rows: the purchase in its own currency (hundredths), same sign as `amount`. */
  originalAmount?: Ore;
  originalCurrency?: string;
}

export interface BankStatement {
  format: BankFormat;
  account?: string;
  currency: string;
  /** Balance before the first row: stated by the file, or derived from the first running balance. */
  openingBalance?: Ore;
  /** Balance after the last row: stated by the file, or the last running balance. */
  closingBalance?: Ore;
  /** Chronological order (oldest first); `line` keeps the source position. */
  rows: BankRow[];
  warnings: Problem<BankWarningCode>[];
}

/** A grid of cell texts: CSV records, sheet rows or HTML table rows. */
export interface BankTable {
  rows: string[][];
  /** 1-based source line/row of each entry in `rows`. */
  lines: number[];
  /** True where a cell came from a spreadsheet number (canonical `-1234.5` text, see xlsx reader). */
  numeric?: boolean[][];
}

export type NumberStyle = 'comma' | 'point';

export interface BankParseOptions {
  /** Force the decimal sign instead of detecting it once per file (the user's "change format"). */
  numberStyle?: NumberStyle;
}
