/** Shapes that cross every door (IPC, CLI, bridge). Amounts are integer öre, dates YYYY-MM-DD. */
import type { PeriodState } from '../domain/periods/periodState.js';
import type { Statement } from '../domain/reports/statements.js';
import type { Template } from '../domain/templates/template.js';

export interface FiscalYearDto {
  id: number;
  start: string;
  end: string;
  state: 'open' | 'closed';
  openingSource: 'carried' | 'manual' | 'import' | null;
  /** Carried opening balances no longer equal last year's closing balances. */
  openingStale: boolean;
}

export interface CompanyDto {
  file: string;
  name: string;
  form: 'EF' | 'AB';
  identity: string;
  identityKind: 'orgnr' | 'personnummer' | 'samordningsnummer';
  vatPeriod: 'month' | 'quarter' | 'year';
  vatMethod: 'kontant' | 'faktura';
  fiscalYears: FiscalYearDto[];
  warnings: string[];
}

export interface VoucherLineDto { lineNo: number; account: string; accountName: string; amount: number; text: string | null; quantity: string | null }

export interface VoucherDto {
  id: number;
  ref: string;
  series: string;
  number: number;
  fiscalYear: string;
  date: string;
  registeredAt: string;
  text: string;
  counterparty: string | null;
  reference: string | null;
  origin: 'kontera' | 'import';
  createdBy: string;
  corrects: string | null;
  correctedBy: string[];
  hash: string;
  lines: VoucherLineDto[];
}

export interface VoucherListDto {
  total: number;
  offset: number;
  rows: { id: number; ref: string; fiscalYear: string; date: string; text: string; amount: number; corrects: string | null }[];
}

export interface AccountDto {
  number: string; name: string; type: string; normalBalance: 'debit' | 'credit'; statement: 'BR' | 'RR';
  vatCode: string | null; sru: string | null; active: boolean; hasHistory: boolean;
}

export interface PeriodDto { month: string; state: PeriodState; changedAt: string | null; reason: string | null }

export interface TrialBalanceDto {
  from: string; to: string; fiscalYear: string;
  accounts: { number: string; name: string; opening: number; debit: number; credit: number; closing: number }[];
  totals: { opening: number; debit: number; credit: number; closing: number };
  openingStale: boolean;
}

export interface GeneralLedgerDto {
  from: string; to: string; fiscalYear: string;
  accounts: {
    number: string; name: string; opening: number; closing: number;
    rows: { voucher: string; date: string; text: string; amount: number; balance: number }[];
  }[];
}

export interface JournalDto { from: string; to: string; fiscalYear: string; vouchers: VoucherDto[] }

export interface StatementDto extends Statement { from: string; to: string; fiscalYear: string }

export interface VerifyDto {
  ok: boolean;
  chainHead: string;
  vouchers: number;
  problems: { code: string; message: string; voucher?: string }[];
  /** Gaps a former program left in imported series: recorded, not Kontera's. */
  importedGaps: string[];
}

export interface AuditDto { total: number; rows: { id: number; at: string; actor: string; action: string; details: unknown }[] }
export interface TemplateDto extends Template { id: number; builtin: boolean }
export interface DraftDto { id: number; createdAt: string; updatedAt: string; content: Record<string, unknown> }
export interface BackupDto { path: string; vouchers: number; chainHead: string }
export interface RestoreDto { file: string; keptAside: string | null }
