/** Writes a VAT upload file (eSKD, periodisk sammanställning) for the UI, which cannot touch disk. */
import path from 'node:path';
import { writeEskdFile } from '../vat/eskd-file.js';
import { type HandlerResult, done, refuse } from '../result.js';

/**
 * ISO-8859-1, built beside the target and renamed into place (eskd-file.ts); both files Kontera
 * writes are Latin-1 text, so the eSKD writer serves both.
 */
export function writeVatFile(target: string, text: string): HandlerResult<string> {
  const full = path.resolve(target);
  try {
    writeEskdFile(full, text);
    return done(full);
  } catch (e) {
    return refuse('cannot-write', `Filen ${full} kunde inte skrivas (${(e as NodeJS.ErrnoException).code ?? 'fel'}). Välj en mapp där du får spara.`, { path: 'path' });
  }
}
