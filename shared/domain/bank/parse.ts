/**
 * The entry points: text (CSV, HTML table, camt XML) or an already-read sheet → statements.
 * Formats are recognised by content only; the file name is never consulted.
 */
import { type Result, fail } from '../result.js';
import type { BankErrorCode, BankFormat, BankParseOptions, BankStatement, BankTable } from './types.js';
import { type TableFormat, TABLE_FORMATS } from './formats/index.js';
import { looksLikeCamt, parseCamt } from './formats/camt.js';
import { type Separator, mergeSplitRows, parseCsv, sniffSeparator } from './csv.js';
import { htmlTableRows, looksLikeHtml } from './html.js';

export const UNKNOWN_FORMAT_MESSAGE =
  'Filformatet känns inte igen. Kontera läser camt.053/camt.054 och kontoutdrag från Handelsbanken, Nordea, SEB, ' +
  'Swedbank, Marginalen, Amex, Wise, kortkonton ("Kontohändelser") och Skatteverkets skattekonto. ' +
  'Exportera kontoutdraget som CSV eller XLSX från internetbanken, utan att öppna och spara om det, och försök igen.';

function unknown() {
  return fail('bank-unknown-format' as const, UNKNOWN_FORMAT_MESSAGE);
}

/**
 * Which table format the rows are, and where its header is.
 * @example detectTableFormat([['Bokföringsdag', 'Belopp', 'Saldo', 'Rubrik']])?.format.format // 'nordea'
 */
export function detectTableFormat(rows: readonly (readonly string[])[]): { format: TableFormat; header: number } | null {
  for (const format of TABLE_FORMATS) {
    const header = format.detect(rows);
    if (header >= 0) return { format, header };
  }
  return null;
}

/**
 * Reads a grid of cells (CSV records, sheet rows, HTML rows) as a bank statement.
 * @example parseBankTable({ rows, lines }) // ok([statement]) | fail('bank-unknown-format', …)
 */
export function parseBankTable(table: BankTable, opts: BankParseOptions = {}): Result<BankStatement[], BankErrorCode> {
  const found = detectTableFormat(table.rows);
  if (!found) return unknown();
  const width = table.rows[found.header]?.length ?? 0;
  const res = found.format.parse(mergeSplitRows(table, found.header, width), found.header, opts);
  if (res.ok && res.value.every((s) => s.rows.length === 0 && s.openingBalance === undefined)) {
    const pending = res.value.some((s) => s.warnings.some((w) => w.code === 'bank-pending-skipped'));
    return fail('bank-empty', `Filen (${found.format.name}) innehåller inga bokförda transaktioner${pending ? ', bara preliminära' : ''}. Välj en period med transaktioner och exportera igen.`);
  }
  return res;
}

const SEPARATORS: Separator[] = [';', '\t', ','];

function parseCsvText(text: string, opts: BankParseOptions): Result<BankStatement[], BankErrorCode> {
  const sniffed = sniffSeparator(text);
  const order = sniffed ? [sniffed, ...SEPARATORS.filter((s) => s !== sniffed)] : SEPARATORS;
  for (const sep of order) {
    const table = parseCsv(text, sep);
    if (detectTableFormat(table.rows)) return parseBankTable(table, opts);
  }
  return unknown();
}

/**
 * Reads decoded file text: camt XML, an HTML table (a bank's "Excel" file that is really HTML)
 * or delimited text with a sniffed separator.
 * @example parseBankText('Bokföringsdag;Belopp;Saldo;Rubrik\n2025-03-04;-110,7;12 234,97;Kontorsmat') // ok([{ format: 'nordea', … }])
 */
export function parseBankText(text: string, opts: BankParseOptions = {}): Result<BankStatement[], BankErrorCode> {
  const t = text.replace(/^\ufeff/, '');
  if (t.trim() === '') return fail('bank-empty', 'Filen är tom. Exportera kontoutdraget på nytt från banken.');
  const start = t.trimStart();
  if (start.startsWith('<')) {
    if (looksLikeHtml(start)) return parseBankTable(htmlTableRows(t), opts);
    return looksLikeCamt(start) ? parseCamt(t) : unknown();
  }
  return parseCsvText(t, opts);
}

/**
 * Swedish display names per format, for previews.
 * @example formatName('kontohandelser') // 'Kortkonto (Kontohändelser)'
 */
export function formatName(format: BankFormat): string {
  if (format === 'camt053') return 'camt.053 (ISO 20022)';
  if (format === 'camt054') return 'camt.054 (ISO 20022)';
  return TABLE_FORMATS.find((f) => f.format === format)?.name ?? format;
}
