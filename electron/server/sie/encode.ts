/** Text to the bytes Kontera writes: CP437 ("PC8"), as #FORMAT PC8 promises. */
import iconv from 'iconv-lite';

/**
 * Encodes SIE text as CP437; characters CP437 lacks (e.g. €) become `?`, the same substitution
 * the #KSUMMA computation in shared/domain/sie/cp437.ts makes, so the checksum still verifies.
 * @example encodeSieText('#KONTO 1930 "Företagskonto"') // Buffer with 0x94 for ö
 */
export function encodeSieText(text: string): Buffer {
  return iconv.encode(text, 'cp437');
}
