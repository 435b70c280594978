/**
 * The shared engine of the column-mapped (CSV/XLSX/HTML) formats: each format names its columns
 * and rules, this turns the rows below the header into `BankRow`s or problems naming "rad N".
 */
import { type Ore, ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import { type Result, type Problem, ok, failAll, fail } from '../result.js';
import type { BankErrorCode, BankFormat, BankParseOptions, BankRow, BankTable, BankWarningCode, NumberStyle } from './types.js';
import { detectNumberStyle, parseBankAmount, parseCanonicalNumber } from './amount.js';
import { type DateOrder, type ParsedDate, parseBankDate, resolveShortYear } from './date.js';
import { isBlankRow } from './header.js';

export interface Columns {
  bookingDate: number;
  /** Used when the booking date cell is empty (Nordea card rows before booking). */
  fallbackDate?: number;
  valueDate?: number;
  transactionDate?: number;
  amount: number;
  balance?: number;
  /** First non-empty of these is the row text. */
  text: number[];
  reference?: number[];
  counterparty?: number[];
  bankId?: number;
  currency?: number;
  originalAmount?: number;
  originalCurrency?: number;
}

export interface Rules {
  format: BankFormat;
  dateOrder: DateOrder;
  /** Decimal sign when no cell decides it (documented per format). */
  defaultStyle: NumberStyle;
  currency: string;
  /** −1 to flip the bank's sign (Amex prints purchases positive), or a per-row sign. */
  sign?: (cells: string[]) => 1 | -1;
  /** Sign of the running balance when a separate column carries it (Marginalen "Tecken saldo"). */
  balanceSign?: (cells: string[]) => 1 | -1;
  /** Rows that are not transactions and are left out silently (Swedbank Baltic turnover lines). */
  skip?: (cells: string[]) => boolean;
  /** Whether this row's original-currency columns describe it (Wise: card rows only). */
  hasOriginal?: (cells: string[]) => boolean;
  isPending?: (cells: string[]) => boolean;
  /** Rows from the first one where this holds are not transactions (e.g. "Utgående saldo"). */
  isEnd?: (cells: string[]) => boolean;
}

export interface Mapped {
  rows: BankRow[];
  /** The decimal sign used for the file's text cells. */
  style: NumberStyle;
  warnings: Problem<BankWarningCode>[];
}

const DATE_HINT: Record<DateOrder, string> = { ymd: 'ÅÅÅÅ-MM-DD', dmy: 'DD-MM-ÅÅÅÅ', mdy: 'MM/DD/ÅÅÅÅ' };
const MAX_PROBLEMS = 100;

const cellAt = (cells: readonly string[], i: number | undefined): string => (i === undefined ? '' : (cells[i] ?? '').trim());
const firstOf = (cells: readonly string[], is: number[] | undefined): string =>
  ((is ?? []).map((i) => cellAt(cells, i)).find((s) => s !== '') ?? '').replace(/\s*[\r\n]+\s*/g, ' ');

interface Body {
  cells: string[];
  line: number;
  index: number;
}

function bodyRows(table: BankTable, headerIdx: number, rules: Rules): { body: Body[]; ignored: number[] } {
  const body: Body[] = [];
  const ignored: number[] = [];
  let ended = false;
  for (let r = headerIdx + 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    const line = table.lines[r] ?? r + 1;
    if (isBlankRow(cells)) continue;
    if (!ended && rules.isEnd?.(cells)) {
      ended = true;
      continue;
    }
    if (ended) ignored.push(line);
    else body.push({ cells, line, index: r });
  }
  return { body, ignored };
}

function chooseStyle(table: BankTable, body: Body[], cols: Columns, rules: Rules, opts: BankParseOptions): NumberStyle | null {
  if (opts.numberStyle) return opts.numberStyle;
  const texts: string[] = [];
  for (const b of body)
    for (const c of [cols.amount, cols.balance, cols.originalAmount])
      if (c !== undefined && !table.numeric?.[b.index]?.[c] && cellAt(b.cells, c) !== '') texts.push(cellAt(b.cells, c));
  return detectNumberStyle(texts, rules.defaultStyle);
}

type ShortDate = Extract<ParsedDate, { kind: 'short' }>;
type Draft = { row: BankRow; short?: ShortDate };
type AmountOf = (b: Body, col: number) => Result<Ore, 'bank-invalid-amount'>;

interface Ctx {
  cols: Columns;
  rules: Rules;
  amountOf: AmountOf;
  problems: Problem<BankErrorCode>[];
  warnings: Problem<BankWarningCode>[];
}

/** One body row → a draft row, or null (skipped, pending, or problems recorded in ctx). */
function mapOne(b: Body, ctx: Ctx): Draft | null {
  const { cols, rules, problems } = ctx;
  const dateText = cellAt(b.cells, cols.bookingDate) || cellAt(b.cells, cols.fallbackDate);
  const amountText = cellAt(b.cells, cols.amount);
  if ((dateText === '' && amountText === '') || rules.skip?.(b.cells)) return null;
  if (rules.isPending?.(b.cells)) {
    ctx.warnings.push({ code: 'bank-pending-skipped', line: b.line, message: `rad ${b.line}: preliminär/reserverad transaktion hoppades över.` });
    return null;
  }
  const date = parseBankDate(dateText, rules.dateOrder);
  if (!date) problems.push({ code: 'bank-invalid-date', line: b.line, message: `rad ${b.line}: "${dateText}" är inget giltigt datum (väntat ${DATE_HINT[rules.dateOrder]}).` });
  const amount = amountText === '' ? null : ctx.amountOf(b, cols.amount);
  if (!amount?.ok)
    problems.push({ code: 'bank-invalid-amount', line: b.line, message: `rad ${b.line}: "${amountText}" är inget belopp. Exportera filen på nytt från banken utan att redigera den.` });
  const balanceText = cellAt(b.cells, cols.balance);
  const balance = balanceText === '' || cols.balance === undefined ? undefined : ctx.amountOf(b, cols.balance);
  if (balance && !balance.ok) problems.push({ code: 'bank-invalid-amount', line: b.line, message: `rad ${b.line}: saldot "${balanceText}" är inget belopp.` });
  if (!date || !amount?.ok || (balance && !balance.ok)) return null;
  const sign = rules.sign?.(b.cells) ?? 1;
  const row: BankRow = {
    line: b.line,
    // A two-digit-year date is filled in by resolveShortYears once the whole file is read.
    bookingDate: date.kind === 'full' ? date.date : ('' as IsoDate),
    amount: ore(sign * amount.value),
    text: firstOf(b.cells, cols.text),
    currency: cellAt(b.cells, cols.currency).toUpperCase() || rules.currency,
  };
  if (balance?.ok) row.balance = ore((rules.balanceSign?.(b.cells) ?? 1) * balance.value);
  addOptional(row, b, cols, rules, sign, ctx.amountOf);
  return date.kind === 'short' ? { row, short: date } : { row };
}

/**
 * Maps the rows under `headerIdx` with the format's columns and rules. Rows with neither a date
 * nor an amount (summary rows) are skipped; pending rows become warnings.
 * @example mapRows(table, 0, { bookingDate: 0, amount: 1, text: [2] }, rules, {}) // ok({ rows, style, warnings })
 */
export function mapRows(table: BankTable, headerIdx: number, cols: Columns, rules: Rules, opts: BankParseOptions): Result<Mapped, BankErrorCode> {
  const { body, ignored } = bodyRows(table, headerIdx, rules);
  const warnings: Problem<BankWarningCode>[] = [];
  if (ignored.length > 0)
    warnings.push({ code: 'bank-rows-ignored', line: ignored[0], message: `${ignored.length} rad(er) efter saldoraden lästes inte (från rad ${ignored[0]}).` });
  const style = chooseStyle(table, body, cols, rules, opts);
  if (style === null)
    return fail('bank-ambiguous-number-format', 'Beloppen i filen använder både decimalkomma och decimalpunkt. Välj decimaltecken manuellt eller exportera filen på nytt.');
  const amountOf: AmountOf = (b, col) =>
    table.numeric?.[b.index]?.[col] ? parseCanonicalNumber(cellAt(b.cells, col)) : parseBankAmount(cellAt(b.cells, col), style);
  const ctx: Ctx = { cols, rules, amountOf, problems: [], warnings };
  const drafts: Draft[] = [];
  for (const b of body) {
    if (ctx.problems.length >= MAX_PROBLEMS) break;
    const d = mapOne(b, ctx);
    if (d) drafts.push(d);
  }
  resolveShortYears(drafts, ctx.problems, warnings);
  return ctx.problems.length > 0 ? failAll(ctx.problems) : ok({ rows: drafts.map((d) => d.row), style, warnings });
}

function addOptional(row: BankRow, b: Body, cols: Columns, rules: Rules, sign: number, amountOf: AmountOf): void {
  const dateOf = (c: number | undefined) => {
    const p = parseBankDate(cellAt(b.cells, c), rules.dateOrder);
    return p?.kind === 'full' ? p.date : undefined;
  };
  const valueDate = dateOf(cols.valueDate);
  if (valueDate) row.valueDate = valueDate;
  const txDate = dateOf(cols.transactionDate);
  if (txDate) row.transactionDate = txDate;
  const reference = firstOf(b.cells, cols.reference);
  if (reference) row.reference = reference;
  const counterparty = firstOf(b.cells, cols.counterparty);
  if (counterparty) row.counterparty = counterparty;
  const bankId = cellAt(b.cells, cols.bankId);
  if (bankId) row.bankId = bankId;
  const oc = cellAt(b.cells, cols.originalCurrency).toUpperCase();
  const wanted = rules.hasOriginal?.(b.cells) ?? true;
  if (wanted && cols.originalAmount !== undefined && oc && oc !== row.currency && cellAt(b.cells, cols.originalAmount)) {
    const oa = amountOf(b, cols.originalAmount);
    if (oa.ok) {
      // Same direction as the booked amount; some banks print the foreign amount unsigned (Wise).
      row.originalAmount = ore(row.amount === 0 ? sign * oa.value : Math.sign(row.amount) * Math.abs(oa.value));
      row.originalCurrency = oc;
    }
  }
}

function resolveShortYears(
  drafts: Draft[],
  problems: Problem<BankErrorCode>[],
  warnings: Problem<BankWarningCode>[],
): void {
  const full = drafts.filter((d) => !d.short).map((d) => d.row.bookingDate).sort();
  for (const d of drafts) {
    if (!d.short) continue;
    const date = resolveShortYear(d.short, full[0], full[full.length - 1]);
    const line = d.row.line;
    if (date) {
      d.row.bookingDate = date;
      warnings.push({ code: 'bank-two-digit-year-assumed', line, message: `rad ${line}: datumet "${d.short.raw}" har tvåsiffrigt år och lästes som ${date} (övriga rader ligger i samma period). Kontrollera raden.` });
    } else {
      problems.push({ code: 'bank-two-digit-year', line, message: `rad ${line}: datumet "${d.short.raw}" har tvåsiffrigt år och kan inte tolkas säkert. Exportera filen med fyrsiffriga årtal (ÅÅÅÅ-MM-DD) och försök igen.` });
    }
  }
}
