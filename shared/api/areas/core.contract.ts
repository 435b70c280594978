/** The core methods' outputs and error codes. */
import type { Method } from './method.js';
import type { coreSchemas } from './core.schemas.js';
import type * as D from '../dto.js';
import type { DraftLine } from '../../domain/ledger/voucher.js';

type S = typeof coreSchemas;
type PostErrors = 'unbalanced' | 'too-few-lines' | 'zero-line' | 'unknown-account' | 'inactive-account' | 'no-fiscal-year'
  | 'fiscal-year-closed' | 'period-closed' | 'period-vat-reported' | 'invalid-date' | 'missing-text' | 'invalid-series'
  | 'template-not-found' | 'template-invalid';
type RangeErrors = 'no-fiscal-year' | 'range-outside-year';

export type CoreContract = {
  'company.create': Method<S['company.create'], { file: string; fiscalYear: string }, 'file-exists' | 'invalid-identity' | 'invalid-fiscal-year' | 'cannot-write'>;
  'company.open': Method<S['company.open'], D.CompanyDto, 'file-not-found' | 'not-a-company-file' | 'company-encrypted' | 'schema-too-new'>;
  'company.close': Method<S['company.close'], { closed: boolean }>;
  'company.info': Method<S['company.info'], D.CompanyDto>;
  'vouchers.post': Method<S['vouchers.post'], D.VoucherDto, PostErrors | 'receipt-not-found'>;
  'vouchers.correct': Method<S['vouchers.correct'], D.VoucherDto, PostErrors | 'not-found' | 'already-corrected'>;
  'vouchers.get': Method<S['vouchers.get'], D.VoucherDto, 'not-found'>;
  'vouchers.list': Method<S['vouchers.list'], D.VoucherListDto>;
  'accounts.list': Method<S['accounts.list'], D.AccountDto[]>;
  'accounts.add': Method<S['accounts.add'], D.AccountDto, 'account-exists' | 'invalid-vat-code'>;
  'accounts.setVatCode': Method<S['accounts.setVatCode'], D.AccountDto, 'unknown-account' | 'invalid-vat-code'>;
  'accounts.setActive': Method<S['accounts.setActive'], D.AccountDto, 'unknown-account'>;
  'years.list': Method<S['years.list'], D.FiscalYearDto[]>;
  'years.new': Method<S['years.new'], D.FiscalYearDto & { fiscalYear: string }, 'no-fiscal-year'>;
  'years.refreshOpening': Method<S['years.refreshOpening'], D.FiscalYearDto, 'no-fiscal-year' | 'not-carried' | 'fiscal-year-closed'>;
  'opening.set': Method<S['opening.set'], D.FiscalYearDto, 'no-fiscal-year' | 'opening-unbalanced' | 'opening-carried' | 'unknown-account' | 'fiscal-year-closed'>;
  'periods.list': Method<S['periods.list'], D.PeriodDto[]>;
  'periods.close': Method<S['periods.close'], D.PeriodDto, 'no-fiscal-year'>;
  'periods.reopen': Method<S['periods.reopen'], D.PeriodDto, 'reopen-needs-reason' | 'already-open'>;
  'templates.list': Method<S['templates.list'], D.TemplateDto[]>;
  'templates.apply': Method<S['templates.apply'], { lines: DraftLine[]; counterparty?: string }, 'template-not-found' | 'template-invalid'>;
  'templates.saveFromVoucher': Method<S['templates.saveFromVoucher'], D.TemplateDto, 'not-found' | 'template-exists'>;
  'reports.journal': Method<S['reports.journal'], D.JournalDto, RangeErrors>;
  'reports.generalLedger': Method<S['reports.generalLedger'], D.GeneralLedgerDto, RangeErrors>;
  'reports.trialBalance': Method<S['reports.trialBalance'], D.TrialBalanceDto, RangeErrors>;
  'reports.incomeStatement': Method<S['reports.incomeStatement'], D.StatementDto, RangeErrors>;
  'reports.balanceSheet': Method<S['reports.balanceSheet'], D.StatementDto, RangeErrors>;
  'audit.list': Method<S['audit.list'], D.AuditDto>;
  'drafts.save': Method<S['drafts.save'], D.DraftDto, 'not-found'>;
  'drafts.list': Method<S['drafts.list'], D.DraftDto[]>;
  'drafts.discard': Method<S['drafts.discard'], { discarded: boolean }, 'not-found'>;
  verify: Method<S['verify'], D.VerifyDto>;
  'backup.create': Method<S['backup.create'], D.BackupDto, 'cannot-write'>;
  'backup.restore': Method<S['backup.restore'], D.RestoreDto, 'file-not-found' | 'not-a-company-file' | 'backup-invalid' | 'wrong-password' | 'invalid-recovery-key'>;
};
