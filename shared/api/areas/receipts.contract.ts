/** The receipt methods' outputs and error codes. */
import type { Method } from './method.js';
import type { receiptsSchemas } from './receipts.schemas.js';
import type * as R from '../dto/receipts.js';

type S = typeof receiptsSchemas;
type PostErrors = 'unbalanced' | 'too-few-lines' | 'zero-line' | 'unknown-account' | 'inactive-account' | 'no-fiscal-year'
  | 'fiscal-year-closed' | 'period-closed' | 'period-vat-reported' | 'invalid-date' | 'missing-text' | 'invalid-series';
type FileErrors = 'file-not-found' | 'receipt-too-large' | 'receipt-unsupported' | 'receipt-unreadable' | 'receipt-empty';
type ArchiveErrors = 'archive-foreign' | 'archive-missing';

export type ReceiptsContract = {
  'receipts.add': Method<S['receipts.add'], R.ReceiptDto[], FileErrors | ArchiveErrors | 'ocr-unavailable'>;
  'receipts.get': Method<S['receipts.get'], R.ReceiptDto, 'receipt-not-found'>;
  'receipts.queue': Method<S['receipts.queue'], R.ReceiptQueueDto>;
  'receipts.ofVoucher': Method<S['receipts.ofVoucher'], R.ReceiptSummaryDto[]>;
  'receipts.suggest': Method<S['receipts.suggest'], R.ReceiptSuggestionDto, 'receipt-not-found'>;
  'receipts.post': Method<S['receipts.post'], R.ReceiptPostDto, PostErrors | 'receipt-not-found'>;
  'receipts.link': Method<S['receipts.link'], R.ReceiptDto, 'receipt-not-found' | 'voucher-not-found' | 'receipt-already-linked'>;
  'receipts.image': Method<S['receipts.image'], R.ReceiptImageDto, 'receipt-not-found' | ArchiveErrors | 'receipt-unreadable'>;
  'archive.export': Method<S['archive.export'], R.ArchiveExportDto, ArchiveErrors | 'export-dir-not-empty' | 'cannot-write'>;
};
