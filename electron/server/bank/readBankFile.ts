/**
 * The one door for a bank file's bytes: size cap, container by content (OLE2 .xls refused, XLSX
 * read sheet by sheet, everything else decoded as text), then the pure domain parsers.
 */
import { type Result, ok, fail } from '../../../shared/domain/result.js';
import type { BankErrorCode, BankParseOptions, BankStatement } from '../../../shared/domain/bank/types.js';
import { parseBankTable, parseBankText, UNKNOWN_FORMAT_MESSAGE } from '../../../shared/domain/bank/parse.js';
import { type TextEncoding, decodeBankBytes } from './decode.js';
import { isEncryptedOffice, sniffContainer, zipDirectory } from './container.js';
import { MAX_XLSX_UNCOMPRESSED_BYTES, readXlsxTables } from './xlsx.js';

export const MAX_BANK_FILE_BYTES = 10 * 1024 * 1024;

export interface BankFileRead {
  statements: BankStatement[];
  container: 'xlsx' | 'text';
  /** For text files: the encoding the bytes were read with. */
  encoding?: TextEncoding;
}

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace('.', ',');

async function readXlsx(bytes: Uint8Array, opts: BankParseOptions): Promise<Result<BankFileRead, BankErrorCode>> {
  const dir = zipDirectory(bytes);
  if (!dir) return fail('bank-unreadable', 'Filen ser ut som en ZIP/Excel-fil men är skadad. Exportera kontoutdraget på nytt.');
  if (dir.uncompressed > MAX_XLSX_UNCOMPRESSED_BYTES)
    return fail('bank-file-too-large', `Excel-filen packas upp till mer än ${mb(MAX_XLSX_UNCOMPRESSED_BYTES)} MB och läses inte. Exportera en kortare period eller som CSV.`);
  if (!dir.names.includes('xl/workbook.xml'))
    return fail('bank-unknown-format', 'Filen är ett ZIP-arkiv men ingen Excel-arbetsbok (.xlsx). Spara kontoutdraget som .xlsx eller CSV och försök igen.');
  const tables = await readXlsxTables(bytes);
  if (!tables.ok) return tables;
  let firstFailure: Result<BankStatement[], BankErrorCode> | undefined;
  for (const table of tables.value) {
    const r = parseBankTable(table, opts);
    if (r.ok) return ok({ statements: r.value, container: 'xlsx' });
    if (!r.problems.every((p) => p.code === 'bank-unknown-format')) firstFailure ??= r;
  }
  return firstFailure && !firstFailure.ok ? firstFailure : fail('bank-unknown-format', UNKNOWN_FORMAT_MESSAGE);
}

/**
 * Reads a bank or tax-account statement file from its bytes; the name is never consulted.
 * @example await readBankFile(readFileSync('kontoutdrag.csv')) // ok({ statements: [...], container: 'text', encoding: 'utf-8-bom' })
 */
export async function readBankFile(bytes: Uint8Array, opts: BankParseOptions = {}): Promise<Result<BankFileRead, BankErrorCode>> {
  if (bytes.byteLength > MAX_BANK_FILE_BYTES)
    return fail('bank-file-too-large', `Filen är ${mb(bytes.byteLength)} MB; kontoutdrag får vara högst ${mb(MAX_BANK_FILE_BYTES)} MB. Exportera en kortare period, t.ex. ett kvartal i taget.`);
  const container = sniffContainer(bytes);
  if (container === 'ole2') {
    if (isEncryptedOffice(bytes))
      return fail('bank-unreadable', 'Filen är lösenordsskyddad. Ta bort lösenordet i Excel och spara som .xlsx eller CSV, och försök igen.');
    return fail(
      'bank-xls-unsupported',
      'Filen är i det gamla Excel-formatet (.xls), som Kontera inte läser. Öppna den i Excel eller LibreOffice och spara som .xlsx eller CSV, eller exportera kontoutdraget som CSV från banken.',
    );
  }
  if (container === 'zip') return readXlsx(bytes, opts);
  const { text, encoding } = decodeBankBytes(bytes);
  const r = parseBankText(text, opts);
  return r.ok ? ok({ statements: r.value, container: 'text', encoding }) : r;
}
