/**
 * What the SIE 4E writer needs. The database export fills it from the books; documentToExportData
 * fills it from a parsed file (used by the round-trip tests and by re-export of an import).
 */
import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { AccountType, BalanceKind, RowKind, SieDocument, SieObjectRef } from './types.js';

export interface SieExportRow {
  kind: RowKind;
  account: string;
  objects: SieObjectRef[];
  amount: Ore;
  transDate: IsoDate | null;
  text: string | null;
  quantity: string | null;
  sign: string | null;
}

export interface SieExportVoucher {
  series: string;
  number: number | string | null;
  date: IsoDate;
  text: string;
  regDate: IsoDate | null;
  sign: string | null;
  /** In order; an #RTRANS is written just before its twin #TRANS, as the spec requires. */
  rows: SieExportRow[];
}

export interface SieExportData {
  program: { name: string; version: string };
  generated: IsoDate;
  generatedBy: string | null;
  prosa: string[];
  company: {
    name: string;
    /** Any form; written as NNNNNN-NNNN when it is a valid Swedish number. */
    orgnr: string | null;
    /** #ORGNR's optional förvärvsnummer and verksamhetsnummer (several activities); usually null. */
    acquisitionNo?: string | null;
    activityNo?: string | null;
    ftyp: string | null;
    fnr: string | null;
    bkod: string | null;
    address: { contact: string; street: string; postal: string; phone: string } | null;
  };
  fiscalYears: { index: number; start: IsoDate | null; end: IsoDate | null }[];
  taxYear: string | null;
  omfattn: IsoDate | null;
  chartType: string | null;
  currency: string | null;
  /** `name` null: no #KONTO is written (a file may give a type or SRU code for an account it never names). */
  accounts: { number: string; name: string | null; type: AccountType | null; unit: string | null; sru: string[] }[];
  dimensions: { dim: number; name: string; parent: number | null }[];
  objects: { dim: number; id: string; name: string }[];
  balances: { kind: BalanceKind; yearIndex: number; account: string; amount: Ore; quantity: string | null }[];
  objectBalances: { kind: 'OIB' | 'OUB'; yearIndex: number; account: string; objects: SieObjectRef[]; amount: Ore; quantity: string | null }[];
  periodBalances: { kind: 'PSALDO' | 'PBUDGET'; yearIndex: number; period: string; account: string; objects: SieObjectRef[]; amount: Ore; quantity: string | null }[];
  /** In file order; the export from the books passes a lazy iterable read page by page. */
  vouchers: Iterable<SieExportVoucher>;
}

function strip<T extends { line: number }>(x: T): Omit<T, 'line'> {
  const { line: _line, ...rest } = x;
  return rest;
}

/**
 * The export form of a parsed document. Accounts keep the order of #KONTO; types, units and SRU
 * codes of accounts without #KONTO are kept on an account without a name.
 * @example writeSie4E(documentToExportData(parseSie(text).doc, { name: 'Kontera', version: '0.1.0' }, '2026-01-15'))
 */
export function documentToExportData(doc: SieDocument, program: { name: string; version: string }, generated: IsoDate): SieExportData & { vouchers: SieExportVoucher[] } {
  const accounts = new Map<string, SieExportData['accounts'][number]>();
  for (const a of doc.accounts) accounts.set(a.number, { number: a.number, name: a.name, type: null, unit: null, sru: [] });
  const get = (n: string) => accounts.get(n) ?? accounts.set(n, { number: n, name: null, type: null, unit: null, sru: [] }).get(n)!;
  for (const t of doc.accountTypes) get(t.account).type = t.type;
  for (const u of doc.units) get(u.account).unit = u.value;
  for (const s of doc.sru) get(s.account).sru.push(s.value);
  return {
    program,
    generated,
    generatedBy: null,
    prosa: doc.prosa.map((p) => p.value),
    company: {
      name: doc.companyName?.value ?? '',
      orgnr: doc.orgnr?.raw || null,
      acquisitionNo: doc.orgnr?.acquisitionNo ?? null,
      activityNo: doc.orgnr?.activityNo ?? null,
      ftyp: doc.ftyp?.value || null,
      fnr: doc.fnr?.value || null,
      bkod: doc.bkod?.value || null,
      address: doc.address ? strip(doc.address) : null,
    },
    fiscalYears: doc.fiscalYears.map(strip),
    taxYear: doc.taxYear?.value || null,
    omfattn: doc.omfattn?.date ?? null,
    chartType: doc.chartType?.value || null,
    currency: doc.currency?.value || null,
    accounts: [...accounts.values()],
    dimensions: doc.dimensions.map(strip),
    objects: doc.objects.map(strip),
    balances: doc.balances.map(strip),
    objectBalances: doc.objectBalances.map(strip),
    periodBalances: doc.periodBalances.map(strip),
    vouchers: doc.vouchers.map((v) => ({
      series: v.series, number: v.number, date: v.date, text: v.text, regDate: v.regDate, sign: v.sign,
      rows: v.rows.map(strip),
    })),
  };
}
