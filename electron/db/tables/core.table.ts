import type { Generated } from 'kysely';

/** Row types of the core tables (migration 1), as kysely sees them. */
export interface CompanyTable {
  id: number;
  name: string;
  form: 'EF' | 'AB';
  identity: string;
  identity_kind: 'orgnr' | 'personnummer' | 'samordningsnummer';
  vat_period: 'month' | 'quarter' | 'year';
  vat_method: 'kontant' | 'faktura';
  file_id: string;
  created_at: string;
}

export interface FiscalYearTable {
  id: Generated<number>;
  start_date: string;
  end_date: string;
  state: 'open' | 'closed';
}

export interface AccountTable {
  number: string;
  name: string;
  type: 'asset' | 'liability' | 'equity' | 'income' | 'expense';
  normal_balance: 'debit' | 'credit';
  statement: 'BR' | 'RR';
  vat_code: string | null;
  sru: string | null;
  active: number;
  source: 'bas-2025' | 'user' | 'import';
}

export interface VoucherTable {
  id: number;
  fiscal_year_id: number;
  series: string;
  number: number;
  date: string;
  registered_at: string;
  text: string;
  counterparty: string | null;
  reference: string | null;
  corrects_id: number | null;
  origin: 'kontera' | 'import';
  created_by: string;
  hash_version: number;
  prev_hash: string;
  hash: string;
  /** Migration 3: source details of an imported voucher (JSON), covered by the hash. */
  extras: string | null;
  import_id: number | null;
}

export interface VoucherLineTable {
  voucher_id: number;
  line_no: number;
  fiscal_year_id: number;
  date: string;
  account: string;
  amount: number;
  text: string | null;
  quantity: string | null;
}

export interface PeriodStateTable {
  month: string;
  state: 'open' | 'vat-reported' | 'closed';
  changed_at: string;
  changed_by: string;
  reason: string | null;
}

export interface OpeningBalanceTable {
  fiscal_year_id: number;
  account: string;
  amount: number;
}

export interface OpeningSourceTable {
  fiscal_year_id: number;
  source: 'carried' | 'manual' | 'import';
  set_at: string;
  set_by: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  details: string;
}

export interface TemplateTable {
  id: Generated<number>;
  name: string;
  form: 'EF' | 'AB' | 'both';
  builtin: number;
  description: string;
  lines: string;
  created_at: string;
}

export interface DraftTable {
  id: Generated<number>;
  created_at: string;
  updated_at: string;
  content: string;
}
