/**
 * Bytes of the eSKD file: ISO-8859-1, as its XML declaration says. The text comes from
 * shared/domain/vat/eskd.ts, which already refuses characters outside ISO-8859-1; encoding here
 * refuses them again rather than writing a `?` into a tax return.
 */
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';

/** Thrown only for text the domain should have refused (a programming error). */
export class NotLatin1Error extends Error {
  constructor(readonly char: string, readonly index: number) {
    super(`character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${index} is not ISO-8859-1`);
  }
}

/**
 * The file's bytes.
 * @example eskdBytes('<OrgNr>…</OrgNr>') // Buffer, one byte per character; 'å' → 0xE5
 */
export function eskdBytes(xml: string): Buffer {
  for (let i = 0; i < xml.length; i++) {
    if (xml.charCodeAt(i) > 0xff) throw new NotLatin1Error(xml.charAt(i), i);
  }
  return iconv.encode(xml, 'latin1');
}

/** Text of an eSKD file read from disk (ours or another program's). */
export function eskdText(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'latin1');
}

/**
 * Writes the file beside its target and renames it into place, so a crash never leaves half a
 * return where the user expects a whole one.
 */
export function writeEskdFile(path: string, xml: string): void {
  const bytes = eskdBytes(xml);
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
