/**
 * Code page 437 ("PC8", the character set SIE prescribes), kept here so the checksum can be
 * computed in the pure domain. The Node side reads and writes files with iconv-lite; a unit test
 * proves both tables agree on all 256 bytes.
 */
const HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const TO_BYTE = new Map<number, number>();
for (let i = 0; i < 128; i++) TO_BYTE.set(HIGH.charCodeAt(i), 0x80 + i);

/**
 * The byte CP437 uses for a character; `?` (0x3F) when it has none.
 * @example cp437Byte(0xe5) // 0x86 (å)
 */
export function cp437Byte(codePoint: number): number {
  if (codePoint < 0x80) return codePoint;
  return TO_BYTE.get(codePoint) ?? 0x3f;
}

/**
 * Text to CP437 bytes; characters CP437 lacks become `?`, as iconv-lite does.
 * @example encodeCp437('å') // Uint8Array [0x86]
 */
export function encodeCp437(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++; // one `?` per astral character
    out[n++] = cp437Byte(c >= 0xd800 && c <= 0xdfff ? 0xfffd : c);
  }
  return n === out.length ? out : out.slice(0, n);
}

/** CP437 bytes to text. @example decodeCp437(new Uint8Array([0x94])) // 'ö' */
export function decodeCp437(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : HIGH[b - 0x80];
  return s;
}
