/** What a receipt says, as read from its text (see README.md for the invariants). */
import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';

export type PaymentMethod = 'card' | 'cash' | 'swish' | 'invoice' | 'gift-card';

/** One VAT rate of a receipt: the VAT, and the net and gross when the receipt prints them. */
export interface VatPart {
  /** Percent as a decimal string: '25', '12', '6', '0' (foreign rates such as '24' or '14' too). */
  rate: string;
  vat: Ore;
  net: Ore | null;
  gross: Ore | null;
}

export interface ReceiptFields {
  merchant: string | null;
  /** NNNNNN-NNNN, Luhn-checked; null when none was read or none passed the check. */
  orgnr: string | null;
  date: IsoDate | null;
  /** What was paid (the amount to pay after öre rounding), debit-side positive; a refund is negative. */
  total: Ore | null;
  /** Öre rounding printed on the receipt: paid − goods total (e.g. −1 for 57,51 → 57,50). */
  rounding: Ore;
  currency: string | null;
  vat: VatPart[];
  payment: PaymentMethod | null;
}

export type FieldName = 'merchant' | 'orgnr' | 'date' | 'total' | 'currency' | 'vat' | 'payment';
export const FIELD_NAMES: readonly FieldName[] = ['merchant', 'orgnr', 'date', 'total', 'currency', 'vat', 'payment'];

/** A cross-check between readings: `pass` confirms, `fail` contradicts, `n/a` could not be computed. */
export interface ReceiptCheck {
  code: CheckCode;
  outcome: 'pass' | 'fail' | 'n/a';
  /** The fields it confirms or contradicts. */
  fields: FieldName[];
  /** Swedish, for the UI and the CLI. */
  message: string;
}

export type CheckCode =
  | 'vat-row-sum' | 'vat-row-rate' | 'vat-table-total' | 'vat-stated-total' | 'vat-share'
  | 'payment-amount' | 'total-repeated' | 'items-sum' | 'date-repeated' | 'orgnr-luhn'
  | 'merchant-known' | 'merchant-repeated' | 'currency-printed';

export interface ReceiptReading {
  fields: ReceiptFields;
  /** Per field: confirmed by something besides the reading itself and contradicted by nothing. */
  certain: Record<FieldName, boolean>;
  checks: ReceiptCheck[];
  /** The text lines the fields were read from (row-grouped). */
  lines: string[];
}
