import type { Generated } from 'kysely';

/** Row types of the closing tables (migration 6), as kysely sees them. */
export type SizeClass = 'standard' | 'small' | 'micro' | 'micro-ef';

export interface ClosingSettingsTable {
  id: number;
  size_class: SizeClass;
  changed_at: string;
  changed_by: string;
}

export interface ClosingAssetTable {
  id: string;
  name: string;
  acquired: string;
  cost: number;
  life_years: number;
  method: 'auto' | 'plan' | 'direct';
  asset_account: string;
  accumulated_account: string | null;
  depreciation_account: string | null;
  added_at: string;
  added_by: string;
}

export interface YearEndRunTable {
  id: Generated<number>;
  fiscal_year_id: number;
  /** The answers file as parsed (JSON). */
  answers: string;
  /** What was posted and written (JSON). */
  summary: string;
  chain_head: string;
  at: string;
  by: string;
}
