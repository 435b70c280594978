/** The bank methods' outputs and error codes. */
import type { Method } from './method.js';
import type { bankSchemas } from './bank.schemas.js';
import type * as B from '../dto/bank.js';
import type { BankErrorCode } from '../../domain/bank/types.js';

type S = typeof bankSchemas;
type FileErrors = BankErrorCode | 'file-not-found' | 'unknown-account' | 'bank-account-invalid' | 'bank-account-mismatch'
  | 'bank-currency-mismatch' | 'bank-several-accounts' | 'bank-statement-not-found';
type PostErrors = 'unbalanced' | 'too-few-lines' | 'zero-line' | 'unknown-account' | 'inactive-account' | 'no-fiscal-year'
  | 'fiscal-year-closed' | 'period-closed' | 'period-vat-reported' | 'missing-text' | 'invalid-series'
  | 'template-not-found' | 'template-invalid';
type RowErrors = 'bank-row-not-found' | 'bank-row-matched';

export type BankContract = {
  'bank.accounts': Method<S['bank.accounts'], B.BankAccountDto[]>;
  'bank.statements': Method<S['bank.statements'], B.BankStatementDto[]>;
  'bank.rows': Method<S['bank.rows'], B.BankRowsDto>;
  'bank.preview': Method<S['bank.preview'], B.BankPreviewDto, FileErrors>;
  'bank.import': Method<S['bank.import'], B.BankImportDto, FileErrors | 'bank-preview-stale' | 'cannot-write'>;
  'bank.queue': Method<S['bank.queue'], B.BankQueueDto>;
  'bank.book': Method<S['bank.book'], B.BankBookDto, PostErrors | RowErrors | 'bank-nothing-to-book' | 'bank-template-mismatch'
    | 'bank-line-mismatch' | 'bank-receipt-unsupported'>;
  'bank.match': Method<S['bank.match'], B.BankMatchResultDto>;
  'bank.candidates': Method<S['bank.candidates'], B.BankCandidateDto[], 'bank-row-not-found'>;
  'bank.link': Method<S['bank.link'], B.BankRowDto, RowErrors | 'bank-line-not-found' | 'bank-line-matched' | 'bank-amount-differs'>;
  'bank.unlink': Method<S['bank.unlink'], B.BankRowDto, 'bank-row-not-found' | 'bank-row-unmatched' | 'bank-reason-missing'>;
  'bank.rules.list': Method<S['bank.rules.list'], B.BankRuleDto[]>;
  'bank.rules.add': Method<S['bank.rules.add'], B.BankRuleDto, 'bank-rule-empty' | 'bank-rule-invalid' | 'template-not-found' | 'bank-account-unknown'>;
  'bank.rules.remove': Method<S['bank.rules.remove'], { removed: boolean }, 'bank-rule-not-found'>;
  'bank.templates': Method<S['bank.templates'], B.BankTemplateDto[]>;
  'bank.reconcile': Method<S['bank.reconcile'], B.BankReconciliationDto, 'bank-account-unknown' | 'no-fiscal-year'>;
  'bank.reconciliations': Method<S['bank.reconciliations'], B.BankReconciliationRecordDto[]>;
};
