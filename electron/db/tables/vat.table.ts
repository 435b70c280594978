import type { Generated } from 'kysely';

/** Row types of the VAT tables (migration 2), as kysely sees them. */
export interface VatReportTable {
  id: Generated<number>;
  /** As the user named it: `2026-03`, `2026-Q1`, `2026` or a fiscal year's start date. */
  period: string;
  from_date: string;
  to_date: string;
  /** JSON object box → declared öre (whole kronor · 100). */
  boxes: string;
  /** JSON object box → exact öre. */
  exact: string;
  box49: number;
  voucher_id: number | null;
  reported_at: string;
  reported_by: string;
}

export interface VatSettingsTable {
  id: number;
  exempt: number;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  changed_at: string;
  changed_by: string;
}
