/** Shapes of the bank methods (integer öre, dates YYYY-MM-DD, debit/money-in positive). */
import type { Problem } from '../../domain/result.js';
import type { BankSuggestion } from '../../domain/bank/suggest.js';
import type { AnchorGap } from '../../domain/bank/reconcile.js';
import type { VoucherDto } from '../dto.js';

export type BankMatchKindDto = 'exact' | 'reference' | 'manual' | 'booked';

export interface BankAccountDto {
  account: string;
  name: string;
  currency: string;
  rows: number;
  unmatched: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Bank balance at `lastDate` from the statements' stated balances, or null when none state one. */
  balance: number | null;
  statements: number;
}

export interface BankStatementDto {
  id: number;
  account: string;
  fileName: string;
  sha256: string;
  part: number;
  format: string;
  sourceAccount: string | null;
  currency: string;
  firstDate: string | null;
  lastDate: string | null;
  opening: number | null;
  closing: number | null;
  rowsInFile: number;
  imported: number;
  duplicates: number;
  skipped: number;
  importedAt: string;
  importedBy: string;
}

export interface BankLinkDto {
  matchId: number;
  kind: BankMatchKindDto;
  voucherId: number;
  voucher: string;
  lineNo: number;
  at: string;
  by: string;
}

export interface BankRowDto {
  id: number;
  account: string;
  statementId: number;
  date: string;
  valueDate: string | null;
  transactionDate: string | null;
  amount: number;
  balance: number | null;
  text: string;
  reference: string | null;
  counterparty: string | null;
  bankId: string | null;
  currency: string;
  originalAmount: number | null;
  originalCurrency: string | null;
  /** Row of the source file ("rad N"; camt: entry ordinal). */
  line: number;
  link: BankLinkDto | null;
}

export interface BankRowsDto {
  total: number;
  offset: number;
  rows: BankRowDto[];
}

export interface BankPreviewStatementDto {
  part: number;
  selected: boolean;
  sourceAccount: string | null;
  currency: string;
  firstDate: string | null;
  lastDate: string | null;
  opening: number | null;
  closing: number | null;
  rows: number;
}

export interface BankPreviewRowDto {
  part: number;
  line: number;
  date: string;
  amount: number;
  balance: number | null;
  text: string;
  reference: string | null;
  counterparty: string | null;
  currency: string;
  originalAmount: number | null;
  originalCurrency: string | null;
  decision: 'new' | 'duplicate';
  /** The stored bank row this one is (duplicates). */
  duplicateOf: number | null;
  /** Days the bank moved the row's date since the earlier export (duplicates). */
  shiftedDays: number | null;
}

export interface BankImportSummaryDto {
  rows: number;
  imported: number;
  duplicates: number;
  skipped: number;
}

export interface BankPreviewDto {
  file: string;
  sha256: string;
  format: string;
  formatName: string;
  /** The detected text encoding's code ('utf-8-bom', 'windows-1252'); null for XLSX/XML containers that state their own. */
  encoding: string | null;
  /** The same in Swedish for the preview ("UTF-8 med BOM", "Windows-1252", "Latin-1"). */
  encodingLabel: string | null;
  account: string;
  accountName: string;
  /** The bank account is created by this import. */
  newAccount: boolean;
  /** This exact file was imported to this account before; nothing will be added. */
  alreadyImported: boolean;
  statements: BankPreviewStatementDto[];
  rows: BankPreviewRowDto[];
  /** Pending rows the file lists but the bank has not booked (never imported). */
  skippedRows: { part: number; line: number; message: string }[];
  summary: BankImportSummaryDto;
  warnings: Problem[];
  /** Pass to bank.import as `expect` so it applies exactly this preview. */
  fingerprint: string;
}

export interface BankImportDto extends BankImportSummaryDto {
  format: string;
  account: string;
  statementIds: number[];
  alreadyImported: boolean;
  /** The automatic backup taken before writing, or null when nothing was written. */
  backup: string | null;
  fingerprint: string;
  warnings: Problem[];
}

export interface BankCandidateDto {
  voucherId: number;
  voucher: string;
  lineNo: number;
  date: string;
  amount: number;
  text: string;
  kind: 'exact' | 'reference' | 'near';
  days: number;
}

/** A receipt (underlag) proposed for a bank row. */
export interface BankReceiptDto {
  id: number;
  fileName: string;
  merchant: string | null;
  date: string;
  total: number;
  /** Receipt date minus bank date, in days. */
  days: number;
}

export interface BankQueueItemDto {
  row: BankRowDto;
  suggestion: BankSuggestion | null;
  /** Voucher lines already in the books that this row may be (link instead of booking). */
  candidates: BankCandidateDto[];
  /** An unbooked receipt from the receipt queue with the same total dated near the row (±7 days, nearest first); null when none. */
  receipt: BankReceiptDto | null;
}

export interface BankQueueDto {
  total: number;
  offset: number;
  rows: BankQueueItemDto[];
}

export interface BankBookDto {
  row: BankRowDto;
  voucher: VoucherDto;
}

export interface BankMatchDto {
  rowId: number;
  account: string;
  date: string;
  amount: number;
  text: string;
  voucherId: number;
  voucher: string;
  lineNo: number;
  voucherDate: string;
  kind: 'exact' | 'reference';
  days: number;
}

export interface BankAmbiguousDto {
  rowId: number;
  account: string;
  date: string;
  amount: number;
  text: string;
  candidates: BankCandidateDto[];
}

export interface BankMatchResultDto {
  matches: BankMatchDto[];
  ambiguous: BankAmbiguousDto[];
  /** How many of `matches` were confirmed (stored) by this call; 0 without `auto`. */
  confirmed: number;
}

export interface BankRuleDto {
  id: number;
  account: string | null;
  textContains: string | null;
  amountMin: number | null;
  amountMax: number | null;
  template: string;
  counterparty: string | null;
  text: string | null;
  createdAt: string;
  createdBy: string;
}

export interface BankTemplateDto {
  name: string;
  description: string;
  source: 'company' | 'tax-account';
}

export type BankUnmatchedDto =
  | { side: 'bank'; rowId: number; date: string; amount: number; text: string }
  | { side: 'ledger'; voucherId: number; voucher: string; lineNo: number; date: string; amount: number; text: string };

export interface BankReconciliationDto {
  account: string;
  month: string;
  from: string;
  to: string;
  /** 'balance': the statements' stated balances; 'movements': no balance known, ledger opening + bank rows. */
  basis: 'balance' | 'movements';
  statement: number;
  ledger: number;
  difference: number;
  reconciled: boolean;
  /** Last date the imported statements reach. */
  coveredTo: string | null;
  /** Places where stored rows do not carry one stated balance to the next (rows missing). */
  gaps: AnchorGap[];
  unmatched: BankUnmatchedDto[];
  /**
   * Where the difference comes from when every item is matched (the opening balances differ, or
   * matches cross the month end), with both figures; null otherwise.
   */
  explanation: { code: string; message: string } | null;
  /** The stored reconciliation record, or null when not recorded. */
  recordId: number | null;
}

export interface BankReconciliationRecordDto {
  id: number;
  account: string;
  month: string;
  basis: 'balance' | 'movements' | null;
  statement: number | null;
  ledger: number;
  difference: number | null;
  reconciled: boolean;
  unmatchedBank: number;
  unmatchedLedger: number;
  coveredTo: string | null;
  chainHead: string;
  at: string;
  by: string;
}
