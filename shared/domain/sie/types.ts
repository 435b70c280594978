/**
 * The typed form of a SIE 1–4 file. Every record keeps the 1-based line it came from, so any
 * later check (balances, import conflicts) can name "rad N" to the user.
 */
import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { Problem } from '../result.js';

/** Stable codes of everything the SIE reader, checks and import plan can report. */
export type SieProblemCode =
  | 'not-sie'
  | 'unbalanced-voucher'
  | 'sie-bad-account'
  | 'sie-bad-amount'
  | 'sie-bad-date'
  | 'sie-bad-fiscal-year'
  | 'sie-bad-number'
  | 'sie-missing-field'
  | 'sie-trans-outside-ver'
  | 'sie-unterminated-list'
  | 'sie-unclosed-voucher'
  | 'sie-ksumma-mismatch'
  | 'sie-ksumma-unclosed'
  | 'sie-unknown-label'
  | 'sie-stray-line'
  | 'sie-account-length'
  | 'sie-unterminated-quote'
  | 'sie-date-format'
  | 'sie-trans-date-as-text'
  | 'sie-empty-voucher'
  | 'sie-type-mismatch'
  | 'sie-mojibake'
  | 'sie-orgnr'
  | 'sie-missing-header'
  | 'sie-voucher-number'
  | 'sie-duplicate-voucher'
  | 'sie-voucher-outside-year'
  | 'sie-balance-difference'
  | 'sie-ib-not-balanced';

export type SieProblem = Problem<SieProblemCode>;

/** One `dimension object` pair of an object list such as `{1 "STH-1" 6 "P7"}`; ids are strings. */
export interface SieObjectRef {
  dim: number;
  id: string;
}

export type AccountType = 'T' | 'S' | 'K' | 'I';

export interface SieProgram { name: string; version: string; line: number }
export interface SieGen { date: IsoDate | null; sign: string | null; line: number }
export interface SieOrgnr { raw: string; acquisitionNo: string | null; activityNo: string | null; line: number }
export interface SieAddress { contact: string; street: string; postal: string; phone: string; line: number }
export interface SieText { value: string; line: number }

export interface SieFiscalYear { index: number; start: IsoDate | null; end: IsoDate | null; line: number }
export interface SieAccount { number: string; name: string; line: number }
export interface SieAccountType { account: string; type: AccountType; line: number }
export interface SieAccountValue { account: string; value: string; line: number }
export interface SieDimension { dim: number; name: string; parent: number | null; line: number }
export interface SieObject { dim: number; id: string; name: string; line: number }

export type BalanceKind = 'IB' | 'UB' | 'RES';
export interface SieBalance {
  kind: BalanceKind;
  yearIndex: number;
  account: string;
  amount: Ore;
  quantity: string | null;
  line: number;
}
export interface SieObjectBalance {
  kind: 'OIB' | 'OUB';
  yearIndex: number;
  account: string;
  objects: SieObjectRef[];
  amount: Ore;
  quantity: string | null;
  line: number;
}
export interface SiePeriodBalance {
  kind: 'PSALDO' | 'PBUDGET';
  yearIndex: number;
  /** `YYYY-MM`. */
  period: string;
  account: string;
  objects: SieObjectRef[];
  amount: Ore;
  quantity: string | null;
  line: number;
}

export type RowKind = 'TRANS' | 'RTRANS' | 'BTRANS';
export interface SieRow {
  /** TRANS counts; RTRANS (added later, followed by its twin TRANS) and BTRANS (removed) are history. */
  kind: RowKind;
  account: string;
  objects: SieObjectRef[];
  amount: Ore;
  transDate: IsoDate | null;
  /** Null when absent or empty (`""`). */
  text: string | null;
  /** Decimal string as written, e.g. `10.000000`. */
  quantity: string | null;
  sign: string | null;
  line: number;
}

export interface SieVoucher {
  /** Empty string when the file leaves it empty (SIE 4I). */
  series: string;
  /** As written; null when empty (SIE 4I vouchers numbered by the receiver). */
  number: string | null;
  date: IsoDate;
  text: string;
  regDate: IsoDate | null;
  sign: string | null;
  rows: SieRow[];
  line: number;
  /** Line of the closing `}` (or of the #VER when there is no block). */
  endLine: number;
}

export interface SieKsumma {
  /** Line of the opening bare #KSUMMA. */
  openLine: number;
  /** Declared value of the closing #KSUMMA, null when the file never closes it. */
  declared: number | null;
  closeLine: number | null;
  /** CRC-32 of the records in between (label with `#`), unsigned. */
  computed: number;
  /** The same without the `#` of each label, which some writers use. */
  computedNoHash: number;
}

export interface SieDocument {
  flagga: SieText | null;
  program: SieProgram | null;
  format: SieText | null;
  gen: SieGen | null;
  /** As written (`1`…`4`); quoted values are accepted. */
  sieType: SieText | null;
  prosa: SieText[];
  ftyp: SieText | null;
  fnr: SieText | null;
  orgnr: SieOrgnr | null;
  bkod: SieText | null;
  address: SieAddress | null;
  companyName: SieText | null;
  fiscalYears: SieFiscalYear[];
  taxYear: SieText | null;
  omfattn: { date: IsoDate | null; line: number } | null;
  chartType: SieText | null;
  currency: SieText | null;
  accounts: SieAccount[];
  accountTypes: SieAccountType[];
  units: SieAccountValue[];
  sru: SieAccountValue[];
  dimensions: SieDimension[];
  objects: SieObject[];
  balances: SieBalance[];
  objectBalances: SieObjectBalance[];
  periodBalances: SiePeriodBalance[];
  vouchers: SieVoucher[];
  ksumma: SieKsumma | null;
  /** Labels this reader does not know (kept so the preview can list them). */
  unknownLabels: { label: string; line: number }[];
  lineCount: number;
}

/** What the reader returns: the document, the problems that refuse the file, and the notes. */
export interface SieParseResult {
  doc: SieDocument;
  errors: SieProblem[];
  warnings: SieProblem[];
}

export function emptyDocument(): SieDocument {
  return {
    flagga: null, program: null, format: null, gen: null, sieType: null, prosa: [], ftyp: null,
    fnr: null, orgnr: null, bkod: null, address: null, companyName: null, fiscalYears: [],
    taxYear: null, omfattn: null, chartType: null, currency: null, accounts: [], accountTypes: [],
    units: [], sru: [], dimensions: [], objects: [], balances: [], objectBalances: [],
    periodBalances: [], vouchers: [], ksumma: null, unknownLabels: [], lineCount: 0,
  };
}
