/** SIE import and export: outputs and error codes (the parser's codes name the line). */
import type { Method } from './method.js';
import type { sieSchemas } from './sie.schemas.js';
import type { SieImportReport, SieExportReport } from '../dto/sie.js';

type S = typeof sieSchemas;
type FileErrors = 'not-sie' | 'unbalanced-voucher' | 'sie-bad-account' | 'sie-bad-amount' | 'sie-bad-date' | 'sie-bad-fiscal-year'
  | 'sie-bad-number' | 'sie-trans-outside-ver' | 'sie-unterminated-list' | 'sie-unclosed-voucher' | 'sie-ksumma-mismatch'
  | 'sie-file-too-large' | 'file-not-found';
type BooksErrors = 'sie-voucher-conflict' | 'sie-fiscal-year-conflict' | 'no-fiscal-year' | 'fiscal-year-closed' | 'period-closed'
  | 'period-vat-reported' | 'sie-company-missing' | 'file-exists' | 'invalid-identity' | 'invalid-fiscal-year' | 'cannot-write';

export type SieContract = {
  'sie.import': Method<S['sie.import'], SieImportReport, FileErrors | BooksErrors>;
  'sie.undoImport': Method<S['sie.undoImport'], { file: string; keptAside: string | null; importId: number }, 'not-found' | 'undo-not-possible' | 'backup-invalid'>;
  'sie.export': Method<S['sie.export'], SieExportReport, 'no-fiscal-year' | 'cannot-write'>;
};
