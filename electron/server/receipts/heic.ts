/**
 * HEIC phone photos (iPhone's default): sharp's prebuilt libvips reads HEIF only with AV1 inside,
 * so HEVC-coded HEIC is decoded with heic-decode (libheif compiled to WebAssembly, from npm).
 */
import { lazyImport } from './lazy.js';
import { sharpLib } from './image.js';

type Decode = (o: { buffer: Buffer | Uint8Array }) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;

/**
 * libheif-js's glue reports a file it cannot decode with console.log ("Could not parse HEIF file
 * …", "Decoding image failed heif_image_handle {} {…}") before heic-decode throws; the thrown
 * error is what the caller turns into the Swedish refusal, so these lines are only noise in the
 * CLI's output and the logs.
 */
const LIBHEIF_NOISE = /^(Could not create HEIF context|Could not parse HEIF file|Could not get image data for id|Decoding image failed|Error loading image ids|No images found)/;

let quietDepth = 0;
let realLog: typeof console.log = console.log;

/** Runs `fn` with libheif's own failure lines dropped from console.log (every other line passes). */
async function withoutLibheifNoise<T>(fn: () => Promise<T>): Promise<T> {
  if (quietDepth++ === 0) {
    realLog = console.log;
    const log = realLog;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && LIBHEIF_NOISE.test(args[0])) return;
      log.apply(console, args);
    };
  }
  try {
    return await fn();
  } finally {
    if (--quietDepth === 0) console.log = realLog;
  }
}

/** A PNG of the HEIC's primary image; throws when the file cannot be decoded. */
export async function heicToPng(bytes: Buffer): Promise<Buffer> {
  const sharp = await sharpLib();
  try {
    return await sharp(bytes).rotate().png({ compressionLevel: 1 }).toBuffer();
  } catch {
    const mod = await lazyImport<{ default: Decode }>('heic-decode');
    const img = await withoutLibheifNoise(() => mod.default({ buffer: bytes }));
    return sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), { raw: { width: img.width, height: img.height, channels: 4 } })
      .png({ compressionLevel: 1 }).toBuffer();
  }
}
