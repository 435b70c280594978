import type { Generated } from 'kysely';

/** Row types of the receipt tables (migration 5). Amounts are integer öre. */
export interface ReceiptTable {
  id: Generated<number>;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  pages: number;
  reader: 'pdf-text' | 'pdf-ocr' | 'ocr';
  /** The row-grouped text that was read. */
  text: string;
  /** JSON: fields, certain flags and checks as read (never edited; corrections go on the voucher). */
  reading: string;
  merchant: string | null;
  merchant_key: string | null;
  chain_key: string | null;
  orgnr: string | null;
  receipt_date: string | null;
  total: number | null;
  currency: string | null;
  thumbnail: Buffer | null;
  added_at: string;
  added_by: string;
}

export interface ReceiptLinkTable {
  id: Generated<number>;
  receipt_id: number;
  voucher_id: number;
  at: string;
  by: string;
}
