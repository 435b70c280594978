/** What a file is, from its first bytes (never from its name). */
export type MediaType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/tiff' | 'image/heic' | 'image/avif';

/** The largest underlag Kontera archives: a phone photo or a scanned PDF is far smaller. */
export const MAX_RECEIPT_BYTES = 25 * 1024 * 1024;

/**
 * @example sniffMediaType(Buffer.from('%PDF-1.7')) // 'application/pdf'
 */
export function sniffMediaType(b: Buffer): MediaType | null {
  const ascii = (from: number, to: number) => b.subarray(from, to).toString('latin1');
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (ascii(1, 4) === 'PNG' && b[0] === 0x89) return 'image/png';
  if (ascii(0, 4) === 'GIF8') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 4) === 'II*\u0000' || ascii(0, 4) === 'MM\u0000*') return 'image/tiff';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
  }
  return null;
}

export const EXTENSION: Record<MediaType, string> = {
  'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp',
  'image/tiff': 'tif', 'image/heic': 'heic', 'image/avif': 'avif',
};
