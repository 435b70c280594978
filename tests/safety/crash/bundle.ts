/**
 * Bundles the crash worker into one ESM file so each of the hundreds of child processes starts in
 * a fraction of the time tsx needs. The file sits under node_modules/.cache so the native
 * packages left external (better-sqlite3, …) resolve from the project's node_modules.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Bundle {
  file: string;
  dispose(): void;
}

export async function bundleWorker(): Promise<Bundle> {
  const dir = path.join(root, 'node_modules', '.cache', 'kontera-safety');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `worker-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [path.join(root, 'tests/safety/crash/worker.ts')],
    outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'exceljs', 'tesseract.js', 'pdfjs-dist', 'electron', 'sharp'],
    banner: { js: "import { createRequire as __kcr } from 'node:module'; const require = __kcr(import.meta.url);" },
  });
  return { file, dispose: () => rmSync(file, { force: true }) };
}
