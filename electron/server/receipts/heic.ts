/**
 * HEIC phone photos (iPhone's default): sharp's prebuilt libvips reads HEIF only with AV1 inside,
 * so HEVC-coded HEIC is decoded with heic-decode (libheif compiled to WebAssembly, from npm).
 */
import { lazyImport } from './lazy.js';
import { sharpLib } from './image.js';

type Decode = (o: { buffer: Buffer | Uint8Array }) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;

/** A PNG of the HEIC's primary image; throws when the file cannot be decoded. */
export async function heicToPng(bytes: Buffer): Promise<Buffer> {
  const sharp = await sharpLib();
  try {
    return await sharp(bytes).rotate().png({ compressionLevel: 1 }).toBuffer();
  } catch {
    const mod = await lazyImport<{ default: Decode }>('heic-decode');
    const img = await mod.default({ buffer: bytes });
    return sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), { raw: { width: img.width, height: img.height, channels: 4 } })
      .png({ compressionLevel: 1 }).toBuffer();
  }
}
