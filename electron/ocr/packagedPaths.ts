/**
 * Where tesseract.js's worker thread starts in the packaged program. electron-builder packs the
 * app into `resources/app.asar` and unpacks what threads and native code must read from disk into
 * `resources/app.asar.unpacked` (build/electron-builder.json, asarUnpack). tesseract.js computes
 * its worker script's path from its own location, which inside the package points into the asar,
 * so the path is moved to the unpacked copy. Outside a package the path is left as it is.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const ASAR = `${path.sep}app.asar${path.sep}`;
const UNPACKED = `${path.sep}app.asar.unpacked${path.sep}`;

/**
 * The unpacked twin of a path inside app.asar; any other path unchanged.
 * @example unpackedPath('/opt/Kontera/resources/app.asar/node_modules/x.js') // '/opt/Kontera/resources/app.asar.unpacked/node_modules/x.js'
 */
export function unpackedPath(p: string): string {
  return p.includes(ASAR) ? p.replace(ASAR, UNPACKED) : p;
}

/** tesseract.js's Node worker script, as the worker thread must load it. */
export function tesseractWorkerPath(): string {
  const req = createRequire(import.meta.url);
  const pkg = path.dirname(req.resolve('tesseract.js/package.json'));
  return unpackedPath(path.join(pkg, 'src', 'worker-script', 'node', 'index.js'));
}
