/**
 * XLSX → grids of cell texts with exceljs (a real OOXML reader). Cell rule, so that no float ever
 * reaches an amount:
 * - numbers are rendered as Excel itself displays them at full precision: rounded to 15
 *   significant digits (`toPrecision(15)`, which removes binary noise such as 1234.5600000000001),
 *   then written as a plain decimal string with a point and no grouping or exponent
 *   (`779.4`, `-238`, `0.0000001`) and flagged `numeric`; the bank parser turns that text into öre
 *   and refuses any non-zero third decimal instead of rounding it;
 * - dates become `YYYY-MM-DD` from the stored value's calendar date (exceljs reads serials as UTC,
 *   so no time zone moves them);
 * - formulas give their cached result, rich text its plain text, hyperlinks their text, errors '';
 * - the non-master cells of a merged range are '' (the value is kept once, in the master cell).
 */
import type ExcelJS from 'exceljs';
import { type Result, ok, fail } from '../../../shared/domain/result.js';
import type { BankErrorCode, BankTable } from '../../../shared/domain/bank/types.js';

/** Uncompressed size limit of the workbook parts, checked before inflating. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;
export const MAX_SHEET_ROWS = 200_000;

/**
 * A JS number as plain decimal text, after rounding to Excel's 15 significant digits.
 * @example numberText(1234.5600000000001) // '1234.56'
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(Number(n.toPrecision(15)));
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s === '-0' ? '0' : s;
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const point = (m[2] ?? '').length + Number(m[4]);
  const body =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${m[1]}${body.replace(/^0+(?=\d)/, '')}`;
}

function cellText(value: unknown): { text: string; numeric: boolean } {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (typeof value === 'number') return { text: numberText(value), numeric: true };
  if (typeof value === 'string') return { text: value, numeric: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', numeric: false };
  if (value instanceof Date) return { text: Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10), numeric: false };
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['richText'])) return { text: (v['richText'] as { text?: string }[]).map((r) => r.text ?? '').join(''), numeric: false };
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return cellText(v['result']);
  if (typeof v['text'] === 'string') return { text: v['text'], numeric: false };
  return { text: '', numeric: false };
}

function sheetTable(ws: ExcelJS.Worksheet): BankTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  const numeric: boolean[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: string[] = [];
    const nums: boolean[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const slave = cell.isMerged && cell.master.address !== cell.address;
      const c = slave ? { text: '', numeric: false } : cellText(cell.value);
      cells[col - 1] = c.text;
      nums[col - 1] = c.numeric;
    });
    for (let i = 0; i < cells.length; i++) {
      cells[i] ??= '';
      nums[i] ??= false;
    }
    rows.push(cells);
    lines.push(n);
    numeric.push(nums);
  });
  return { rows, lines, numeric };
}

/**
 * Every worksheet of an XLSX file as a table, in workbook order. The ZIP directory has been
 * checked by the caller (`zipDirectory`); this refuses unreadable workbooks with a Swedish hint.
 * @example (await readXlsxTables(bytes)).value[0].rows[8] // ['Reskontradatum', 'Transaktionsdatum', 'Text', 'Belopp', 'Saldo']
 */
export async function readXlsxTables(bytes: Uint8Array): Promise<Result<BankTable[], BankErrorCode>> {
  // Loaded on first use: exceljs is large, and most commands never read a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; a fresh ArrayBuffer copy fits that and JSZip reads it.
    await wb.xlsx.load(bytes.slice().buffer);
  } catch {
    return fail('bank-unreadable', 'Excel-filen kunde inte läsas (den kan vara skadad). Öppna den i Excel eller LibreOffice, spara som .xlsx eller CSV och försök igen.');
  }
  const tables: BankTable[] = [];
  for (const ws of wb.worksheets) {
    if (ws.rowCount > MAX_SHEET_ROWS)
      return fail('bank-file-too-large', `Kalkylbladet "${ws.name}" har ${ws.rowCount} rader; högst ${MAX_SHEET_ROWS} läses. Exportera en kortare period.`);
    tables.push(sheetTable(ws));
  }
  return ok(tables);
}
