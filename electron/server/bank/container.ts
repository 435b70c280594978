/**
 * What kind of container a file is, from its first bytes and (for ZIP) its central directory —
 * never from its name. A ".xls" may be a real BIFF workbook (OLE2), an XLSX, CSV text or HTML.
 */
export type Container = 'ole2' | 'zip' | 'text';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** @example sniffContainer(Uint8Array.of(0x50, 0x4b, 3, 4)) // 'zip' */
export function sniffContainer(bytes: Uint8Array): Container {
  if (OLE2.every((v, i) => bytes[i] === v)) return 'ole2';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)) return 'zip';
  return 'text';
}

/** An OLE2 file holding an encrypted (password-protected) Office document. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export interface ZipDirectory {
  names: string[];
  /** Sum of the entries' uncompressed sizes, or Infinity for ZIP64/unreadable directories. */
  uncompressed: number;
}

/**
 * Reads the ZIP central directory without inflating anything, so a decompression bomb is refused
 * before any XML parser sees it.
 * @example zipDirectory(xlsxBytes)?.names.includes('xl/workbook.xml') // true
 */
export function zipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) return { names: [], uncompressed: Infinity };
  const names: string[] = [];
  let uncompressed = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== 0x02014b50) return null;
    const size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extra = v.getUint16(p + 30, true);
    const comment = v.getUint16(p + 32, true);
    uncompressed += size === 0xffffffff ? Infinity : size;
    names.push(Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString('utf8'));
    p += 46 + nameLen + extra + comment;
  }
  return { names, uncompressed };
}
