/**
 * SIE bytes to text. The encoding is decided from the bytes, never from #FORMAT: most programs
 * write `#FORMAT PC8` whatever they actually wrote (UTF-8, ISO-8859-15, CP437).
 */
import iconv from 'iconv-lite';
import { findMojibake } from '../../../shared/domain/sie/mojibake.js';
import type { SieProblem } from '../../../shared/domain/sie/types.js';

export type SieEncoding = 'utf-8' | 'cp437' | 'windows-1252' | 'ascii';

export interface DecodedSie {
  text: string;
  encoding: SieEncoding;
  /** True when the file started with a UTF-8 byte-order mark (removed from `text`). */
  bom: boolean;
  warnings: SieProblem[];
}

// å ä ö Å Ä Ö é ü as CP437 bytes, and the same letters in Latin-1 / ISO-8859-15 / Windows-1252.
const CP437_LETTERS = new Set([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x81]);
const LATIN_LETTERS = new Set([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xfc]);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Which 8-bit family the high bytes belong to: CP437 unless Latin letters clearly dominate. */
/** 1 = a CP437 Swedish letter, 2 = a Latin-1 one; a table beats Set lookups over megabytes. */
const LETTER_KIND = (() => {
  const t = new Uint8Array(256);
  for (const b of CP437_LETTERS) t[b] = 1;
  for (const b of LATIN_LETTERS) if (t[b] === 0) t[b] = 2;
  return t;
})();

function guessEightBit(bytes: Uint8Array): 'cp437' | 'windows-1252' {
  let cp = 0;
  let latin = 0;
  for (let i = 0; i < bytes.length; i++) {
    const k = LETTER_KIND[bytes[i] as number];
    if (k === 1) cp++;
    else if (k === 2) latin++;
  }
  return latin > cp ? 'windows-1252' : 'cp437';
}

function hasEightBit(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/**
 * Detects the encoding and decodes. Pure ASCII is reported as `ascii`; valid UTF-8 (with or
 * without BOM) as `utf-8`; otherwise CP437 or Windows-1252 (a superset of Latin-1 for letters,
 * and identical to ISO-8859-15 for å/ä/ö) by where the Swedish letters fall.
 * @example decodeSieBytes(Buffer.from([0x23, 0x86])).text // '#å'
 */
export function decodeSieBytes(bytes: Uint8Array): DecodedSie {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let encoding: SieEncoding;
  let text: string;
  if (!hasEightBit(body)) {
    encoding = bom ? 'utf-8' : 'ascii';
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  } else if (isUtf8(body)) {
    encoding = 'utf-8';
    text = utf8.decode(body);
  } else {
    encoding = guessEightBit(body);
    text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
  }
  return { text, encoding, bom, warnings: findMojibake(text) };
}

/** Swedish name of an encoding for the import preview. */
export function encodingLabel(e: SieEncoding): string {
  switch (e) {
    case 'utf-8': return 'UTF-8';
    case 'cp437': return 'PC8 (CP437)';
    case 'windows-1252': return 'Latin-1 / ISO-8859-15 / Windows-1252';
    case 'ascii': return 'ASCII (inga å, ä, ö)';
  }
}
