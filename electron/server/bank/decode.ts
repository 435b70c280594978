/**
 * Bytes of a bank export → text. Rule: a UTF-8 BOM (stripped) or bytes that are valid UTF-8 are
 * read as UTF-8; UTF-16 with a BOM as UTF-16; everything else as Windows-1252, which is a superset
 * of the printable Latin-1 range (å = E5, ä = E4, ö = F6 in both) and also covers the 0x80–0x9F
 * characters (– €) that Swedish banks' "ANSI" exports use.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 med BOM', 'utf-16le': 'UTF-16 (little endian)', 'utf-16be': 'UTF-16 (big endian)',
  'windows-1252': 'Windows-1252', 'latin-1': 'Latin-1', 'latin1': 'Latin-1', 'iso-8859-1': 'Latin-1',
};

/**
 * The Swedish label of a detected text encoding, for the import preview ("UTF-8 med BOM").
 * @example encodingLabel('utf-8-bom') // 'UTF-8 med BOM'
 */
export function encodingLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  return ENCODING_LABELS[code.toLowerCase()] ?? code.toUpperCase();
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Decodes a bank file, reporting which encoding was used.
 * @example decodeBankBytes(Uint8Array.of(0x49, 0x6e, 0x67, 0xe5)).text // 'Ingå' (Windows-1252)
 */
export function decodeBankBytes(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: lenientUtf8.decode(b.subarray(3)), encoding: 'utf-8-bom' };
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: strictUtf8.decode(b), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252' };
  }
}
