/**
 * Writes the year-end files: INFO.SRU and BLANKETTER.SRU in ISO-8859-1 (fixed names, a folder of
 * their own), the document as HTML and as PDF. Each file is written beside its target and renamed.
 */
import { writeFileAtomic } from '../../db/atomicWrite.js';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { YearEndPreviewDto } from '../../../shared/api/dto/closing.js';
import { pdfPrinter } from './yearEndPdf.js';

/** ISO-8859-1 bytes; a character outside it is a programming error (the domain refuses them). */
export function latin1(text: string): Buffer {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) throw new Error(`not ISO-8859-1 at ${i}`);
  return iconv.encode(text, 'latin1');
}

function put(file: string, bytes: Uint8Array | string): string {
  writeFileAtomic(file, bytes);
  return file;
}

export interface Written { files: string[]; pdfError: string | null }

/**
 * @example await writeYearEndFiles(dto, { sruDir: '/tmp/sru', pdfDir: '/tmp/pdf' }) // { files: [...INFO.SRU, BLANKETTER.SRU, .html, .pdf], pdfError: null }
 */
export async function writeYearEndFiles(dto: YearEndPreviewDto, dirs: { sruDir?: string; pdfDir?: string }): Promise<Written> {
  const files: string[] = [];
  if (dirs.sruDir && dto.sru) {
    files.push(put(path.join(dirs.sruDir, 'INFO.SRU'), latin1(dto.sru.info)));
    files.push(put(path.join(dirs.sruDir, 'BLANKETTER.SRU'), latin1(dto.sru.blanketter)));
  }
  let pdfError: string | null = null;
  if (dirs.pdfDir) {
    files.push(put(path.join(dirs.pdfDir, dto.document.fileName), dto.document.html));
    try {
      files.push(put(path.join(dirs.pdfDir, dto.document.fileName.replace(/\.html$/, '.pdf')), await pdfPrinter().print(dto.document.html)));
    } catch (e) {
      pdfError = `PDF kunde inte skapas: ${(e as Error).message} HTML-filen är sparad och kan skrivas ut från en webbläsare.`;
    }
  }
  return { files, pdfError };
}
