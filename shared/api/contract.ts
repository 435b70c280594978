/**
 * The one contract behind every door: method → input, output and its closed set of error codes.
 * A feature starts here; the compiler then demands its schema, handler and CLI/UI wiring.
 */
import type { ApiError } from './errors.js';
import type { InputOf } from './schemas.js';
import type * as D from './dto.js';
import type { DraftLine } from '../domain/ledger/voucher.js';

type Method<M extends keyof import('./schemas.js').Schemas, O, E extends string = never> = { input: InputOf<M>; output: O; error: E };

type PostErrors = 'unbalanced' | 'too-few-lines' | 'zero-line' | 'unknown-account' | 'inactive-account' | 'no-fiscal-year'
  | 'fiscal-year-closed' | 'period-closed' | 'period-vat-reported' | 'invalid-date' | 'missing-text' | 'invalid-series'
  | 'template-not-found' | 'template-invalid';
type RangeErrors = 'no-fiscal-year' | 'range-outside-year';

export type Contract = {
  'company.create': Method<'company.create', { file: string; fiscalYear: string }, 'file-exists' | 'invalid-identity' | 'invalid-fiscal-year' | 'cannot-write'>;
  'company.open': Method<'company.open', D.CompanyDto, 'file-not-found' | 'not-a-company-file' | 'schema-too-new'>;
  'company.close': Method<'company.close', { closed: boolean }>;
  'company.info': Method<'company.info', D.CompanyDto>;
  'vouchers.post': Method<'vouchers.post', D.VoucherDto, PostErrors>;
  'vouchers.correct': Method<'vouchers.correct', D.VoucherDto, PostErrors | 'not-found' | 'already-corrected'>;
  'vouchers.get': Method<'vouchers.get', D.VoucherDto, 'not-found'>;
  'vouchers.list': Method<'vouchers.list', D.VoucherListDto>;
  'accounts.list': Method<'accounts.list', D.AccountDto[]>;
  'accounts.add': Method<'accounts.add', D.AccountDto, 'account-exists' | 'invalid-vat-code'>;
  'accounts.setVatCode': Method<'accounts.setVatCode', D.AccountDto, 'unknown-account' | 'invalid-vat-code'>;
  'accounts.setActive': Method<'accounts.setActive', D.AccountDto, 'unknown-account'>;
  'years.list': Method<'years.list', D.FiscalYearDto[]>;
  'years.new': Method<'years.new', D.FiscalYearDto & { fiscalYear: string }, 'no-fiscal-year'>;
  'years.refreshOpening': Method<'years.refreshOpening', D.FiscalYearDto, 'no-fiscal-year' | 'not-carried' | 'fiscal-year-closed'>;
  'opening.set': Method<'opening.set', D.FiscalYearDto, 'no-fiscal-year' | 'opening-unbalanced' | 'opening-carried' | 'unknown-account' | 'fiscal-year-closed'>;
  'periods.list': Method<'periods.list', D.PeriodDto[]>;
  'periods.close': Method<'periods.close', D.PeriodDto, 'no-fiscal-year'>;
  'periods.reopen': Method<'periods.reopen', D.PeriodDto, 'reopen-needs-reason' | 'already-open'>;
  'templates.list': Method<'templates.list', D.TemplateDto[]>;
  'templates.apply': Method<'templates.apply', { lines: DraftLine[] }, 'template-not-found' | 'template-invalid'>;
  'templates.saveFromVoucher': Method<'templates.saveFromVoucher', D.TemplateDto, 'not-found' | 'template-exists'>;
  'reports.journal': Method<'reports.journal', D.JournalDto, RangeErrors>;
  'reports.generalLedger': Method<'reports.generalLedger', D.GeneralLedgerDto, RangeErrors>;
  'reports.trialBalance': Method<'reports.trialBalance', D.TrialBalanceDto, RangeErrors>;
  'reports.incomeStatement': Method<'reports.incomeStatement', D.StatementDto, RangeErrors>;
  'reports.balanceSheet': Method<'reports.balanceSheet', D.StatementDto, RangeErrors>;
  'audit.list': Method<'audit.list', D.AuditDto>;
  'drafts.save': Method<'drafts.save', D.DraftDto, 'not-found'>;
  'drafts.list': Method<'drafts.list', D.DraftDto[]>;
  'drafts.discard': Method<'drafts.discard', { discarded: boolean }, 'not-found'>;
  verify: Method<'verify', D.VerifyDto>;
  'backup.create': Method<'backup.create', D.BackupDto, 'cannot-write'>;
  'backup.restore': Method<'backup.restore', D.RestoreDto, 'file-not-found' | 'not-a-company-file' | 'backup-invalid'>;
};

export type MethodOf = keyof Contract;

export type ApiResponse<M extends MethodOf> =
  | { ok: true; value: Contract[M]['output'] }
  | { ok: false; error: ApiError<Contract[M]['error']> };
