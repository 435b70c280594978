import type { Generated } from 'kysely';

/** Row types of the bank tables (migration 4), as kysely sees them. Amounts are integer öre. */
export interface BankAccountTable {
  account: string;
  name: string;
  currency: string;
  created_at: string;
  created_by: string;
}

export interface BankStatementTable {
  id: Generated<number>;
  account: string;
  sha256: string;
  part: number;
  format: string;
  file_name: string;
  source_account: string | null;
  currency: string;
  first_date: string | null;
  last_date: string | null;
  opening_balance: number | null;
  closing_balance: number | null;
  rows_in_file: number;
  rows_imported: number;
  duplicates: number;
  skipped: number;
  imported_at: string;
  imported_by: string;
}

export interface BankRowTable {
  id: Generated<number>;
  account: string;
  statement_id: number;
  seq: number;
  booking_date: string;
  value_date: string | null;
  transaction_date: string | null;
  amount: number;
  balance: number | null;
  text: string;
  reference: string | null;
  counterparty: string | null;
  bank_id: string | null;
  currency: string;
  original_amount: number | null;
  original_currency: string | null;
  source_line: number;
}

export type BankMatchKind = 'exact' | 'reference' | 'manual' | 'booked';

export interface BankMatchTable {
  id: Generated<number>;
  bank_row_id: number;
  voucher_id: number;
  line_no: number;
  kind: BankMatchKind;
  at: string;
  by: string;
}

export interface BankUnmatchTable {
  match_id: number;
  at: string;
  by: string;
  reason: string;
}

export interface BankRuleTable {
  id: Generated<number>;
  account: string | null;
  text_contains: string | null;
  amount_min: number | null;
  amount_max: number | null;
  template: string;
  counterparty: string | null;
  voucher_text: string | null;
  created_at: string;
  created_by: string;
}

export interface BankReconciliationTable {
  id: Generated<number>;
  account: string;
  month: string;
  basis: 'balance' | 'movements' | null;
  statement_balance: number | null;
  ledger_balance: number;
  difference: number | null;
  reconciled: number;
  unmatched_bank: number;
  unmatched_ledger: number;
  covered_to: string | null;
  chain_head: string;
  at: string;
  by: string;
}
