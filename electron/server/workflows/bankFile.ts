/** A statement file from disk: existence and size checked before reading, hashed, parsed by content. */
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { type BankFileRead, MAX_BANK_FILE_BYTES, readBankFile } from '../bank/readBankFile.js';
import type { BankParseOptions } from '../../../shared/domain/bank/types.js';
import { type HandlerResult, done, refuse, refuseAll } from '../result.js';

export interface LoadedBankFile {
  path: string;
  name: string;
  sha256: string;
  read: BankFileRead;
}

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace('.', ',');

/**
 * Reads and parses one statement file; every parser problem (with its "rad N") comes back as the
 * error value.
 */
export async function loadBankFile(file: string, opts: BankParseOptions = {}): Promise<HandlerResult<LoadedBankFile>> {
  const full = path.resolve(file);
  const st = statSync(full, { throwIfNoEntry: false });
  if (!st || !st.isFile()) return refuse('file-not-found', `Filen ${full} finns inte. Kontrollera sökvägen till kontoutdraget.`, { path: 'path' });
  if (st.size > MAX_BANK_FILE_BYTES)
    return refuse('bank-file-too-large', `Filen är ${mb(st.size)} MB; kontoutdrag får vara högst ${mb(MAX_BANK_FILE_BYTES)} MB. Exportera en kortare period, t.ex. ett kvartal i taget.`, { path: 'path' });
  const bytes = readFileSync(full);
  const read = await readBankFile(bytes, opts);
  if (!read.ok) return refuseAll(read.problems);
  return done({ path: full, name: path.basename(full), sha256: createHash('sha256').update(bytes).digest('hex'), read: read.value });
}
