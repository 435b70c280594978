/** Bytes of a SIE file to a parsed document, with the detected encoding for the preview. */
import { type ParseOptions, parseSie } from '../../../shared/domain/sie/parser.js';
import type { SieParseResult } from '../../../shared/domain/sie/types.js';
import { decodeSieBytes, type SieEncoding } from './decode.js';

export interface ReadSieResult extends SieParseResult {
  encoding: SieEncoding;
}

/**
 * Decodes (encoding detected from the bytes) and parses. Decoding warnings such as
 * `sie-mojibake` come first in `warnings`; a file that is not SIE has only its `not-sie` error.
 * @example readSieBytes(await readFile('bok.se')).doc.vouchers.length
 */
export function readSieBytes(bytes: Uint8Array, options: ParseOptions = {}): ReadSieResult {
  const decoded = decodeSieBytes(bytes);
  const parsed = parseSie(decoded.text, options);
  const notSie = parsed.errors.some((e) => e.code === 'not-sie');
  return {
    ...parsed,
    warnings: notSie ? parsed.warnings : [...decoded.warnings, ...parsed.warnings],
    encoding: decoded.encoding,
  };
}
