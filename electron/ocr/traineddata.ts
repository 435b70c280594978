/**
 * Where tesseract.js finds its Swedish and English traineddata, always on this machine (never a
 * CDN). tesseract.js wants both `.gz` files in ONE folder: the packaged program has them together
 * in resources/traineddata; from npm they live in two packages, so they are copied into a cache
 * folder once. A missing file makes tesseract.js hang or crash, so presence is checked first.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const OCR_LANGS = ['swe', 'eng'] as const;
const FILE = (lang: string) => `${lang}.traineddata.gz`;
const VARIANT = '4.0.0_best_int';

export class TraineddataMissing extends Error {}

function complete(dir: string): boolean {
  return OCR_LANGS.every((l) => existsSync(path.join(dir, FILE(l))) && statSync(path.join(dir, FILE(l))).size > 1000);
}

function npmSource(lang: string): string | null {
  try {
    const req = createRequire(import.meta.url);
    const pkg = req.resolve(`@tesseract.js-data/${lang}/package.json`);
    const f = path.join(path.dirname(pkg), VARIANT, FILE(lang));
    return existsSync(f) ? f : null;
  } catch {
    return null;
  }
}

/**
 * The folder holding swe and eng traineddata side by side: KONTERA_TRAINEDDATA (then nothing
 * else), the packaged resources folder, or a cache folder filled from the npm packages.
 */
export function traineddataDir(cacheRoot = tmpdir()): string {
  const given = process.env.KONTERA_TRAINEDDATA;
  if (given) {
    if (complete(given)) return given;
    throw new TraineddataMissing(`Språkdata för textigenkänningen saknas i ${given} (swe.traineddata.gz och eng.traineddata.gz). Installera om Kontera.`);
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources && complete(path.join(resources, 'traineddata'))) return path.join(resources, 'traineddata');
  const cache = path.join(cacheRoot, `kontera-traineddata-${VARIANT}`);
  if (complete(cache)) return cache;
  mkdirSync(cache, { recursive: true });
  for (const lang of OCR_LANGS) {
    const src = npmSource(lang);
    if (!src) throw new TraineddataMissing(`Språkdata för ${lang} saknas (paketet @tesseract.js-data/${lang}). Installera om Kontera.`);
    const target = path.join(cache, FILE(lang));
    const part = `${target}.${process.pid}.tmp`;
    copyFileSync(src, part);
    renameSync(part, target); // atomic: a parallel process never sees half a file
  }
  if (!complete(cache)) throw new TraineddataMissing('Språkdata för textigenkänningen kunde inte förberedas.');
  return cache;
}
