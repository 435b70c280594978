/** Shapes of the SIE import and export methods. Amounts in öre. */
export interface SieDifferenceDto { account: string; kind: 'UB' | 'RES'; stated: number; computed: number; difference: number; line: number | null }
export interface SieWarningDto { code: string; message: string; line?: number }

export interface SieImportReport {
  dryRun: boolean;
  /** The company file written to (or that would be). */
  file: string;
  encoding: string;
  kind: string;
  program: string | null;
  company: { name: string | null; orgnr: string | null };
  fiscalYears: { start: string; end: string; created: boolean }[];
  /** Vouchers imported (or that would be). */
  vouchers: number;
  /** Vouchers already in the books with identical content (case C3): not imported again. */
  skipped: number;
  /** Accounts added to the chart. */
  accounts: number;
  openingBalances: number;
  /** The file's own #UB/#RES compared with what its vouchers give. */
  differences: SieDifferenceDto[];
  /** After the import: the books' closing balances of year 0 compared with the file's #UB/#RES. */
  booksDifferences: SieDifferenceDto[];
  ibSum: number;
  suggestedCorrection: { account: string; amount: number; reason: string } | null;
  warnings: SieWarningDto[];
  backup: string | null;
}

export interface SieExportReport { path: string; vouchers: number; accounts: number; bytes: number; fiscalYear: string }
