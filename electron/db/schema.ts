import type * as T from './tables/core.table.js';
import type * as Vat from './tables/vat.table.js';
import type * as Bank from './tables/bank.table.js';
import type * as Closing from './tables/closing.table.js';
import type * as Receipts from './tables/receipts.table.js';
import type * as Sie from './tables/sie.table.js';

/** The whole database as kysely's type parameter; each migration's tables are added here. */
export interface Schema {
  company: T.CompanyTable;
  fiscal_years: T.FiscalYearTable;
  accounts: T.AccountTable;
  vouchers: T.VoucherTable;
  voucher_lines: T.VoucherLineTable;
  period_states: T.PeriodStateTable;
  opening_balances: T.OpeningBalanceTable;
  opening_sources: T.OpeningSourceTable;
  audit_log: T.AuditLogTable;
  templates: T.TemplateTable;
  drafts: T.DraftTable;
  vat_reports: Vat.VatReportTable;
  vat_settings: Vat.VatSettingsTable;
  bank_accounts: Bank.BankAccountTable;
  bank_statements: Bank.BankStatementTable;
  bank_rows: Bank.BankRowTable;
  bank_matches: Bank.BankMatchTable;
  bank_active_matches: Bank.BankMatchTable;
  bank_unmatches: Bank.BankUnmatchTable;
  bank_rules: Bank.BankRuleTable;
  bank_reconciliations: Bank.BankReconciliationTable;
  closing_settings: Closing.ClosingSettingsTable;
  closing_assets: Closing.ClosingAssetTable;
  year_end_runs: Closing.YearEndRunTable;
  receipts: Receipts.ReceiptTable;
  receipt_links: Receipts.ReceiptLinkTable;
  imports: Sie.ImportTable;
  imported_balances: Sie.ImportedBalanceTable;
}
