/** CRC-32 (reflected polynomial 0xEDB88320, start 0xFFFFFFFF, final XOR), the zlib/PNG checksum. */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Start state for {@link crc32Update}. */
export const CRC32_START = 0xffffffff;

/** Feeds one byte into a running (not yet finalised) CRC state. */
export function crc32Byte(state: number, byte: number): number {
  return (TABLE[(state ^ byte) & 0xff]! ^ (state >>> 8)) >>> 0;
}

/**
 * Feeds bytes into a running (not yet finalised) CRC state.
 * @example crc32Final(crc32Update(CRC32_START, bytes)) === crc32(bytes) // true
 */
export function crc32Update(state: number, bytes: Uint8Array): number {
  let c = state;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c >>> 0;
}

/** The unsigned checksum from a running state. */
export function crc32Final(state: number): number {
  return (state ^ 0xffffffff) >>> 0;
}

/**
 * CRC-32 of a byte array, unsigned.
 * @example crc32(new TextEncoder().encode('#KONTO1915Kassa "special"')) // 1921122205
 */
export function crc32(bytes: Uint8Array): number {
  return crc32Final(crc32Update(CRC32_START, bytes));
}
