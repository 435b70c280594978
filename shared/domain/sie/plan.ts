/**
 * The import plan: everything an import would write, derived purely from a parsed file, plus the
 * findings a preview must show. Building it never changes a figure: opening balances are kept as
 * stated, and a suggested correction is only a suggestion.
 */
import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import { parseIdentity } from '../identity/identity.js';
import type { AccountType, SieBalance, SieDocument, SieObjectBalance, SieObjectRef, SiePeriodBalance, SieProblem, RowKind } from './types.js';
import { type Recomputation, recomputeBalances } from './recompute.js';
import { balanceFindings } from './planFindings.js';

export type SieKind = '1' | '2' | '3' | '4E' | '4I';

export interface PlanLine {
  kind: RowKind;
  account: string;
  objects: SieObjectRef[];
  amount: Ore;
  transDate: IsoDate | null;
  text: string | null;
  quantity: string | null;
  sign: string | null;
  line: number;
}

export interface PlanVoucher {
  series: string;
  /** Null when the file has none (SIE 4I) or a non-numeric one: the importer numbers it. */
  number: number | null;
  date: IsoDate;
  text: string;
  regDate: IsoDate | null;
  sign: string | null;
  /** The rows that count (#TRANS). */
  lines: PlanLine[];
  /** #RTRANS and #BTRANS rows, kept as correction history; never counted. */
  history: PlanLine[];
  line: number;
}

export interface PlanAccount {
  number: string;
  name: string;
  type: AccountType | null;
  sru: string[];
  unit: string | null;
  /** False when the file uses the account without a #KONTO. */
  declared: boolean;
}

export interface SieImportPlan {
  kind: SieKind;
  company: { name: string | null; orgnr: string | null; orgnrRaw: string | null; ftyp: string | null };
  program: { name: string; version: string } | null;
  generated: IsoDate | null;
  fiscalYears: { index: number; start: IsoDate | null; end: IsoDate | null }[];
  chartType: string | null;
  currency: string;
  accounts: PlanAccount[];
  dimensions: { dim: number; name: string; parent: number | null }[];
  objects: { dim: number; id: string; name: string }[];
  /** #IB 0, exactly as stated. */
  openingBalances: { account: string; amount: Ore; line: number }[];
  /** Every #IB/#UB/#RES of every year, as stated (SIE 1–3 start from these). */
  statedBalances: SieBalance[];
  /** Every #OIB/#OUB, as stated (SIE 3). */
  objectBalances: SieObjectBalance[];
  /** Every #PSALDO (the change within a month), as stated (SIE 2–3); #PBUDGET is not books and is left out. */
  periodBalances: SiePeriodBalance[];
  vouchers: PlanVoucher[];
  recomputation: Recomputation;
  /** Suggested, never applied: a voucher that brings the opening balances to zero. */
  suggestedCorrection: { account: string; amount: Ore; reason: string } | null;
  warnings: SieProblem[];
}

/**
 * The file's kind; a type-4 file with balances is 4E, without them 4I (as Sie4j decides).
 * @example sieKind(parseSie('#SIETYP 4\n#VER …').doc) // '4I'
 */
export function sieKind(doc: SieDocument): SieKind {
  const t = doc.sieType?.value ?? (doc.vouchers.length > 0 ? '4' : '1');
  if (t === '1' || t === '2' || t === '3') return t;
  return doc.balances.length > 0 ? '4E' : '4I';
}

function toLine(r: SieDocument['vouchers'][number]['rows'][number]): PlanLine {
  return { kind: r.kind, account: r.account, objects: r.objects, amount: r.amount, transDate: r.transDate, text: r.text, quantity: r.quantity, sign: r.sign, line: r.line };
}

function planAccounts(doc: SieDocument, warnings: SieProblem[]): PlanAccount[] {
  const map = new Map<string, PlanAccount>();
  for (const a of doc.accounts) map.set(a.number, { number: a.number, name: a.name, type: null, sru: [], unit: null, declared: true });
  const get = (n: string) => map.get(n) ?? map.set(n, { number: n, name: '', type: null, sru: [], unit: null, declared: false }).get(n)!;
  for (const t of doc.accountTypes) get(t.account).type = t.type;
  for (const s of doc.sru) if (!get(s.account).sru.includes(s.value)) get(s.account).sru.push(s.value);
  for (const u of doc.units) get(u.account).unit = u.value;
  const undeclared: { account: string; line: number }[] = [];
  for (const u of [...doc.balances, ...doc.objectBalances, ...doc.periodBalances.filter((p) => p.kind === 'PSALDO'), ...doc.vouchers.flatMap((v) => v.rows)]) {
    if (map.has(u.account)) continue;
    get(u.account);
    undeclared.push(u);
  }
  if (undeclared.length > 0) {
    const list = undeclared.slice(0, 10).map((u) => `${u.account} (rad ${u.line})`).join(', ');
    warnings.push({
      code: 'sie-missing-field',
      message: `${undeclared.length} konton saknar #KONTO i filen: ${list}${undeclared.length > 10 ? ' …' : ''}. De läggs upp med namnet från kontoplanen eller utan namn.`,
      line: undeclared[0]!.line,
    });
  }
  return [...map.values()].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

/** Which fiscal year a date belongs to (its start), for per-year voucher numbering. */
function yearKey(doc: SieDocument, date: IsoDate): string {
  const fy = doc.fiscalYears.find((y) => y.start !== null && y.end !== null && y.start <= date && date <= y.end);
  return fy?.start ?? date.slice(0, 4);
}

function planVouchers(doc: SieDocument, warnings: SieProblem[]): PlanVoucher[] {
  const out: PlanVoucher[] = [];
  const seen = new Map<string, number>();
  for (const v of doc.vouchers) {
    const lines = v.rows.filter((r) => r.kind === 'TRANS').map(toLine);
    if (lines.length === 0) continue; // reported as sie-empty-voucher by the reader
    let number: number | null = null;
    if (v.number !== null && /^\d{1,9}$/.test(v.number)) number = Number(v.number);
    else if (v.number !== null) {
      warnings.push({ code: 'sie-voucher-number', message: `Verifikationsnumret "${v.number}" på rad ${v.line} är inget heltal; verifikationen får ett nytt nummer i serien vid importen.`, line: v.line });
    }
    if (number !== null) {
      const key = `${v.series}\u0000${number}\u0000${yearKey(doc, v.date)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        warnings.push({ code: 'sie-duplicate-voucher', message: `Verifikation ${v.series} ${number} på rad ${v.line} finns redan på rad ${first}.`, line: v.line });
      } else seen.set(key, v.line);
    }
    out.push({
      series: v.series, number, date: v.date, text: v.text.trim() === '' ? '' : v.text, regDate: v.regDate,
      sign: v.sign, lines, history: v.rows.filter((r) => r.kind !== 'TRANS').map(toLine), line: v.line,
    });
  }
  return out;
}

function company(doc: SieDocument, warnings: SieProblem[]): SieImportPlan['company'] {
  const raw = doc.orgnr?.raw.trim() || null;
  let orgnr: string | null = null;
  if (raw !== null) {
    const id = parseIdentity(raw);
    if (id.ok) orgnr = id.value.display;
    else warnings.push({ code: 'sie-orgnr', message: `Organisationsnumret "${raw}" på rad ${doc.orgnr!.line} är inte giltigt (${id.problems[0]!.message}) Ange rätt nummer i företagsinställningarna.`, line: doc.orgnr!.line });
  }
  return { name: doc.companyName?.value.trim() || null, orgnr, orgnrRaw: raw, ftyp: doc.ftyp?.value || null };
}

/**
 * Builds the import plan of a parsed file (call only when the reader found no errors).
 * @example buildImportPlan(parseSie(text).doc).recomputation.differences // []
 */
export function buildImportPlan(doc: SieDocument): SieImportPlan {
  const warnings: SieProblem[] = [];
  const comp = company(doc, warnings);
  const recomputation = recomputeBalances(doc);
  const findings = balanceFindings(recomputation, comp.ftyp, comp.orgnr);
  return {
    kind: sieKind(doc),
    company: comp,
    program: doc.program ? { name: doc.program.name, version: doc.program.version } : null,
    generated: doc.gen?.date ?? null,
    fiscalYears: [...doc.fiscalYears].sort((a, b) => b.index - a.index).map(({ index, start, end }) => ({ index, start, end })),
    chartType: doc.chartType?.value || null,
    currency: doc.currency?.value || 'SEK',
    accounts: planAccounts(doc, warnings),
    dimensions: doc.dimensions.map(({ dim, name, parent }) => ({ dim, name, parent })),
    objects: doc.objects.map(({ dim, id, name }) => ({ dim, id, name })),
    openingBalances: doc.balances.filter((b) => b.kind === 'IB' && b.yearIndex === 0).map(({ account, amount, line }) => ({ account, amount, line })),
    statedBalances: doc.balances,
    objectBalances: doc.objectBalances,
    periodBalances: doc.periodBalances.filter((p) => p.kind === 'PSALDO'),
    vouchers: planVouchers(doc, warnings),
    recomputation,
    suggestedCorrection: findings.correction,
    warnings: [...warnings, ...findings.problems],
  };
}
