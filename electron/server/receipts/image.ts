/**
 * Phone photos and scans made ready for OCR with sharp (libvips, prebuilt from npm): upright by
 * the EXIF orientation, grey, cropped to the paper when the receipt lies on a darker background,
 * scaled so the print is 20–40 px high, contrast stretched and locally equalised (CLAHE). Small
 * skews are straightened by the OCR engine (its line gradient); quarter turns are found by
 * `read.ts` trying rotations.
 */
import type SharpNs from 'sharp';
import { lazyImport } from './lazy.js';
import { paperBox } from './paper.js';

type SharpFn = typeof SharpNs;
export const sharpLib = async (): Promise<SharpFn> => (await lazyImport<{ default: SharpFn }>('sharp')).default;

export interface PreparedImage {
  png: Buffer;
  width: number;
  height: number;
}

const ANALYSIS = 320;

/** Decodes any still image sharp reads into an upright sRGB PNG (HEIC goes through heic.ts first). */
export async function uprightPng(input: Buffer): Promise<Buffer> {
  const sharp = await sharpLib();
  return sharp(input, { failOn: 'none', limitInputPixels: 120_000_000 }).rotate().png({ compressionLevel: 1 }).toBuffer();
}

/**
 * @param input an upright image (see `uprightPng`)
 */
export async function prepareForOcr(input: Buffer, o: { contrast?: 'none' | 'stretch' | 'clahe'; crop?: boolean } = {}): Promise<PreparedImage> {
  const sharp = await sharpLib();
  const grey = sharp(input, { failOn: 'none' }).grayscale();
  const meta = await sharp(input).metadata();
  const W = meta.width ?? 0;
  const H = meta.height ?? 0;
  const small = await grey.clone().resize({ width: ANALYSIS, height: ANALYSIS, fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
  const box = paperBox(small.data, small.info.width, small.info.height);
  const sx = W / small.info.width;
  const sy = H / small.info.height;
  let img = grey;
  let w = W;
  let h = H;
  if (box && o.crop !== false) {
    const left = Math.max(0, Math.floor(box.x0 * sx));
    const top = Math.max(0, Math.floor(box.y0 * sy));
    w = Math.min(W - left, Math.ceil((box.x1 - box.x0) * sx));
    h = Math.min(H - top, Math.ceil((box.y1 - box.y0) * sy));
    img = img.extract({ left, top, width: w, height: h });
  }
  const scale = targetScale(w, h);
  if (scale !== 1) img = img.resize({ width: Math.round(w * scale), kernel: scale > 1 ? 'lanczos3' : 'mitchell' });
  const contrast = o.contrast ?? 'clahe';
  if (contrast !== 'none') img = img.normalise({ lower: 1, upper: 99 });
  if (contrast === 'clahe') img = img.clahe({ width: 48, height: 48, maxSlope: 3 });
  const out = await img.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png: out.data, width: out.info.width, height: out.info.height };
}

/** Narrow receipts are enlarged up to ×3 to about 1 200 px wide; big photos reduced to ≤ 1 600 px and ≤ 4 Mpx. */
function targetScale(w: number, h: number): number {
  if (w < 1000) return Math.min(3, 1200 / w, Math.sqrt(4_000_000 / (w * h)));
  let s = w > 1600 ? 1600 / w : 1;
  if (w * s * h * s > 4_000_000) s = Math.sqrt(4_000_000 / (w * h));
  return s;
}

/** The prepared image turned a quarter, half or three quarters (for trying orientations). */
export async function rotated(png: Buffer, degrees: 90 | 180 | 270, maxWidth?: number): Promise<Buffer> {
  const sharp = await sharpLib();
  let img = sharp(png).rotate(degrees);
  if (maxWidth) img = sharp(await img.png({ compressionLevel: 1 }).toBuffer()).resize({ width: maxWidth, height: maxWidth, fit: 'inside', withoutEnlargement: true });
  return img.png({ compressionLevel: 1 }).toBuffer();
}

/** A smaller copy for quick orientation trials. */
export async function shrunk(png: Buffer, maxSide: number): Promise<Buffer> {
  const sharp = await sharpLib();
  return sharp(png).resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true }).png({ compressionLevel: 1 }).toBuffer();
}

/** JPEG of an upright image at most `side` px on its longer side (thumbnails and previews). */
export async function jpegOf(input: Buffer, side: number, quality: number): Promise<Buffer> {
  const sharp = await sharpLib();
  return sharp(input, { failOn: 'none' }).resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
}
