/** What every table (CSV/XLSX/HTML) format module provides, and small helpers they share. */
import type { Ore } from '../../money/ore.js';
import { type Result, ok } from '../../result.js';
import type { BankErrorCode, BankFormat, BankParseOptions, BankStatement, BankTable } from '../types.js';
import { type Columns, type Rules, mapRows } from '../mapRows.js';
import { finishStatement } from '../statement.js';
import { columnOf } from '../header.js';

export interface TableFormat {
  format: BankFormat;
  /** Swedish display name. */
  name: string;
  /** Index of the header row (or the row that plays its part), -1 when the content is not this format. */
  detect(rows: readonly (readonly string[])[]): number;
  parse(table: BankTable, headerIdx: number, opts: BankParseOptions): Result<BankStatement[], BankErrorCode>;
}

/**
 * Column index by accepted names; throws only on a programming error (detect guarantees it).
 * @example need(['Datum', 'Belopp'], 'belopp') // 1
 */
export function need(header: readonly string[], ...aliases: string[]): number {
  const i = columnOf(header, aliases);
  if (i === undefined) throw new Error(`column missing: ${aliases.join('/')}`);
  return i;
}

/**
 * Column index by accepted names, or undefined.
 * @example opt(['Datum'], 'saldo') // undefined
 */
export function opt(header: readonly string[], ...aliases: string[]): number | undefined {
  return columnOf(header, aliases);
}

/**
 * The usual path: map rows, then verify and order them into one statement.
 * @example oneStatement(table, h, cols, rules, {}) // ok([statement])
 */
export function oneStatement(
  table: BankTable,
  headerIdx: number,
  cols: Columns,
  rules: Rules,
  opts: BankParseOptions,
  meta: { account?: string; statedOpening?: Ore; statedClosing?: Ore } = {},
): Result<BankStatement[], BankErrorCode> {
  const mapped = mapRows(table, headerIdx, cols, rules, opts);
  if (!mapped.ok) return mapped;
  const st = finishStatement({ format: rules.format, currency: rules.currency, rows: mapped.value.rows, warnings: mapped.value.warnings, ...meta });
  return st.ok ? ok([{ ...st.value, currency: st.value.rows[0]?.currency ?? rules.currency }]) : st;
}

/**
 * First non-blank value of column `col` below the header (account numbers repeated per row).
 * @example firstValue(table, 0, kontonrColumn) // '12345678'
 */
export function firstValue(table: BankTable, headerIdx: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  for (let r = headerIdx + 1; r < table.rows.length; r++) {
    const v = (table.rows[r]?.[col] ?? '').trim();
    if (v) return v;
  }
  return undefined;
}

/**
 * An account number printed in the metadata block above the header: the first cell under a row
 * that has a "Saldo" heading (SEB), or digits after the word konto/account (Handelsbanken XLSX).
 * @example accountAbove([['Företagskonto', 'Saldo'], ['5319 10 226 62', '18533.17'], ['Bokföringsdatum']], 2) // '5319 10 226 62'
 */
export function accountAbove(rows: readonly (readonly string[])[], headerIdx: number): string | undefined {
  for (let r = 0; r < headerIdx; r++) {
    const row = rows[r] ?? [];
    const next = (rows[r + 1]?.[0] ?? '').trim();
    if (row.some((c) => /^saldo$/i.test(c.trim())) && /^\d[\d -]{4,}\d$/.test(next)) return next;
    const m = /(?:konto|account)\D{0,20}(\d[\d -]{4,}\d)/i.exec(row.join(' '));
    if (m && !/period|datum/i.test(row.join(' '))) return m[1];
  }
  return undefined;
}
