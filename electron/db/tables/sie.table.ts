import type { Generated } from 'kysely';

/** Row types of the SIE import tables (migrations 3 and 8), as kysely sees them. */
export interface ImportTable {
  id: Generated<number>;
  at: string;
  actor: string;
  kind: 'sie';
  file_name: string;
  sha256: string;
  encoding: string;
  program: string | null;
  vouchers: number;
  skipped: number;
  backup: string | null;
  details: string;
}

export type ImportedBalanceKind = 'IB' | 'UB' | 'RES' | 'PSALDO' | 'OIB' | 'OUB';

/** Migration 8: a balance exactly as an imported file states it (SIE 1–3); immutable. */
export interface ImportedBalanceTable {
  id: Generated<number>;
  import_id: number;
  fiscal_year_id: number;
  kind: ImportedBalanceKind;
  account: string;
  /** `YYYY-MM`, PSALDO only. */
  period: string | null;
  /** JSON list of `{dim, id}`. */
  objects: string;
  /** Öre, debit positive. */
  amount: number;
  quantity: string | null;
  line: number | null;
}
