/** Shapes of the SIE import and export methods. Amounts in öre. */
export interface SieDifferenceDto { account: string; kind: 'UB' | 'RES'; stated: number; computed: number; difference: number; line: number | null }
export interface SieWarningDto { code: string; message: string; line?: number }

/**
 * One fiscal year's balances as a file without vouchers (SIE 1–3) states them. Nothing can
 * recompute them, so they are kept exactly as stated (`kept`), or not at all when the company has
 * no such year or it is closed.
 */
export interface SieStatedBalancesDto {
  /** The file's #RAR year index (0 = the current year, -1 = the one before). */
  yearIndex: number;
  start: string;
  end: string;
  kept: boolean;
  /** True when the books already held the same set from an earlier import (nothing added). */
  alreadyKept: boolean;
  ib: number;
  ub: number;
  res: number;
  psaldo: number;
  /** #OIB/#OUB rows. */
  objectBalances: number;
  /** Σ #RES in öre: the year's result as the file states it (negative = profit). */
  resultSum: number;
}

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
  /**
   * True when the file's #UB/#RES of year 0 were recomputed from its vouchers, so empty
   * `differences` means they agree. False for a file without vouchers or without #UB/#RES.
   */
  balancesRecomputed: boolean;
  /** A file without vouchers: its #UB/#RES/#PSALDO per year, kept as stated (see SieStatedBalancesDto). */
  statedBalances: SieStatedBalancesDto[];
  ibSum: number;
  suggestedCorrection: { account: string; amount: number; reason: string } | null;
  warnings: SieWarningDto[];
  backup: string | null;
}

export interface SieExportReport {
  /** Where the file was written; null when no path was given and the bytes are in `data`. */
  path: string | null;
  /** The suggested file name, `<företagsnamn>-<räkenskapsår>.se` in safe characters. */
  fileName: string;
  /** Without a path: the file's bytes (CP437/PC8, exactly as they would be written), base64. */
  data: string | null;
  vouchers: number;
  accounts: number;
  bytes: number;
  /** The fiscal year's first and last day. */
  fiscalYear: string;
  fiscalYearEnd: string;
}
